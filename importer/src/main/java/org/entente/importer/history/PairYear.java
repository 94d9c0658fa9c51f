package org.entente.importer.history;

import java.util.Comparator;

/** Two states (names, in alphabetical order) in one year: the unit that {@link Scorer} counts. */
public record PairYear(int year, String a, String b) implements Comparable<PairYear> {

    private static final Comparator<PairYear> ORDER = Comparator.comparingInt(PairYear::year)
            .thenComparing(PairYear::a).thenComparing(PairYear::b);

    public PairYear {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a pair needs two different states: " + a);
        }
        if (a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
    }

    public static PairYear of(int year, String x, String y) {
        return new PairYear(year, x, y);
    }

    public boolean involves(String state) {
        return a.equals(state) || b.equals(state);
    }

    @Override
    public int compareTo(PairYear o) {
        return ORDER.compare(this, o);
    }
}
