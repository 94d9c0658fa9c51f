package org.entente.engine.model;

/** Number of poles: 1 unipolar, 2 bipolar, 3+ multipolar; 0 poles is reported as nonpolar. */
public enum Polarity {
    NONPOLAR, UNIPOLAR, BIPOLAR, MULTIPOLAR;

    public static Polarity ofPoles(int poles) {
        if (poles <= 0) return NONPOLAR;
        if (poles == 1) return UNIPOLAR;
        if (poles == 2) return BIPOLAR;
        return MULTIPOLAR;
    }

    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
}
