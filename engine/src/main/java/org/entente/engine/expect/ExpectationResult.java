package org.entente.engine.expect;

/** The verdict on one expectation, with the observed value in words and the year it refers to (null if none). */
public record ExpectationResult(Expectation expectation, Outcome outcome, String observed, Integer year) {
    public enum Outcome { PASS, FAIL, NOT_EVALUATED }

    public boolean passed() { return outcome == Outcome.PASS; }
}
