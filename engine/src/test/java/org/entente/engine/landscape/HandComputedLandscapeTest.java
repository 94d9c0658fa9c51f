package org.entente.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small landscapes worked out by hand; the arithmetic is in the comments. */
class HandComputedLandscapeTest {

    private static final org.assertj.core.data.Offset<Double> EPS = within(1e-9);

    /*
     * Two actors, asymmetric propensity: s_A = 2, s_B = 3, p_AB = +1, p_BA = −2.
     *   together  A B | —  : no pair on different sides, E = 0
     *   split     A | B    : E = s_A s_B p_AB + s_B s_A p_BA = 6·1 + 6·(−2) = −6
     * Minimum: the split, E = −6. Frustrations there:
     *   F_A = s_B p_AB = 3·1 = 3        F_B = s_A p_BA = 2·(−2) = −4
     * Local minima: "together" is not one (switching B lowers E to −6); the split is (both
     * switches go back to 0). Its basin is both configurations: 2 of 2^(2−1) = 2.
     */
    @Test
    void twoActorsAsymmetric() {
        LandscapeProblem p = LandscapeProblem.builder()
                .actor("A", 2).actor("B", 3)
                .propensity("A", "B", 1).propensity("B", "A", -2)
                .build();
        LandscapeResult r = LandscapeAnalyzer.analyze(p);

        assertThat(r.exact()).isTrue();
        assertThat(r.globalMinimum().sideA()).containsExactly("A");
        assertThat(r.globalMinimum().sideB()).containsExactly("B");
        assertThat(r.minimumEnergy()).isCloseTo(-6.0, EPS);
        assertThat(r.standings()).extracting(ActorStanding::side).containsExactly(Side.A, Side.B);
        assertThat(r.standings().get(0).frustration()).isCloseTo(3.0, EPS);
        assertThat(r.standings().get(1).frustration()).isCloseTo(-4.0, EPS);
        assertThat(r.best()).extracting(Configuration::energy).containsExactly(-6.0, 0.0);
        assertThat(r.localMinimumCount()).isEqualTo(1);
        assertThat(r.localMinima().get(0).basinCount()).isEqualTo(2);
        assertThat(r.localMinima().get(0).basinShare()).isEqualTo(1.0);
        assertThat(r.basinMethod()).isEqualTo(BasinMethod.EXACT);
        assertThat(r.basinPopulation()).isEqualTo(2);
    }

    /*
     * Three actors X, Y, Z with sizes 1, 2, 3 and symmetric propensities
     *   p_XY = +1, p_XZ = −1, p_YZ = −1.
     * Ordered pairs count each unordered pair twice: w_ij = s_i s_j (p_ij + p_ji)
     *   w_XY = 1·2·2 = 4,  w_XZ = 1·3·(−2) = −6,  w_YZ = 2·3·(−2) = −12.
     * Configurations (X on side A):
     *   X Y Z | —   : 0
     *   X Y | Z     : w_XZ + w_YZ = −6 − 12 = −18   <- global minimum
     *   X Z | Y     : w_XY + w_YZ =  4 − 12 =  −8
     *   X | Y Z     : w_XY + w_XZ =  4 −  6 =  −2
     * Frustrations at X Y | Z:
     *   F_X = s_Z p_XZ = −3,  F_Y = s_Z p_YZ = −3,  F_Z = s_X p_ZX + s_Y p_ZY = −1 − 2 = −3.
     * Only X Y | Z is a local minimum (every other configuration can reach it by one switch),
     * so its basin is all 4 configurations.
     */
    @Test
    void threeActors() {
        LandscapeProblem p = LandscapeProblem.builder()
                .actor("X", 1).actor("Y", 2).actor("Z", 3)
                .mutual("X", "Y", 1).mutual("X", "Z", -1).mutual("Y", "Z", -1)
                .build();
        LandscapeResult r = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withTopK(4));

