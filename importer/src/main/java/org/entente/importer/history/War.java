package org.entente.importer.history;

import java.util.List;
import java.util.Set;

/**
 * One war of the COW dyadic table: its number, first and last year, participants (ccodes, sorted)
 * and the pair-years at war (by ccode, each pair once per year, smaller ccode first).
 */
public record War(int number, int firstYear, int lastYear, List<Integer> participants, Set<CcodePairYear> atWar) {

    /** Two states by ccode ({@code a < b}) at war in one year. */
    public record CcodePairYear(int year, int a, int b) {
        public CcodePairYear {
            if (a > b) {
                int t = a;
                a = b;
                b = t;
            }
        }
    }

    public War {
        participants = List.copyOf(participants);
        atWar = Set.copyOf(atWar);
    }

    /** More than two participants: the wars the harness replays (others have no one to join). */
    public boolean multiState() {
        return participants.size() > 2;
    }
}
