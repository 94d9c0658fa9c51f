package org.entente.engine.model;

import java.util.Locale;

/** Walt's "aggressive intentions" as a word; each word stands for a number in 0..1. */
public enum Intent {
    AGGRESSIVE(1.0), REVISIONIST(0.7), STATUS_QUO(0.3), DEFENSIVE(0.1);

    private final double value;

    Intent(double value) { this.value = value; }

    public double value() { return value; }

    /** The DSL keyword: aggressive, revisionist, status-quo, defensive. */
    public String keyword() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /**
     * Whether an intent counts as aggressive (revisionist or worse): such a state may start the war its
     * allies are drawn into (the chain-ganging warning, docs/validation.md).
     */
    public static boolean isAggressive(double intent) { return intent >= REVISIONIST.value; }

    /** Parses a DSL keyword (case-insensitive, '-' or '_'); IllegalArgumentException when unknown. */
    public static Intent ofKeyword(String word) {
        if (word == null) throw new IllegalArgumentException("intent must not be null");
        String w = word.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Intent i : values()) if (i.name().equals(w)) return i;
        throw new IllegalArgumentException("unknown intent '" + word + "' (aggressive, revisionist, status-quo, defensive)");
    }
}
