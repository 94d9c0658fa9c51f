package org.entente.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over arbitrary real-valued landscapes (asymmetric propensities, zero sizes allowed). */
class LandscapePropertiesTest {

    @Provide
    Arbitrary<LandscapeProblem> problems() {
        return Arbitraries.integers().between(1, 9).flatMap(n -> {
            Arbitrary<double[]> sizes = Arbitraries.doubles().between(0, 10).ofScale(3)
                    .array(double[].class).ofSize(n);
            Arbitrary<double[]> flat = Arbitraries.doubles().between(-3, 3).ofScale(3)
                    .array(double[].class).ofSize(n * n);
            return Combinators.combine(sizes, flat).as((s, f) -> {
                double[][] p = new double[n][n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(f, i * n, p[i], 0, n);
                }
                return LandscapeProblem.of(RandomProblems.names(n), s, p);
            });
        });
    }

    /** Tolerance: the analysis ranks on a grid of 2^-40 of the total weight; 1e-9 of it is far coarser. */
    private static double tolerance(LandscapeProblem p) {
        double total = 0;
        for (int i = 0; i < p.actorCount(); i++) {
            for (int j = 0; j < p.actorCount(); j++) {
                total += Math.abs(p.size(i) * p.size(j) * p.propensity(i, j));
            }
        }
        return 1e-9 * (1 + total);
    }

    @Property(tries = 300)
    void everyReportedLocalMinimumIsOne(@ForAll("problems") LandscapeProblem p) {
        LandscapeResult r = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withMaxLocalMinima(10_000));
        double tol = tolerance(p);
        assertThat(r.localMinima()).isNotEmpty();
        assertThat(r.localMinima()).hasSize((int) r.localMinimumCount());
        for (LocalMinimum m : r.localMinima()) {
            boolean[] onB = ExactVersusBruteForceTest.onB(p, m.configuration());
            for (int i = 0; i < p.actorCount(); i++) {
                boolean[] flipped = onB.clone();
                flipped[i] = !flipped[i];
                assertThat(p.energy(flipped))
                        .as("switching %s out of local minimum %s", p.actors().get(i), m.configuration())
                        .isGreaterThanOrEqualTo(m.energy() - tol);
            }
        }
        assertThat(r.localMinima().stream().mapToLong(LocalMinimum::basinCount).sum())
                .isEqualTo(r.basinPopulation());
    }

    @Property(tries = 300)
    void globalMinimumIsAtMostEveryConfiguration(@ForAll("problems") LandscapeProblem p) {
        LandscapeResult r = LandscapeAnalyzer.analyze(p);
        BruteForce bf = new BruteForce(p);
        double tol = tolerance(p);
        for (double e : bf.energies) {
            assertThat(r.minimumEnergy()).isLessThanOrEqualTo(e + tol);
        }
        // the global minimum is itself a local minimum and is the first one listed
        assertThat(r.localMinima().get(0).configuration()).isEqualTo(r.globalMinimum());
        assertThat(r.best().get(0)).isEqualTo(r.globalMinimum());
        for (int k = 1; k < r.best().size(); k++) {
            assertThat(r.best().get(k).energy()).isGreaterThanOrEqualTo(r.best().get(k - 1).energy() - tol);
        }
    }

    @Property(tries = 100)
    void mirrorImageAndSideAConvention(@ForAll("problems") LandscapeProblem p) {
        LandscapeResult r = LandscapeAnalyzer.analyze(p);
        Configuration g = r.globalMinimum();
        assertThat(g.sideA()).startsWith(p.actors().get(0));
        boolean[] onB = ExactVersusBruteForceTest.onB(p, g);
        boolean[] mirror = onB.clone();
        for (int i = 0; i < mirror.length; i++) {
            mirror[i] = !mirror[i];
        }
        assertThat(p.energy(mirror)).isEqualTo(p.energy(onB));
        assertThat(r.globalMinimumSplits(g.sideB(), g.sideA())).isTrue();
    }
}
