package org.entente.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tie handling, truncation, {@code globalMinimumSplits} and input validation. */
class LandscapeSemanticsTest {

    /* S0..S4 with no propensities: every split has E = 0, no switch strictly lowers it, so all
     * 2^4 = 16 configurations are local minima (each its own basin) and all tie for the minimum. */
    @Test
    void indifferentLandscapeTiesEverywhere() {
        LandscapeProblem p = LandscapeProblem.of(RandomProblems.names(5), new double[] {1, 1, 1, 1, 1}, new double[5][5]);
        LandscapeResult r = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withMaxLocalMinima(3).withTopK(3));

        assertThat(r.localMinimumCount()).isEqualTo(16);
        assertThat(r.localMinimaTruncated()).isTrue();
        assertThat(r.globalMinimumCount()).isEqualTo(16);
        assertThat(r.globalMinima()).hasSize(16);
        // tie order: the first actor whose side differs is on side A in the earlier configuration
        assertThat(r.localMinima()).extracting(m -> m.configuration().sideB())
                .containsExactly(List.of(), List.of("S4"), List.of("S3"));
        assertThat(r.best()).extracting(Configuration::sideB).containsExactly(List.of(), List.of("S4"), List.of("S3"));
        assertThat(r.globalMinimum().sideB()).isEmpty();
        assertThat(r.localMinima()).allSatisfy(m -> assertThat(m.basinCount()).isEqualTo(1));
        assertThat(r.globalMinimumSplits(List.of("S0", "S3"), List.of("S1", "S4"))).isTrue();
    }

    /* A–B hostile, C–D hostile (p = −1, sizes 1, so w = −2 per pair), nothing else:
     *   A C | B D  and  A D | B C  both cut AB and CD: E = −4, a tie. A B | C D cuts neither: E = 0. */
    @Test
    void tiedGlobalMinimaAreAllAcceptedByTheExpectation() {
        LandscapeProblem p = LandscapeProblem.builder()
                .actors(List.of("A", "B", "C", "D"), 1)
                .mutual("A", "B", -1).mutual("C", "D", -1)
                .build();
        LandscapeResult r = LandscapeAnalyzer.analyze(p);

        assertThat(r.minimumEnergy()).isEqualTo(-4.0);
        assertThat(r.globalMinimumCount()).isEqualTo(2);
        assertThat(r.globalMinimum().sideA()).containsExactly("A", "C"); // C differs first, on side A
        assertThat(r.globalMinima()).extracting(Configuration::sideA)
                .containsExactly(List.of("A", "C"), List.of("A", "D"));
        assertThat(r.globalMinimumSplits(List.of("A", "C"), List.of("B", "D"))).isTrue();
        assertThat(r.globalMinimumSplits(List.of("A", "D"), List.of("B", "C"))).isTrue();
        assertThat(r.globalMinimumSplits(List.of("A", "B"), List.of("C", "D"))).isFalse();
        assertThat(r.globalMinimumSplits(List.of("A"), List.of("B"))).isTrue();
        assertThat(r.globalMinimumSplits(List.of("A", "B"), List.of())).isFalse();
    }

    @Test
    void expectationIgnoresUnlistedActorsAndRejectsBadNames() {
        // the four-actor landscape of HandComputedLandscapeTest: minimum A B D | C
        LandscapeProblem p = LandscapeProblem.builder()
                .actor("A", 3).actor("B", 2).actor("C", 2).actor("D", 1)
                .mutual("A", "D", 1).mutual("B", "C", -2).mutual("B", "D", -1).mutual("C", "D", -2)
                .build();
        LandscapeResult r = LandscapeAnalyzer.analyze(p);

        assertThat(r.globalMinimumSplits(List.of("B"), List.of("C"))).isTrue();
        assertThat(r.globalMinimumSplits(List.of("C"), List.of("B"))).isTrue();
        assertThat(r.globalMinimumSplits(List.of("A", "D"), List.of())).isTrue();
        assertThat(r.globalMinimumSplits(List.of("A", "C"), List.of())).isFalse();
        assertThat(r.globalMinimumSplits(List.of("A"), List.of("D"))).isFalse();
        assertThatThrownBy(() -> r.globalMinimumSplits(List.of("A"), List.of("Zed")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Zed");
        assertThatThrownBy(() -> r.globalMinimumSplits(List.of("A"), List.of("A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> r.globalMinimumSplits(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemValidation() {
        List<String> two = List.of("A", "B");
        double[][] p = new double[2][2];
        assertThatThrownBy(() -> LandscapeProblem.of(List.of(), new double[0], new double[0][0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> LandscapeProblem.of(two, new double[] {1, -1}, p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'B'");
        assertThatThrownBy(() -> LandscapeProblem.of(two, new double[] {1, Double.NaN}, p))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LandscapeProblem.of(List.of("A", "A"), new double[] {1, 1}, p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> LandscapeProblem.of(two, new double[] {1}, p))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LandscapeProblem.of(two, new double[] {1, 1}, new double[][] {{0, 1}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LandscapeProblem.of(two, new double[] {1, 1}, new double[][] {{0, Double.POSITIVE_INFINITY}, {0, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LandscapeProblem.builder().actor("A", 1).propensity("A", "B", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown actor 'B'");
        assertThatThrownBy(() -> LandscapeProblem.builder().actor("A", 1).propensity("A", "A", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LandscapeOptions(0, 0, 30, 24, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LandscapeOptions.defaults().withExactMaxActors(31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagonalIsIgnoredAndInputIsCopied() {
        double[] s = {1, 2};
        double[][] p = {{99, 1}, {1, -99}};
        LandscapeProblem problem = LandscapeProblem.of(List.of("A", "B"), s, p);
        s[0] = 50;
        p[0][1] = -50;
        assertThat(problem.propensity(0, 0)).isZero();
        assertThat(problem.propensity(0, 1)).isEqualTo(1.0);
        assertThat(problem.size(0)).isEqualTo(1.0);
        // p_AB = p_BA = 1: together E = 0, apart E = 1·2·1 + 2·1·1 = 4
        assertThat(problem.energy(new boolean[] {false, true})).isEqualTo(4.0);
        assertThat(LandscapeAnalyzer.analyze(problem).globalMinimum().sideA()).containsExactly("A", "B");
    }

    @Test
    void zeroSizeActorsAreIndifferent() {
        // a zero-size actor contributes nothing: either side is a (tied) local minimum for it
        LandscapeProblem p = LandscapeProblem.builder()
                .actor("A", 1).actor("B", 1).actor("Ghost", 0)
                .mutual("A", "B", -1).mutual("A", "Ghost", 5)
                .build();
        LandscapeResult r = LandscapeAnalyzer.analyze(p);
        assertThat(r.minimumEnergy()).isEqualTo(-2.0);
        assertThat(r.globalMinimumCount()).isEqualTo(2);
        assertThat(r.globalMinimum().sideA()).containsExactly("A", "Ghost");
        assertThat(r.standings().get(2).frustration()).isZero();
        assertThat(r.standings().get(0).frustration()).isEqualTo(-1.0); // s_B p_AB
    }
}
