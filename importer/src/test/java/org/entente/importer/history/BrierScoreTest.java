package org.entente.importer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class BrierScoreTest {

    /*
     * ScorerTest's war: states A..E (10 pairs), years 1900-1901, 20 pair-years; A attacks B.
     *   history: 1900 A-B, 1900 A-C, 1901 A-B, 1901 A-C, 1901 C-D (5 at war)
     * Forecast (share of runs at war; every other pair-year 0):
     *   1900 A-B 0.9 (war)  -> (0.9-1)^2 = 0.01
     *   1900 A-C 0.4 (war)  -> (0.4-1)^2 = 0.36
     *   1900 B-C 0.5 (peace)-> 0.5^2     = 0.25
     *   1901 A-B 1.0 (war)  -> 0
     *   1901 A-C 0.7 (war)  -> (0.7-1)^2 = 0.09
     *   1901 C-D 0   (war)  -> 1
     *   1901 B-E 0.2 (peace)-> 0.2^2     = 0.04
     *   sum 1.75 over 20 pair-years: BS = 0.0875
     * "Nobody joins" (only A-B, both years) misses 1900 A-C, 1901 A-C, 1901 C-D: BS = 3/20 = 0.15
     * Skill against it: 1 - 0.0875 / 0.15 = 5/12
     */
    private static final List<String> STATES = List.of("A", "B", "C", "D", "E");
    private static final List<Integer> YEARS = List.of(1900, 1901);
    private static final Set<PairYear> HISTORY = Set.of(PairYear.of(1900, "A", "B"), PairYear.of(1900, "C", "A"),
            PairYear.of(1901, "A", "B"), PairYear.of(1901, "A", "C"), PairYear.of(1901, "D", "C"));
    private static final Map<PairYear, Double> FORECAST = Map.of(PairYear.of(1900, "A", "B"), 0.9,
            PairYear.of(1900, "A", "C"), 0.4, PairYear.of(1900, "B", "C"), 0.5, PairYear.of(1901, "A", "B"), 1.0,
            PairYear.of(1901, "A", "C"), 0.7, PairYear.of(1901, "B", "E"), 0.2);
    private static final Set<PairYear> NOBODY = Set.of(PairYear.of(1900, "A", "B"), PairYear.of(1901, "A", "B"));

    @Test
    void scoresTheHandComputedForecast() {
        BrierScore model = Scorer.brier(STATES, YEARS, HISTORY, FORECAST);
        BrierScore nobody = BrierScore.of(Scorer.score(STATES, YEARS, HISTORY, NOBODY, Set.of("A", "B")));
        assertThat(model.pairYears()).isEqualTo(20);
        assertThat(model.squaredError()).isCloseTo(1.75, within(1e-12));
        assertThat(model.brier()).isCloseTo(0.0875, within(1e-12));
        assertThat(nobody.brier()).isCloseTo(0.15, within(1e-12));
        assertThat(model.skill(nobody)).isCloseTo(5.0 / 12, within(1e-12));
        assertThat(nobody.skill(nobody)).isZero();
    }

    @Test
    void listsTheGapsFurthestFromHistoryFirstInWords() {
        BrierScore model = Scorer.brier(STATES, YEARS, HISTORY, FORECAST);
        assertThat(model.gaps()).hasSize(6);
        assertThat(model.furthest(4)).extracting(g -> g.describe("model")).containsExactly(
                "1901: C at war with D in history; model 0 % of runs",
                "1900: A at war with C in history; model 40 % of runs",
                "1900: B at peace with C in history; model at war in 50 % of runs",
                "1901: A at war with C in history; model 70 % of runs");
    }

    @Test
    void aShareNearButNotAtZeroOrOneIsNotRoundedToCertainty() {
        assertThat(BrierScore.percent(0.004)).isEqualTo("<1 %");
        assertThat(BrierScore.percent(0.996)).isEqualTo(">99 %");
        assertThat(BrierScore.percent(0)).isEqualTo("0 %");
        assertThat(BrierScore.percent(1)).isEqualTo("100 %");
        assertThat(BrierScore.percent(0.235)).isEqualTo("24 %");
    }

    @Test
    void poolingAveragesOverEveryPairYearNotOverWars() {
        BrierScore a = new BrierScore(20, 1.75, List.of());
        BrierScore b = new BrierScore(80, 0.25, List.of());
        assertThat(BrierScore.pool(List.of(a, b)).brier()).isCloseTo(2.0 / 100, within(1e-12));
        assertThat(BrierScore.pool(List.of()).brier()).isZero();
    }

    @Test
    void skillIsNotANumberAgainstAPerfectReference() {
        BrierScore perfect = BrierScore.of(Scorer.score(STATES, YEARS, HISTORY, HISTORY, Set.of("A", "B")));
        assertThat(perfect.brier()).isZero();
        assertThat(perfect.gaps()).isEmpty();
        assertThat(Scorer.brier(STATES, YEARS, HISTORY, FORECAST).skill(perfect)).isNaN();
    }

    @Property(tries = 200)
    void aZeroOneForecastScoresItsErrorRateAsItsCountsSay(@ForAll @Size(max = 20) List<@IntRange(max = 19) Integer> picks) {
        List<PairYear> all = allPairYears();
        Set<PairYear> run = new TreeSet<>();
        picks.forEach(i -> run.add(all.get(i)));
        Score s = Scorer.score(STATES, YEARS, HISTORY, run, Set.of("A", "B"));
        Map<PairYear, Double> certain = new HashMap<>();
        run.forEach(p -> certain.put(p, 1.0));
        BrierScore asForecast = Scorer.brier(STATES, YEARS, HISTORY, certain);
        BrierScore fromCounts = BrierScore.of(s);
        assertThat(asForecast.brier()).isCloseTo(1 - s.accuracy(), within(1e-12)).isCloseTo(fromCounts.brier(), within(1e-12));
        assertThat(fromCounts.gaps()).isEqualTo(asForecast.gaps());
    }

    @Property(tries = 200)
    void aForecastScoresInZeroOneAndItsGapsCarryItsWholeError(
            @ForAll @Size(20) List<@DoubleRange(min = 0, max = 1) Double> shares) {
        List<PairYear> all = allPairYears();
        Map<PairYear, Double> forecast = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            forecast.put(all.get(i), shares.get(i));
        }
        BrierScore b = Scorer.brier(STATES, YEARS, HISTORY, forecast);
        assertThat(b.brier()).isBetween(0.0, 1.0);
        // each gap is one pair-year's |p - o|, and the sum of their squares is the squared error
        assertThat(b.gaps().stream().mapToDouble(g -> g.distance() * g.distance()).sum())
                .isCloseTo(b.squaredError(), within(1e-9));
    }

    private static List<PairYear> allPairYears() {
        List<PairYear> out = new ArrayList<>();
        for (int y : YEARS) {
            for (int i = 0; i < STATES.size(); i++) {
                for (int j = i + 1; j < STATES.size(); j++) {
                    out.add(PairYear.of(y, STATES.get(i), STATES.get(j)));
                }
            }
        }
        return out;
    }
}
