package org.entente.importer.history;

import java.util.List;

/**
 * Agreement of one run with history, pair by year ({@code docs/validation-against-history.md}):
 * the confusion counts (a pair-year at war in both is a true positive), the joiners (states at war
 * that were not in an opening attack) the run found, added and missed, and every disagreeing
 * pair-year.
 */
public record Score(long truePositives, long falsePositives, long falseNegatives, long trueNegatives,
        List<String> joinersFound, List<String> falseJoiners, List<String> missedJoiners, List<Miss> misses) {

    /** A pair-year on which the run and history disagree. */
    public record Miss(PairYear pair, boolean atWarInHistory) {
        /** "1915: ITA at war with AUH in history, not in the model". */
        public String describe(String runName) {
            return pair.year() + ": " + pair.a() + " at war with " + pair.b()
                    + (atWarInHistory ? " in history, not in the " + runName : " in the " + runName + ", not in history");
        }
    }

    public Score {
        joinersFound = List.copyOf(joinersFound);
        falseJoiners = List.copyOf(falseJoiners);
        missedJoiners = List.copyOf(missedJoiners);
        misses = List.copyOf(misses);
    }

    public long total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** (TP + TN) / all; 0 when nothing was scored. */
    public double accuracy() {
        long n = total();
        return n == 0 ? 0 : (double) (truePositives + trueNegatives) / n;
    }

    /**
     * Matthews correlation (TP·TN − FP·FN) / √((TP+FP)(TP+FN)(TN+FP)(TN+FN)), in [−1, 1]. Defined as
     * 0 when a factor of the denominator is 0 (a run or history with no pair-year at war, or none at
     * peace): such a run carries no information about the other.
     */
    public double mcc() {
        double tp = truePositives, fp = falsePositives, fn = falseNegatives, tn = trueNegatives;
        double denominator = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
        return denominator == 0 ? 0 : (tp * tn - fp * fn) / Math.sqrt(denominator);
    }

    /** Pooled counts of several runs (joiners and misses concatenated, in the given order). */
    public static Score pool(List<Score> scores) {
        long tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> found = new java.util.ArrayList<>(), extra = new java.util.ArrayList<>(),
                missed = new java.util.ArrayList<>();
        List<Miss> misses = new java.util.ArrayList<>();
        for (Score s : scores) {
            tp += s.truePositives;
            fp += s.falsePositives;
            fn += s.falseNegatives;
            tn += s.trueNegatives;
            found.addAll(s.joinersFound);
            extra.addAll(s.falseJoiners);
            missed.addAll(s.missedJoiners);
            misses.addAll(s.misses);
        }
        return new Score(tp, fp, fn, tn, found, extra, missed, misses);
    }
}
