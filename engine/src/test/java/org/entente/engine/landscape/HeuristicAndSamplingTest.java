package org.entente.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HeuristicAndSamplingTest {

    @Test
    void heuristicIsUsedBeyondThirtyActorsAndIsRepeatableForASeed() {
        LandscapeProblem p = RandomProblems.real(40, 7);
        LandscapeOptions o = LandscapeOptions.defaults().withSeed(42).withRestarts(200);
        LandscapeResult first = LandscapeAnalyzer.analyze(p, o);
        LandscapeResult second = LandscapeAnalyzer.analyze(p, o);

        assertThat(first.exact()).isFalse();
        assertThat(first.basinMethod()).isEqualTo(BasinMethod.SAMPLED);
        assertThat(first.basinPopulation()).isEqualTo(200);
        assertThat(first.configurationsExamined()).isEqualTo(200);
        assertThat(first.seed()).isEqualTo(42);
        assertThat(second).isEqualTo(first);
        assertThat(first.localMinima().stream().mapToLong(LocalMinimum::basinCount).sum()).isEqualTo(200);
        assertThat(first.localMinima()).hasSize((int) first.localMinimumCount());
        assertThat(first.best().get(0)).isEqualTo(first.globalMinimum());
    }

    @Test
    void differentSeedsExploreDifferently() {
        // a landscape with many local minima: hit counts depend on the seed
        LandscapeProblem p = RandomProblems.real(40, 7);
        LandscapeResult a = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withSeed(1).withRestarts(200));
        LandscapeResult b = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withSeed(2).withRestarts(200));
        assertThat(a.localMinimumCount()).isGreaterThan(1);
        assertThat(a.localMinima()).isNotEqualTo(b.localMinima());
    }

    @Test
    void everyHeuristicEndPointIsATrueLocalMinimum() {
        LandscapeProblem p = RandomProblems.real(45, 11);
        LandscapeResult r = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withRestarts(100));
        for (LocalMinimum m : r.localMinima()) {
            boolean[] onB = ExactVersusBruteForceTest.onB(p, m.configuration());
            assertThat(onB[0]).isFalse();
            for (int i = 0; i < p.actorCount(); i++) {
                boolean[] f = onB.clone();
                f[i] = !f[i];
                assertThat(p.energy(f)).isGreaterThanOrEqualTo(m.energy() - 1e-9);
            }
        }
        for (int k = 1; k < r.localMinima().size(); k++) {
            assertThat(r.localMinima().get(k).energy()).isGreaterThanOrEqualTo(r.localMinima().get(k - 1).energy() - 1e-9);
        }
    }

    @Test
    void heuristicFindsTheExactMinimumOfASmallLandscape() {
        for (long seed = 0; seed < 10; seed++) {
            LandscapeProblem p = RandomProblems.integral(12, seed);
            LandscapeResult exact = LandscapeAnalyzer.analyze(p);
            LandscapeResult heur = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withExactMaxActors(11).withRestarts(2000));
            assertThat(heur.exact()).isFalse();
            assertThat(heur.minimumEnergy()).isEqualTo(exact.minimumEnergy());
            // the heuristic can only find true local minima
            assertThat(heur.localMinimumCount()).isLessThanOrEqualTo(exact.localMinimumCount());
            // with the same descent rule its hit shares estimate the exact basin shares
            Map<Configuration, Double> exactShares = exact.localMinima().stream()
                    .collect(Collectors.toMap(LocalMinimum::configuration, LocalMinimum::basinShare));
            for (LocalMinimum m : heur.localMinima()) {
                assertThat(exactShares).containsKey(m.configuration());
                assertThat(m.basinShare()).isCloseTo(exactShares.get(m.configuration()), within(0.06));
            }
        }
    }

    @Test
    void sampledBasinsAboveTheExactBasinLimit() {
        LandscapeProblem p = RandomProblems.integral(14, 3);
        LandscapeResult exact = LandscapeAnalyzer.analyze(p);
        LandscapeResult sampled = LandscapeAnalyzer.analyze(p,
                LandscapeOptions.defaults().withExactBasinMaxActors(10).withBasinSamples(20_000).withSeed(5));

        assertThat(exact.basinMethod()).isEqualTo(BasinMethod.EXACT);
        assertThat(exact.basinPopulation()).isEqualTo(1 << 13);
        assertThat(sampled.exact()).isTrue(); // minima are still enumerated exactly
        assertThat(sampled.basinMethod()).isEqualTo(BasinMethod.SAMPLED);
        assertThat(sampled.basinPopulation()).isEqualTo(20_000);
        assertThat(sampled.localMinima()).extracting(LocalMinimum::configuration)
                .containsExactlyElementsOf(exact.localMinima().stream().map(LocalMinimum::configuration).toList());
        assertThat(sampled.localMinima().stream().mapToLong(LocalMinimum::basinCount).sum()).isEqualTo(20_000);
        for (int k = 0; k < exact.localMinima().size(); k++) {
            assertThat(sampled.localMinima().get(k).basinShare())
                    .isCloseTo(exact.localMinima().get(k).basinShare(), within(0.03));
        }
        assertThat(LandscapeAnalyzer.analyze(p,
                LandscapeOptions.defaults().withExactBasinMaxActors(10).withBasinSamples(20_000).withSeed(5)))
                .isEqualTo(sampled);
    }
}
