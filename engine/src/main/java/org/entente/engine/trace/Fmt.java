package org.entente.engine.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent fixed-decimal number formatting, byte-for-byte deterministic. */
public final class Fmt {
    private Fmt() {}

    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        String fast = fixedFast(v, decimals);
        return fast != null ? fast : fixedExact(v, decimals);
    }

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /**
     * The same digits as {@link #fixedExact} without BigDecimal (the trace formats millions of numbers),
     * or null when the value lies too close to a rounding tie to decide in binary: |v|·10^d is computed
     * with an error below 10^-6 for |v|·10^d < 10^9, so outside that band around .5 both round alike.
     */
    static String fixedFast(double v, int decimals) {
        if (decimals < 0 || decimals >= POW10.length) return null;
        double x = Math.abs(v) * POW10[decimals];
        if (!(x < 1e9)) return null;
        double whole = Math.floor(x), frac = x - whole;
        if (Math.abs(frac - 0.5) < 1e-6) return null;
        long r = (long) whole + (frac > 0.5 ? 1 : 0);
        // the digits written from the right into one buffer: no builder, no second string for the fraction
        char[] buf = new char[20];
        int pos = buf.length;
        long unit = POW10[decimals], fraction = r % unit, integer = r / unit;
        for (int d = 0; d < decimals; d++) {
            buf[--pos] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        if (decimals > 0) buf[--pos] = '.';
        do {
            buf[--pos] = (char) ('0' + integer % 10);
            integer /= 10;
        } while (integer > 0);
        if (v < 0 && r != 0) buf[--pos] = '-';
        return new String(buf, pos, buf.length - pos);
    }

    /** Rounded half-up from the shortest decimal representation of v (what the trace format specifies). */
    static String fixedExact(double v, int decimals) {
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (s.startsWith("-") && s.chars().allMatch(c -> c == '-' || c == '0' || c == '.')) s = s.substring(1);
        return s;
    }

    /**
     * A number as written in a scenario or in prose: whole numbers without a fraction, others in their
     * shortest decimal form, never an exponent ("3", "0.65", "1200000", "0.0001"); -0 prints as "0".
     * The one formatter of the validator's messages, hovers, value converter and generated comments.
     */
    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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
