package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each term of the decision rule with numbers computed by hand. */
class TermsTest {
    private static final double EPS = 1e-9;

    @Test
    void baseRateIsTheLogitOfTwoPercent() {
        // ln(0.02 / 0.98) = ln(0.020408...) = -3.8918
        assertThat(DecisionWeights.PRIOR_BASE).isCloseTo(-3.8918203, within(1e-6));
    }

    @Test
    void anObligationAloneGivesItsReliability() {
        // defense before 1945: logit(0.66) = ln(0.66/0.34) = 0.6633; rho = 0.6633 + 3.8918 = 4.5551
        double rho = Terms.obligation(Terms.logit(0.66), DecisionWeights.PRIOR_BASE);
        assertThat(rho).isCloseTo(4.5551, within(1e-4));
        double u = DecisionWeights.PRIOR_BASE + rho;
        assertThat(Terms.probabilities(u, Double.NEGATIVE_INFINITY)[1]).isCloseTo(0.66, within(1e-9));
    }

    @Test
    void reliabilityShiftsForANamedAdversaryAndAPowerShift() {
        // logit(0.66) + 0.4 = 1.0633; - 0.7 = 0.3633; after 1945: logit(0.22) = ln(0.22/0.78) = -1.2657
        assertThat(Terms.reliabilityLogit(0.66, true, false)).isCloseTo(1.0633, within(1e-4));
        assertThat(Terms.reliabilityLogit(0.66, true, true)).isCloseTo(0.3633, within(1e-4));
        assertThat(Terms.logit(Reliability.defense(1950))).isCloseTo(-1.2657, within(1e-4));
        assertThat(Reliability.defense(1944)).isEqualTo(0.66);
        assertThat(Reliability.markedShift(0.10, 0.15)).isTrue();   // +50%
        assertThat(Reliability.markedShift(0.10, 0.14)).isFalse();  // +40%
        assertThat(Reliability.markedShift(0.10, 0.04)).isTrue();   // -60%
    }

    @Test
    void threatBalancingCountsOnlyAnOppositeSideThatThreatensMore() {
        // 4 * (0.7 - 0.25) = 1.8
        assertThat(Terms.threatBalancing(4, 0.7, 0.25)).isCloseTo(1.8, within(EPS));
        assertThat(Terms.threatBalancing(4, 0.25, 0.7)).isZero();
    }

    @Test
    void bandwagoningNeedsAWeakStateNearALikelyWinner() {
        // 3 * 1.0 * (0.8 - 0.5) = 0.9; half as near (2 hops): 0.45
        assertThat(Terms.bandwagoning(3, true, 1.0, 0.8)).isCloseTo(0.9, within(EPS));
        assertThat(Terms.bandwagoning(3, true, 0.5, 0.8)).isCloseTo(0.45, within(EPS));
        assertThat(Terms.bandwagoning(3, false, 1.0, 0.8)).isZero();
        assertThat(Terms.bandwagoning(3, true, 1.0, 0.4)).isZero();
    }

    @Test
    void coBelligerence() {
        assertThat(Terms.coBelligerence(5, true)).isEqualTo(5);
        assertThat(Terms.coBelligerence(5, false)).isZero();
    }

    @Test
    void restraintMultipliesTheOddsOfFightingByOneMinusKept() {
        // neutrality: -ln(1 - 0.78) = -ln 0.22 = 1.5141; nonaggression: -ln 0.63 = 0.4620
        assertThat(Terms.restraint(Reliability.NEUTRALITY_KEPT)).isCloseTo(1.5141, within(1e-4));
        assertThat(Terms.restraint(Reliability.NONAGGRESSION_KEPT)).isCloseTo(0.4620, within(1e-4));
        assertThat(Math.exp(-Terms.restraint(0.78))).isCloseTo(0.22, within(EPS));
    }

    @Test
    void exposureShrinksWhenTheSideWillLikelyWin() {
        // 2 * 0.6 * (1 - 0.75) = 0.3
        assertThat(Terms.exposure(2, 0.6, 0.75)).isCloseTo(0.3, within(EPS));
        assertThat(Terms.exposure(2, 0.6, 1.0)).isZero();
    }

    @Test
    void doctrineChainGangsWhenOffensiveAndPassesTheBuckWhenDefensive() {
        assertThat(Terms.chainGanging(2, 1.0, true)).isEqualTo(2);
        assertThat(Terms.chainGanging(2, 0.25, true)).isCloseTo(0.5, within(EPS));
        assertThat(Terms.chainGanging(2, 1.0, false)).isZero();
        assertThat(Terms.buckPassing(2, 0.0, true)).isEqualTo(2);
        assertThat(Terms.buckPassing(2, 0.75, true)).isCloseTo(0.5, within(EPS));
        assertThat(Terms.buckPassing(2, 0.0, false)).isZero();
    }

    @Test
    void probabilitiesOfTheThreeOptions() {
        // U_I = ln 2, U_R = ln 3: {1, 2, 3} / 6
        double[] p = Terms.probabilities(Math.log(2), Math.log(3));
        assertThat(p[0]).isCloseTo(1 / 6.0, within(EPS));
        assertThat(p[1]).isCloseTo(2 / 6.0, within(EPS));
        assertThat(p[2]).isCloseTo(3 / 6.0, within(EPS));
        double[] big = Terms.probabilities(800, 0);
        assertThat(big[1]).isCloseTo(1, within(EPS));
        assertThat(big[0] + big[1] + big[2]).isCloseTo(1, within(EPS));
    }

    @Test
    void theDeterministicChoiceIsTheMostLikelyOfTheThreeOptions() {
        // P(I) 0.45, P(R) 0.15, P(out) 0.40: U_I = ln(0.45 / 0.40) = +0.118, U_R = ln(0.15 / 0.40) = -0.981.
        // The initiator's side is the most likely option although its P is below 0.5.
        double uI = Math.log(0.45 / 0.40), uR = Math.log(0.15 / 0.40);
        assertThat(Terms.probabilities(uI, uR)[1]).isCloseTo(0.45, within(EPS));
        assertThat(Terms.mostLikely(uI, uR)).isEqualTo(1);
        // P(out) 0.40 beats P(I) 0.35 and P(R) 0.25: U_I = ln(0.35 / 0.40) = -0.134, U_R = ln(0.25 / 0.40) = -0.470
        assertThat(Terms.mostLikely(Math.log(0.35 / 0.40), Math.log(0.25 / 0.40))).isZero();
        // U = 0 is as likely as staying out: joins; equal sides: the initiator's
        assertThat(Terms.mostLikely(0, -5)).isEqualTo(1);
        assertThat(Terms.mostLikely(-5, 0.2)).isEqualTo(-1);
        assertThat(Terms.mostLikely(0.7, 0.7)).isEqualTo(1);
    }

    @Test
    void greatPowerContagionCountsTheGreatPowersAlreadyAtWar() {
        // a great power, two great powers in the war: 0.237 * 2 = 0.474; a weak state: nothing
        assertThat(Terms.contagion(0.237, true, 2)).isCloseTo(0.474, within(EPS));
        assertThat(Terms.contagion(0.237, true, 0)).isZero();
        assertThat(Terms.contagion(0.237, false, 2)).isZero();
    }
}
