package org.entente.engine.expect;

/**
 * {@code expect (in|by Y)?: not? CONDITION}. {@code in Y}: at the end of the turn covering year Y;
 * {@code by Y}: at the end of some turn up to and including that turn; no year: at the end of the last turn.
 * Negation applies to the condition ({@code by Y: not C} holds when C is false at the end of some turn up to Y).
 */
public record Expectation(Timing timing, Integer year, boolean negated, Condition condition) {
    public enum Timing { IN, BY, AT_END }

    public Expectation {
        if (timing == null) throw new IllegalArgumentException("timing must not be null");
        if (condition == null) throw new IllegalArgumentException("condition must not be null");
        if (timing != Timing.AT_END && year == null) throw new IllegalArgumentException("'" + timing + "' needs a year");
        if (timing == Timing.AT_END) year = null;
    }

    public static Expectation inYear(int year, Condition c) { return new Expectation(Timing.IN, year, false, c); }
    public static Expectation byYear(int year, Condition c) { return new Expectation(Timing.BY, year, false, c); }
    public static Expectation atEnd(Condition c) { return new Expectation(Timing.AT_END, null, false, c); }

    /** The same expectation with the condition negated ({@code not}). */
    public Expectation negate() { return new Expectation(timing, year, !negated, condition); }

    /** The DSL text, e.g. "in 1915: not Serbia at war with Russia". */
    public String describe() {
        String when = switch (timing) {
            case IN -> "in " + year + ": ";
            case BY -> "by " + year + ": ";
            case AT_END -> "";
        };
        return when + (negated ? "not " : "") + condition.describe();
    }
}
