package org.entente.engine.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent fixed-decimal number formatting, byte-for-byte deterministic. */
public final class Fmt {
    private Fmt() {}

    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (s.startsWith("-") && s.chars().allMatch(c -> c == '-' || c == '0' || c == '.')) s = s.substring(1);
        return s;
    }

    public static String f2(double v) { return fixed(v, 2); }

    public static String f4(double v) { return fixed(v, 4); }

    /** Signed with 2 decimals: "+0.10", "-0.10". */
    public static String signed(double v) { return (v >= 0 ? "+" : "") + f2(v); }

    /** A fraction as a percentage: 0.05 -> "5%". */
    public static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
