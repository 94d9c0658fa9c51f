package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightFitTest {
    private static double[] features(SplittableRandom r) {
        double[] f = new double[Utility.FEATURES];
        f[Utility.OBLIGATIONS] = r.nextDouble() < 0.2 ? 1 : 0;
        f[Utility.RELIABILITY_LOGITS] = f[Utility.OBLIGATIONS] * Terms.logit(0.66);
        f[Utility.THREAT] = r.nextDouble();
        f[Utility.BANDWAGON] = r.nextDouble() < 0.3 ? 0.5 * r.nextDouble() : 0;
        f[Utility.CO_BELLIGERENCE] = r.nextDouble() < 0.1 ? 1 : 0;
        f[Utility.EXPOSURE] = r.nextDouble();
        f[Utility.CONTAGION] = r.nextDouble() < 0.3 ? r.nextInt(3) : 0;
        f[Utility.BUCK_PASSING] = r.nextDouble() < 0.2 ? 1 : 0;
        return f;
    }

    @Test
    void theSignConstrainedFitHoldsAWeightWhoseDataPullNegativeAtZero() {
        // bandwagoning generated with -1.5: the plain fit finds it negative, the fit under the theory's signs puts it
        // at its bound 0 (no standard error) and refits the others, which stay near the truth
        double[] beta = {-3, 2.5, -1.5, 4, 1, 0.5, 1.2};
        List<WeightFit.Observation> obs = simulate(beta, 40000);
        WeightFit.Result plain = WeightFit.fit(obs, DecisionWeights.priors());
        assertThat(plain.weights()[2]).isLessThan(-1);
        WeightFit.Result signed = WeightFit.fitWithSigns(obs, DecisionWeights.priors(), DecisionWeights.priors(), Double.POSITIVE_INFINITY);
        assertThat(signed.weights()[2]).isZero();
        assertThat(signed.standardErrors()[2]).isNaN();
        for (int a : new int[] {1, 3, 4, 5, 6}) assertThat(signed.weights()[a]).as(WeightFit.NAMES[a]).isPositive();
        assertThat(signed.weights()[1]).isCloseTo(2.5, within(0.5));
        // at the bound the likelihood falls if the weight rises (Karush-Kuhn-Tucker): the slope there is <= 0
        double[] up = signed.weights().clone();
        up[2] = 0.01;
        assertThat(WeightFit.logLikelihood(obs, up)).isLessThan(signed.logLikelihood());
        assertThat(signed.logLikelihood()).isLessThan(plain.logLikelihood());
        // a weight the data pull positive is left free: the signed fit of data with every sign right is the plain fit
        double[] right = {-3, 2.5, 1.5, 4, 1, 0.5, 1.2};
        List<WeightFit.Observation> rightObs = simulate(right, 20000);
        WeightFit.Result p2 = WeightFit.fit(rightObs, DecisionWeights.priors());
        WeightFit.Result s2 = WeightFit.fitWithSigns(rightObs, DecisionWeights.priors(), DecisionWeights.priors(), Double.POSITIVE_INFINITY);
        for (int a = 0; a < WeightFit.K; a++) assertThat(s2.weights()[a]).as(WeightFit.NAMES[a]).isCloseTo(p2.weights()[a], within(1e-6));
    }

    /** Decisions drawn from the rule with weights beta. */
    private static List<WeightFit.Observation> simulate(double[] beta, int n) {
        SplittableRandom r = new SplittableRandom(11);
        List<WeightFit.Observation> obs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] i = features(r), o = features(r);
            double ui = dot(beta, WeightFit.regressors(i)) + WeightFit.offset(i);
            double ur = dot(beta, WeightFit.regressors(o)) + WeightFit.offset(o);
            double[] p = Terms.probabilities(ui, ur);
            double u = r.nextDouble();
            obs.add(new WeightFit.Observation(i, o, u < p[1] ? 1 : u < p[1] + p[2] ? -1 : 0));
        }
        return obs;
    }

    @Test
    void recoversTheWeightsThatGeneratedTheDecisionsFromSimulatedOnes() {
        DecisionWeights truth = new DecisionWeights(-3, 2.5, 1.5, 4, 1, 1.2, 2, 0.5);
        double[] beta = {truth.base(), truth.threat(), truth.bandwagon(), truth.coBelligerence(), truth.exposure(), truth.contagion(),
                truth.buckPassing()};
        List<WeightFit.Observation> obs = simulate(beta, 40000);
        WeightFit.Result fit = WeightFit.fit(obs, DecisionWeights.priors());
        assertThat(fit.converged()).isTrue();
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(fit.startLogLikelihood());
        for (int a = 0; a < WeightFit.K; a++) {
            assertThat(fit.weights()[a]).as(WeightFit.NAMES[a]).isCloseTo(beta[a], within(4 * fit.standardErrors()[a] + 0.05));
            assertThat(fit.standardErrors()[a]).as(WeightFit.NAMES[a]).isLessThan(0.6);
        }
    }

    @Test
    void theLikelihoodOfAHandComputedDecision() {
        // one observation: U_I = β0 = -3.8918 (no features), U_R = -inf-like; chose out: ll = -ln(1 + e^U_I + e^U_R)
        double[] none = new double[Utility.FEATURES];
        double[] blocked = new double[Utility.FEATURES];
        blocked[Utility.FIXED] = -1000;
        double ll = WeightFit.logLikelihood(List.of(new WeightFit.Observation(none, blocked, 0)),
                new double[] {DecisionWeights.PRIOR_BASE, 4, 3, 5, 2, 0, 2});
        assertThat(ll).isCloseTo(-Math.log(1 + 0.02 / 0.98), within(1e-9));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }
}
