package org.entente.engine.world;

/**
 * An alignment without treaty (docs/semantics.md §5a): two states that balance against the same
 * threat ({@link Kind#BALANCING}, {@code against} is that threat), or a bandwagoner and the state it
 * follows ({@link Kind#BANDWAGON}: {@code a} the bandwagoner, {@code b} its patron, {@code against} -1).
 *
 * @param since  first year of the behaviour that formed it (the later of the two balancing streaks)
 * @param formed the turn's year in which it formed
 * @param cause  the sentence the trace printed when it formed
 */
public record Alignment(Kind kind, int a, int b, int against, int since, int formed, String cause) {
    public enum Kind { BALANCING, BANDWAGON }

    /** Whether s is one of the two aligned states. */
    public boolean involves(int s) { return a == s || b == s; }

    /** The other state of the alignment, -1 when s is not in it. */
    public int partnerOf(int s) { return a == s ? b : (b == s ? a : -1); }
}
