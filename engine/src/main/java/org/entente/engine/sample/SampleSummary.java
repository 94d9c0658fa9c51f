package org.entente.engine.sample;

import java.util.List;

/**
 * What N sampled runs say: per pair of states ever at war (declaration order) the share of runs in which
 * they are at war at the end of each turn, and per expectation the share of runs in which it holds.
 */
public record SampleSummary(String scenario, int samples, long seed, List<Integer> years, List<Pair> pairs,
                            List<ExpectationShare> expectations) {
    public SampleSummary { years = List.copyOf(years); pairs = List.copyOf(pairs); expectations = List.copyOf(expectations); }

    /** @param atWar share of runs at war, one per turn */
    public record Pair(String a, String b, double[] atWar) {}

    /** @param passed it holds in a majority (more than half) of the runs */
    public record ExpectationShare(String expectation, double share, boolean evaluated, boolean passed) {
        public String outcome() { return !evaluated ? "not-evaluated" : passed ? "pass" : "fail"; }
    }

    public boolean allPassed() {
        for (ExpectationShare e : expectations) if (e.evaluated() && !e.passed()) return false;
        return true;
    }
}
