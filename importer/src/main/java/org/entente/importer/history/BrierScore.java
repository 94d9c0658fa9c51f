package org.entente.importer.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A probability forecast of who is at war with whom, pair by year, scored against history by the
 * Brier score ({@code docs/validation-against-history.md}, "Sampled mode: the Brier score"): the mean
 * over the pair-years of (p − o)², p the forecast share of runs at war, o = 1 when the pair is at war
 * in history, else 0. A 0/1 forecast (a deterministic run, a baseline) scores its error rate.
 *
 * @param pairYears    the scored pair-years
 * @param squaredError the sum of (p − o)² over them
 * @param gaps         every pair-year where the forecast is not history's 0 or 1, in year and pair order
 */
public record BrierScore(long pairYears, double squaredError, List<Gap> gaps) {

    /** A pair-year where the forecast differs from history: the share of runs at war, and history's outcome. */
    public record Gap(PairYear pair, boolean atWarInHistory, double share) {
        /** |p − o|: 1 for a certain forecast of the wrong outcome. */
        public double distance() {
            return Math.abs(share - (atWarInHistory ? 1 : 0));
        }

        /** "1914: AUH at war with RUS in history; model 23 % of runs". */
        public String describe(String runName) {
            return pair.year() + ": " + pair.a() + (atWarInHistory ? " at war with " : " at peace with ") + pair.b()
                    + " in history; " + runName + (atWarInHistory ? " " : " at war in ") + percent(share) + " of runs";
        }
    }

    /** The largest gaps first, then year and pair order. */
    public static final Comparator<Gap> FURTHEST_FIRST = Comparator.comparingDouble(Gap::distance).reversed()
            .thenComparing(Gap::pair);

    public BrierScore {
        gaps = List.copyOf(gaps);
    }

    /**
     * The Brier score of a 0/1 forecast (a deterministic run, a baseline) from its confusion counts:
     * each miss is a gap of 1, so the score is the error rate (FP + FN) / all.
     */
    public static BrierScore of(Score run) {
        return new BrierScore(run.total(), run.falsePositives() + run.falseNegatives(), run.misses().stream()
                .map(m -> new Gap(m.pair(), m.atWarInHistory(), m.atWarInHistory() ? 0 : 1)).toList());
    }

    /** The Brier score, in [0, 1], lower is better; 0 when nothing was scored. */
    public double brier() {
        return pairYears == 0 ? 0 : squaredError / pairYears;
    }

    /**
     * The Brier skill score against a reference forecast, 1 − BS / BS_reference: 1 is perfect, 0 no better
     * than the reference, negative worse. Not a number when the reference is perfect (BS_reference = 0):
     * nothing is left to improve on.
     */
    public double skill(BrierScore reference) {
        double r = reference.brier();
        return r == 0 ? Double.NaN : 1 - brier() / r;
    }

    /** The {@code limit} gaps furthest from history. */
    public List<Gap> furthest(int limit) {
        return gaps.stream().sorted(FURTHEST_FIRST).limit(limit).toList();
    }

    /** Pooled over several forecasts: the mean over all their pair-years (gaps concatenated in the given order). */
    public static BrierScore pool(List<BrierScore> scores) {
        long n = 0;
        double sum = 0;
        List<Gap> gaps = new ArrayList<>();
        for (BrierScore s : scores) {
            n += s.pairYears;
            sum += s.squaredError;
            gaps.addAll(s.gaps);
        }
        return new BrierScore(n, sum, gaps);
    }

    /** A share as a whole percentage, "23 %"; a share near but not at 0 or 1 is "<1 %" or ">99 %". */
    static String percent(double share) {
        long p = Math.round(share * 100);
        if (p == 0 && share > 0) {
            return "<1 %";
        }
        if (p == 100 && share < 1) {
            return ">99 %";
        }
        return String.format(Locale.ROOT, "%d %%", p);
    }
}
