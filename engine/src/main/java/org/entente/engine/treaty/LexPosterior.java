package org.entente.engine.treaty;

/**
 * Which of two commitments is the more recent (lex posterior, docs/semantics.md §6b): the later
 * {@code signed} year wins, an unsigned treaty counts as older than any signed one, and between equal
 * dates the later declaration in the file wins. The war resolver and the validator both ask it.
 */
public final class LexPosterior {

    private LexPosterior() {
    }

    /**
     * Whether commitment a is more recent than b.
     *
     * @param dateA  a's effective date ({@link #date})
     * @param orderA a's position among the declarations (file order)
     */
    public static boolean later(int dateA, int orderA, int dateB, int orderB) {
        return dateA != dateB ? dateA > dateB : orderA > orderB;
    }

    /** The effective date of a treaty: its signed year, or the oldest date when unsigned. */
    public static int date(Integer signed) {
        return signed == null ? Integer.MIN_VALUE : signed;
    }
}
