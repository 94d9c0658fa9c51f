package org.entente.importer.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a run against history, pair by year: every unordered pair of the scored states in every
 * scored year is one observation, at war or not, in history and in the run
 * ({@code docs/validation-against-history.md}, "How a war is scored"). Pure data: no simulation.
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * @param states   the scored states (names)
     * @param years    the scored years
     * @param history  pair-years at war in history (pairs outside {@code states} or {@code years} are ignored)
     * @param run      pair-years at war in the run (likewise)
     * @param openers  the states of the opening attacks: they are not joiners
     */
    public static Score score(Collection<String> states, Collection<Integer> years, Set<PairYear> history,
            Set<PairYear> run, Set<String> openers) {
        List<String> names = new ArrayList<>(new TreeSet<>(states));
        long tp = 0, fp = 0, fn = 0, tn = 0;
        List<Score.Miss> misses = new ArrayList<>();
        Set<String> historyAtWar = new TreeSet<>(), runAtWar = new TreeSet<>();
        for (int year : new TreeSet<>(years)) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    PairYear p = PairYear.of(year, names.get(i), names.get(j));
                    boolean h = history.contains(p), r = run.contains(p);
                    if (h) {
                        historyAtWar.add(p.a());
                        historyAtWar.add(p.b());
                    }
                    if (r) {
                        runAtWar.add(p.a());
                        runAtWar.add(p.b());
                    }
                    if (h && r) {
                        tp++;
                    } else if (r) {
                        fp++;
                        misses.add(new Score.Miss(p, false));
                    } else if (h) {
                        fn++;
                        misses.add(new Score.Miss(p, true));
                    } else {
                        tn++;
                    }
                }
            }
        }
        historyAtWar.removeAll(openers);
        runAtWar.removeAll(openers);
        List<String> found = new ArrayList<>(), extra = new ArrayList<>(), missed = new ArrayList<>();
        for (String s : runAtWar) {
            (historyAtWar.contains(s) ? found : extra).add(s);
        }
        for (String s : historyAtWar) {
            if (!runAtWar.contains(s)) {
                missed.add(s);
            }
        }
        return new Score(tp, fp, fn, tn, found, extra, missed, misses);
    }
    /**
     * Scores a probability forecast by the Brier score over the same pair-years as {@link #score}.
     *
     * @param forecast the share of runs in which a pair-year is at war, in [0, 1]; a pair-year not in
     *                 the map has share 0
     */
    public static BrierScore brier(Collection<String> states, Collection<Integer> years, Set<PairYear> history,
            Map<PairYear, Double> forecast) {
        List<String> names = new ArrayList<>(new TreeSet<>(states));
        long n = 0;
        double sum = 0;
        List<BrierScore.Gap> gaps = new ArrayList<>();
        // summed in year and pair order, so the same forecast gives the same bits
        for (int year : new TreeSet<>(years)) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    PairYear p = PairYear.of(year, names.get(i), names.get(j));
                    boolean h = history.contains(p);
                    double share = forecast.getOrDefault(p, 0.0);
                    if (!(share >= 0 && share <= 1)) {
                        throw new IllegalArgumentException("a share of runs must be in [0, 1]: " + p + " " + share);
                    }
                    double error = share - (h ? 1 : 0);
                    n++;
                    sum += error * error;
                    if (error != 0) {
                        gaps.add(new BrierScore.Gap(p, h, share));
                    }
                }
            }
        }
        return new BrierScore(n, sum, gaps);
    }
}
