package org.entente.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Gray-code enumeration with incremental updates against a direct evaluation of every
 * configuration. Integer-valued inputs make the reference exact, so local minima and basins can be
 * compared as sets and counts.
 */
class ExactVersusBruteForceTest {

    static List<Arguments> problems() {
        List<Arguments> out = new ArrayList<>();
        for (int n = 1; n <= 11; n++) {
            for (long seed = 0; seed < 6; seed++) {
                out.add(Arguments.of(n, seed * 1000 + n));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "n={0} seed={1}")
    @MethodSource("problems")
    void energiesLocalMinimaAndBasinsMatch(int n, long seed) {
        LandscapeProblem p = RandomProblems.integral(n, seed);
        BruteForce bf = new BruteForce(p);
        int total = bf.configs.size();
        LandscapeResult r = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withTopK(total)
                .withMaxLocalMinima(total).withMaxTiedMinima(total));

        // every configuration, sorted by energy
        double[] sorted = bf.energies.clone();
        Arrays.sort(sorted);
        assertThat(r.best()).hasSize(total);
        assertThat(r.best().stream().mapToDouble(Configuration::energy).toArray()).containsExactly(sorted);
        for (Configuration c : r.best()) {
            assertThat(c.sideA()).startsWith("S0");
            assertThat(c.energy()).isEqualTo(p.energy(onB(p, c)));
        }
        assertThat(r.minimumEnergy()).isEqualTo(bf.min());
        assertThat(r.globalMinimumCount()).isEqualTo(Arrays.stream(bf.energies).filter(e -> e == bf.min()).count());
        assertThat(r.globalMinima()).hasSize((int) r.globalMinimumCount());

        // local minima and basins
        Map<String, Long> expectedBasins = new HashMap<>();
        for (int c = 0; c < total; c++) {
            expectedBasins.merge(bf.describe(bf.sink(c)), 1L, Long::sum);
        }
        List<String> expectedMinima = new ArrayList<>();
        for (int c = 0; c < total; c++) {
            if (bf.isLocalMin(c)) {
                expectedMinima.add(bf.describe(c));
            }
        }
        Map<String, Long> actualBasins = new HashMap<>();
        for (LocalMinimum m : r.localMinima()) {
            actualBasins.put(m.configuration().sideA() + "|" + m.configuration().sideB(), m.basinCount());
        }
        assertThat(r.localMinimumCount()).isEqualTo(expectedMinima.size());
        assertThat(actualBasins.keySet()).containsExactlyInAnyOrderElementsOf(expectedMinima);
        assertThat(actualBasins).isEqualTo(expectedBasins);
        assertThat(r.localMinima().stream().mapToLong(LocalMinimum::basinCount).sum()).isEqualTo(total);
    }

    @ParameterizedTest(name = "real n={0} seed={1}")
    @MethodSource("problems")
    void realValuedEnergiesAndFrustrationsMatch(int n, long seed) {
        LandscapeProblem p = RandomProblems.real(n, seed);
        BruteForce bf = new BruteForce(p);
        LandscapeResult r = LandscapeAnalyzer.analyze(p);
        assertThat(r.minimumEnergy()).isCloseTo(bf.min(), within(1e-9));
        boolean[] onB = onB(p, r.globalMinimum());
        for (int i = 0; i < n; i++) {
            ActorStanding st = r.standings().get(i);
            assertThat(st.actor()).isEqualTo(p.actors().get(i));
            assertThat(st.side()).isEqualTo(onB[i] ? Side.B : Side.A);
            double f = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && onB[i] != onB[j]) {
                    f += p.size(j) * p.propensity(i, j);
                }
            }
            assertThat(st.frustration()).isCloseTo(f, within(1e-12));
        }
    }

    static boolean[] onB(LandscapeProblem p, Configuration c) {
        boolean[] onB = new boolean[p.actorCount()];
        for (String b : c.sideB()) {
            onB[p.indexOf(b)] = true;
        }
        return onB;
    }
}
