package org.entente.cli.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.sim.SimulationOptions;
import org.entente.importer.history.BrierScore;
import org.entente.importer.history.War;
import org.entente.importer.history.WarData;
import org.junit.jupiter.api.Test;

/** Sampled mode of the history benchmark against the repository's data/ folder. */
class SampledHistoryTest {

    private static final int SAMPLES = 40;

    static Path data() {
        return Paths.get(System.getProperty("entente.root", "..")).toAbsolutePath().normalize().resolve("data");
    }

    /**
     * Convergence toward the deterministic run. A sampled run follows the deterministic run's path as long as
     * every draw picks the most likely option, so the share of runs that leave it is at most D, the sum over
     * the deterministic run's decisions of 1 − P(its choice) (the union bound). Each pair-year's share p then
     * differs from the deterministic 0/1 outcome d by at most that share of runs, and with d and the history o
     * both 0 or 1, |(p − o)² − (d − o)²| ≤ 2 |p − d|. So |Brier(sampled) − Brier(deterministic)| is at most
     * 2 · (share of runs that left the path), whose expectation is at most D: where every decision is
     * near-certain (D ≈ 0) the sampled Brier is the deterministic run's.
     *
     * <p>With the default weights no war of the data has near-certain decisions (D is 0.8 to 32: the rule's
     * probabilities are rarely above 0.9), so the rule is sharpened: every weight times ten, which takes
     * most decisions to certainty (treaty obligations keep their reliability, docs/semantics.md §6a). The
     * bound is checked on every war; the wars with D below 10⁻⁶ must come out equal.
     */
    @Test
    void withNearCertainDecisionsTheSampledBrierIsTheDeterministicRuns() throws Exception {
        DecisionWeights d = DecisionWeights.defaults();
        DecisionWeights sharp = new DecisionWeights(10 * d.base(), 10 * d.threat(), 10 * d.bandwagon(),
                10 * d.coBelligerence(), 10 * d.exposure(), 10 * d.buckPassing(), 10 * d.chainGanging(),
                10 * d.contagion());
        SimulationOptions options = SimulationOptions.defaults().withWeights(sharp);
        WarData wars = WarData.read(data());
        List<Integer> certain = new ArrayList<>();
        for (War war : wars.multiStateWars()) {
            double[] leave = { 0 };
            WarResult deterministic = HistoryHarness.evaluate(data(), wars, war.number(),
                    options.observing((year, decision, a, b) -> leave[0] += 1 - decision.probability(decision.choice())),
                    Set.of());
            WarForecast sampled = SampledHistory.forecast(deterministic, options, SAMPLES, 1L);
            double brierDeterministic = BrierScore.of(deterministic.modelScore()).brier();
            double D = leave[0];
            // the share of runs that left the path is at most D plus three standard deviations
            double bound = 2 * Math.min(1, D + 3 * Math.sqrt(D / SAMPLES));
            assertThat(Math.abs(sampled.model().brier() - brierDeterministic)).as("war %d, D = %.6f", war.number(), D)
                    .isLessThanOrEqualTo(bound + 1e-12);
            if (D < 1e-6) {
                certain.add(war.number());
                assertThat(sampled.model().brier()).as("war %d", war.number()).isCloseTo(brierDeterministic, within(1e-12));
                assertThat(sampled.shares()).allSatisfy((pair, share) -> assertThat(share).isEqualTo(1.0));
            }
        }
        assertThat(certain).as("wars whose every decision is near-certain under the sharpened rule").isNotEmpty();
    }

    @Test
    void nobodyIsScoredBesideTheForecastEvenWhenNotAskedFor() throws Exception {
        WarData wars = WarData.read(data());
        WarResult deterministic = HistoryHarness.evaluate(data(), wars, 16, SimulationOptions.defaults(), Set.of());
        WarForecast f = SampledHistory.forecast(deterministic, SimulationOptions.defaults(), 10, 5L);
        assertThat(f.samples()).isEqualTo(10);
        assertThat(f.seed()).isEqualTo(5);
        assertThat(f.baselines()).containsOnlyKeys(HistoryBaselines.Baseline.nobody);
        // "nobody" is a 0/1 forecast: its Brier is its error rate
        assertThat(f.nobody().brier()).isCloseTo(
                1 - deterministic.historyCase().score(HistoryBaselines.nobody(deterministic.historyCase())).accuracy(),
                within(1e-12));
        assertThat(f.model().pairYears()).isEqualTo(deterministic.modelScore().total());
    }
}
