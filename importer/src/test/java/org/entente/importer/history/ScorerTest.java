package org.entente.importer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScorerTest {

    /*
     * A hand-computed war: states A..E (10 pairs), years 1900-1901, so 20 pair-years. A attacks B.
     *   history: 1900 A-B, 1900 A-C, 1901 A-B, 1901 A-C, 1901 C-D          (5 at war)
     *   run:     1900 A-B, 1900 B-C, 1901 A-B, 1901 A-C, 1901 B-E          (5 at war)
     *   TP = {1900 A-B, 1901 A-B, 1901 A-C} = 3
     *   FP = {1900 B-C, 1901 B-E}           = 2
     *   FN = {1900 A-C, 1901 C-D}           = 2
     *   TN = 20 - 3 - 2 - 2                 = 13
     *   accuracy = (3 + 13) / 20 = 0.8
     *   MCC = (3*13 - 2*2) / sqrt((3+2)(3+2)(13+2)(13+2)) = 35 / 75 = 0.4667
     *   joiners (at war, not A or B): history C, D; run C, E -> found C, false E, missed D
     */
    private static final List<String> STATES = List.of("A", "B", "C", "D", "E");
    private static final List<Integer> YEARS = List.of(1900, 1901);
    private static final Set<PairYear> HISTORY = Set.of(PairYear.of(1900, "A", "B"), PairYear.of(1900, "C", "A"),
            PairYear.of(1901, "A", "B"), PairYear.of(1901, "A", "C"), PairYear.of(1901, "D", "C"));
    private static final Set<PairYear> RUN = Set.of(PairYear.of(1900, "B", "A"), PairYear.of(1900, "B", "C"),
            PairYear.of(1901, "A", "B"), PairYear.of(1901, "A", "C"), PairYear.of(1901, "E", "B"));

    @Test
    void scoresTheHandComputedWar() {
        Score s = Scorer.score(STATES, YEARS, HISTORY, RUN, Set.of("A", "B"));
        assertThat(List.of(s.truePositives(), s.falsePositives(), s.falseNegatives(), s.trueNegatives()))
                .containsExactly(3L, 2L, 2L, 13L);
        assertThat(s.total()).isEqualTo(20);
        assertThat(s.accuracy()).isCloseTo(0.8, within(1e-12));
        assertThat(s.mcc()).isCloseTo(35.0 / 75.0, within(1e-12));
        assertThat(s.joinersFound()).containsExactly("C");
        assertThat(s.falseJoiners()).containsExactly("E");
        assertThat(s.missedJoiners()).containsExactly("D");
    }

    @Test
    void describesEveryMissInWordsInYearAndPairOrder() {
        Score s = Scorer.score(STATES, YEARS, HISTORY, RUN, Set.of("A", "B"));
        assertThat(s.misses()).extracting(m -> m.describe("model")).containsExactly(
                "1900: A at war with C in history, not in the model",
                "1900: B at war with C in the model, not in history",
                "1901: B at war with E in the model, not in history",
                "1901: C at war with D in history, not in the model");
    }

    @Test
    void mccIsZeroWhenADenominatorFactorIsZero() {
        // nobody at war in the run: TP + FP = 0
        Score none = Scorer.score(STATES, YEARS, HISTORY, Set.of(), Set.of("A", "B"));
        assertThat(none.truePositives() + none.falsePositives()).isZero();
        assertThat(none.mcc()).isZero();
        assertThat(none.accuracy()).isCloseTo(15.0 / 20.0, within(1e-12));
        // a perfect run
        assertThat(Scorer.score(STATES, YEARS, HISTORY, HISTORY, Set.of()).mcc()).isEqualTo(1.0);
        // nothing scored at all
        assertThat(Score.pool(List.of()).mcc()).isZero();
        assertThat(Score.pool(List.of()).accuracy()).isZero();
    }

    @Test
    void pairsOutsideTheScoredStatesOrYearsAreIgnored() {
        Set<PairYear> run = Set.of(PairYear.of(1900, "A", "Z"), PairYear.of(1899, "A", "B"));
        Score s = Scorer.score(STATES, YEARS, HISTORY, run, Set.of("A", "B"));
        assertThat(s.falsePositives()).isZero();
        assertThat(s.total()).isEqualTo(20);
    }

    @Test
    void poolingAddsTheCounts() {
        Score s = Scorer.score(STATES, YEARS, HISTORY, RUN, Set.of("A", "B"));
        Score pooled = Score.pool(List.of(s, s));
        assertThat(List.of(pooled.truePositives(), pooled.falsePositives(), pooled.falseNegatives(),
                pooled.trueNegatives())).containsExactly(6L, 4L, 4L, 26L);
        assertThat(pooled.mcc()).isCloseTo(s.mcc(), within(1e-12));
        assertThat(pooled.joinersFound()).containsExactly("C", "C");
    }

    @Test
    void aPairIsUnorderedAndNeverOneState() {
        assertThat(PairYear.of(1900, "B", "A")).isEqualTo(PairYear.of(1900, "A", "B"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PairYear.of(1900, "A", "A"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