        assertThat(r.globalMinimum().sideA()).containsExactly("X", "Y");
        assertThat(r.globalMinimum().sideB()).containsExactly("Z");
        assertThat(r.best()).extracting(Configuration::energy).containsExactly(-18.0, -8.0, -2.0, 0.0);
        assertThat(r.best()).extracting(Configuration::toString).containsExactly(
                "X, Y | Z (E=-18.0)", "X, Z | Y (E=-8.0)", "X | Y, Z (E=-2.0)", "X, Y, Z |  (E=0.0)");
        assertThat(r.standings()).extracting(ActorStanding::frustration).containsExactly(-3.0, -3.0, -3.0);
        assertThat(r.standings()).extracting(ActorStanding::size).containsExactly(1.0, 2.0, 3.0);
        assertThat(r.localMinima()).hasSize(1);
        assertThat(r.localMinima().get(0).configuration()).isEqualTo(r.globalMinimum());
        assertThat(r.localMinima().get(0).basinCount()).isEqualTo(4);
        assertThat(r.configurationsExamined()).isEqualTo(4);
    }

    /*
     * Four actors A, B, C, D, sizes 3, 2, 2, 1; symmetric propensities
     *   p_AD = +1, p_BC = −2, p_BD = −1, p_CD = −2, p_AB = p_AC = 0.
     * w_ij = 2 s_i s_j p_ij:  w_AD = 2·3·1·1 = 6,  w_BC = 2·2·2·(−2) = −16,
     *                         w_BD = 2·2·1·(−1) = −4,  w_CD = 2·2·1·(−2) = −8,  w_AB = w_AC = 0.
     * Configurations (A on side A) and E = sum of w over pairs split apart:
     *   A B C D | —  : 0
     *   A C D | B    : AB + BC + BD          = 0 − 16 − 4       = −20   local minimum
     *   A B D | C    : AC + BC + CD          = 0 − 16 − 8       = −24   global minimum
     *   A D | B C    : AB + AC + BD + CD     = 0 + 0 − 4 − 8    = −12
     *   A B C | D    : AD + BD + CD          = 6 − 4 − 8        =  −6
     *   A C | B D    : AB + AD + BC + CD     = 0 + 6 − 16 − 8   = −18
     *   A B | C D    : AC + AD + BC + BD     = 0 + 6 − 16 − 4   = −14
     *   A | B C D    : AB + AC + AD          = 0 + 0 + 6        =   6
     * A C D | B is a local minimum: its four neighbours are A B | C D (−14), A B C D (0),
     * A D | B C (−12), A C | B D (−18), all higher. Steepest descent from every other
     * configuration ends at A B D | C, e.g. A C | B D: switching A gives A B D | C (−6, the
     * largest drop) rather than A C D | B (−2). Basins: A B D | C 7, A C D | B 1.
     * Frustrations at A B D | C: F_A = s_C p_AC = 0, F_B = s_C p_BC = −4, F_C = s_A p_CA + s_B p_CB
     * + s_D p_CD = 0 − 4 − 2 = −6, F_D = s_C p_DC = −4.
     */
    @Test
    void fourActorsTwoLocalMinima() {
        LandscapeProblem p = LandscapeProblem.builder()
                .actor("A", 3).actor("B", 2).actor("C", 2).actor("D", 1)
                .mutual("A", "D", 1).mutual("B", "C", -2).mutual("B", "D", -1).mutual("C", "D", -2)
                .build();
        LandscapeResult r = LandscapeAnalyzer.analyze(p, LandscapeOptions.defaults().withTopK(8));

        assertThat(r.best()).extracting(Configuration::energy)
                .containsExactly(-24.0, -20.0, -18.0, -14.0, -12.0, -6.0, 0.0, 6.0);
        assertThat(r.globalMinimum().sideA()).containsExactly("A", "B", "D");
        assertThat(r.globalMinimum().sideB()).containsExactly("C");
        assertThat(r.standings()).extracting(ActorStanding::frustration).containsExactly(0.0, -4.0, -6.0, -4.0);
        assertThat(r.standings()).extracting(ActorStanding::side).containsExactly(Side.A, Side.A, Side.B, Side.A);
        assertThat(r.localMinimumCount()).isEqualTo(2);
        assertThat(r.localMinima()).extracting(m -> m.configuration().sideB())
                .containsExactly(List.of("C"), List.of("B"));
        assertThat(r.localMinima()).extracting(LocalMinimum::basinCount).containsExactly(7L, 1L);
        assertThat(r.localMinima()).extracting(LocalMinimum::basinShare).containsExactly(7 / 8.0, 1 / 8.0);
        assertThat(r.globalMinimumCount()).isEqualTo(1);

        assertThat(r.globalMinimumSplits(List.of("A", "B"), List.of("C"))).isTrue();
        assertThat(r.globalMinimumSplits(List.of("C"), List.of("D", "A"))).isTrue();   // either orientation
        assertThat(r.globalMinimumSplits(List.of("A", "C"), List.of("B"))).isFalse(); // the other local minimum
    }

    @Test
    void singleActorIsAloneOnSideA() {
        LandscapeProblem p = LandscapeProblem.builder().actor("Solo", 5).build();
        LandscapeResult r = LandscapeAnalyzer.analyze(p);
        assertThat(r.globalMinimum().sideA()).containsExactly("Solo");
        assertThat(r.globalMinimum().sideB()).isEmpty();
        assertThat(r.minimumEnergy()).isZero();
        assertThat(r.localMinima()).singleElement().extracting(LocalMinimum::basinCount).isEqualTo(1L);
        assertThat(r.standings()).singleElement().extracting(ActorStanding::frustration).isEqualTo(0.0);
    }

    @Test
    void derivedPropensityIsTheDesignSum() {
        assertThat(PropensityRule.derive(false, false, false, false, false)).isEqualTo(0.0);
        assertThat(PropensityRule.derive(true, false, false, false, false)).isEqualTo(1.0);
        assertThat(PropensityRule.derive(false, true, false, false, false)).isEqualTo(-1.0);
        assertThat(PropensityRule.derive(false, false, true, false, false)).isEqualTo(-1.0);
        assertThat(PropensityRule.derive(false, false, false, true, false)).isEqualTo(-1.0);
        assertThat(PropensityRule.derive(false, false, false, false, true)).isEqualTo(1.0);
        assertThat(PropensityRule.derive(true, false, false, false, true)).isEqualTo(2.0);
        assertThat(PropensityRule.derive(false, true, true, true, false)).isEqualTo(-3.0);
        assertThat(PropensityRule.derive(false, true, true, true, true)).isEqualTo(-2.0);
    }
}
