package org.entente.engine.decision;

import java.util.List;

/**
 * Fit of β0, βT, βB, βC, βX, βG, βBP (docs/semantics.md §6a) on observed joining decisions: the multinomial
 * logit of the rule, with staying out at 0. Maximum likelihood, optionally penalised by a weakly
 * informative Gaussian prior around the design's priors (Gelman et al. 2008): without it a weight whose
 * feature separates the data perfectly (every co-belligerent joined) runs off to infinity. Newton–Raphson
 * on the concave objective; standard errors from the inverse of its curvature. The obligation
 * reliabilities, restraint and chain-ganging terms are fixed offsets (the reliabilities come from the literature;
 * chain-ganging needs an offensive doctrine, which no training war has, so its weight keeps the prior).
 */
public final class WeightFit {
    /** Number of fitted weights: β0, βT, βB, βC, βX, βG, βBP. */
    public static final int K = 7;
    public static final String[] NAMES = {"beta0", "betaT", "betaB", "betaC", "betaX", "betaG", "betaBP"};
    /** The weights in the order of {@link #NAMES} and of a fit's coefficients. */
    public static final List<DecisionWeight> ORDER = List.of(DecisionWeight.BASE_RATE, DecisionWeight.THREAT_BALANCING,
            DecisionWeight.BANDWAGONING, DecisionWeight.CO_BELLIGERENCE, DecisionWeight.EXPOSURE, DecisionWeight.CONTAGION,
            DecisionWeight.BUCK_PASSING);
    /** The signs the theory gives: every weight but the base rate is ≥ 0 (each term names the direction of its effect). */
    public static final boolean[] NON_NEGATIVE = {false, true, true, true, true, true, true};

    private WeightFit() {}

    /**
     * One decision with what was observed.
     *
     * @param initiatorSide features of joining the initiator's side ({@link Utility#features()})
     * @param otherSide     features of joining the other side
     * @param choice        observed: +1 initiator's side, -1 other side, 0 stayed out
     */
    public record Observation(double[] initiatorSide, double[] otherSide, int choice) {}

    /** The fitted weights, their standard errors, the log-likelihood at the optimum and at the start, and the count. */
    public record Result(double[] weights, double[] standardErrors, double logLikelihood, double startLogLikelihood,
                         int observations, int joins, int iterations, boolean converged) {
        public DecisionWeights asWeights(DecisionWeights base) {
            DecisionWeights w = base;
            for (int a = 0; a < K; a++) w = ORDER.get(a).in(w, weights[a]);
            return w;
        }
    }

    /** The regressors of one side: (1 − k, threat, bandwagon, co-belligerence, −exposure, contagion, −buck-passing). */
    static double[] regressors(double[] f) {
        return new double[] {1 - f[Utility.OBLIGATIONS], f[Utility.THREAT], f[Utility.BANDWAGON], f[Utility.CO_BELLIGERENCE],
                -f[Utility.EXPOSURE], f[Utility.CONTAGION], -f[Utility.BUCK_PASSING]};
    }

    /** The part of U not multiplied by a fitted weight: Σ logit r − restraint + chain-ganging. */
    static double offset(double[] f) { return f[Utility.RELIABILITY_LOGITS] + f[Utility.FIXED]; }

    public static double logLikelihood(List<Observation> obs, double[] beta) {
        double ll = 0;
        for (Observation o : obs) {
            double ui = dot(beta, regressors(o.initiatorSide())) + offset(o.initiatorSide());
            double ur = dot(beta, regressors(o.otherSide())) + offset(o.otherSide());
            double m = Math.max(0, Math.max(ui, ur));
            double log = m + Math.log(Math.exp(-m) + Math.exp(ui - m) + Math.exp(ur - m));
            ll += (o.choice() > 0 ? ui : o.choice() < 0 ? ur : 0) - log;
        }
        return ll;
    }

    /** Plain maximum likelihood (no prior). */
    public static Result fit(List<Observation> obs, DecisionWeights start) { return fit(obs, start, start, Double.POSITIVE_INFINITY); }

    /**
     * @param prior the centre of the Gaussian prior on each weight
     * @param sigma its standard deviation (infinite: plain maximum likelihood)
     */
    public static Result fit(List<Observation> obs, DecisionWeights start, DecisionWeights prior, double sigma) {
        return fit(obs, vector(start), vector(prior), sigma, new boolean[K]);
    }

    /**
     * The fit under the theory's signs ({@link #NON_NEGATIVE}), by active sets: fit the free weights; while a
     * constrained weight comes out negative, fix the most negative at 0 and refit the others; then free a fixed
     * weight again if the objective's slope at 0 points upward (the Karush–Kuhn–Tucker condition), and repeat.
     */
    public static Result fitWithSigns(List<Observation> obs, DecisionWeights start, DecisionWeights prior, double sigma) {
        double[] mu = vector(prior);
        boolean[] fixed = new boolean[K];
        double[] from = vector(start);
        for (int a = 0; a < K; a++) if (NON_NEGATIVE[a] && from[a] < 0) from[a] = 0;
        Result r = fit(obs, from, mu, sigma, fixed);
        for (int round = 0; round < 4 * K; round++) {
            int worst = -1;
            for (int a = 0; a < K; a++) if (NON_NEGATIVE[a] && !fixed[a] && r.weights()[a] < 0 && (worst < 0 || r.weights()[a] < r.weights()[worst])) worst = a;
            if (worst >= 0) {
                fixed[worst] = true;
                double[] next = r.weights().clone();
                next[worst] = 0;
                for (int a = 0; a < K; a++) if (NON_NEGATIVE[a] && next[a] < 0) next[a] = 0;
                r = fit(obs, next, mu, sigma, fixed);
                continue;
            }
            double[] grad = gradient(obs, r.weights(), mu, Double.isInfinite(sigma) ? 0 : 1 / (sigma * sigma));
            int release = -1;
            for (int a = 0; a < K; a++) if (fixed[a] && grad[a] > 1e-9 && (release < 0 || grad[a] > grad[release])) release = a;
            if (release < 0) break;
            fixed[release] = false;
            r = fit(obs, r.weights(), mu, sigma, fixed);
        }
        return new Result(r.weights(), r.standardErrors(), r.logLikelihood(), logLikelihood(obs, vector(start)), r.observations(),
                r.joins(), r.iterations(), r.converged());
    }

    /** The gradient of the penalised log-likelihood. */
    static double[] gradient(List<Observation> obs, double[] beta, double[] mu, double precision) {
        double[] grad = new double[K];
        for (Observation o : obs) {
            double[] xi = regressors(o.initiatorSide()), xr = regressors(o.otherSide());
            double[] p = Terms.probabilities(dot(beta, xi) + offset(o.initiatorSide()), dot(beta, xr) + offset(o.otherSide()));
            double[] x = o.choice() > 0 ? xi : o.choice() < 0 ? xr : new double[K];
            for (int a = 0; a < K; a++) grad[a] += x[a] - p[1] * xi[a] - p[2] * xr[a];
        }
        for (int a = 0; a < K; a++) grad[a] -= precision * (beta[a] - mu[a]);
        return grad;
    }

    /** @param fixed weights held at their start values (their step is 0; their standard error NaN) */
    private static Result fit(List<Observation> obs, double[] startVector, double[] mu, double sigma, boolean[] fixed) {
        double[] beta = startVector.clone();
        double precision = Double.isInfinite(sigma) ? 0 : 1 / (sigma * sigma);
        double startLl = logLikelihood(obs, beta);
        double ll = startLl;
        int joins = 0;
        for (Observation o : obs) if (o.choice() != 0) joins++;
        boolean converged = false;
        int it = 0;
        double[][] info = new double[K][K];
        for (; it < 100; it++) {
            double[] grad = new double[K];
            info = new double[K][K];
            for (Observation o : obs) {
                double[] xi = regressors(o.initiatorSide()), xr = regressors(o.otherSide());
                double ui = dot(beta, xi) + offset(o.initiatorSide()), ur = dot(beta, xr) + offset(o.otherSide());
                double[] p = Terms.probabilities(ui, ur);
                double[] mean = new double[K];
                for (int a = 0; a < K; a++) mean[a] = p[1] * xi[a] + p[2] * xr[a];
                double[] x = o.choice() > 0 ? xi : o.choice() < 0 ? xr : new double[K];
                for (int a = 0; a < K; a++) {
                    grad[a] += x[a] - mean[a];
                    for (int b = 0; b < K; b++) {
                        info[a][b] += p[1] * xi[a] * xi[b] + p[2] * xr[a] * xr[b] - mean[a] * mean[b];
                    }
                }
            }
            for (int a = 0; a < K; a++) { grad[a] -= precision * (beta[a] - mu[a]); info[a][a] += precision; }
            double[][] h = new double[K][K];
            for (int a = 0; a < K; a++) { h[a] = info[a].clone(); h[a][a] += 1e-6; }
            for (int a = 0; a < K; a++) {
                if (!fixed[a]) continue;
                // a fixed weight: its row and column out of the step (unit diagonal, zero gradient)
                for (int b = 0; b < K; b++) { h[a][b] = 0; h[b][a] = 0; }
                h[a][a] = 1;
                grad[a] = 0;
            }
            double[] step = solve(h, grad);
            double t = 1;
            double[] next = null;
            double nextLl = Double.NEGATIVE_INFINITY;
            for (int halving = 0; halving < 30; halving++, t /= 2) {
                next = new double[K];
                for (int a = 0; a < K; a++) next[a] = beta[a] + t * step[a];
                nextLl = logLikelihood(obs, next);
                if (nextLl - penalty(next, mu, precision) >= ll - penalty(beta, mu, precision) - 1e-12) break;
            }
            double change = 0;
            for (int a = 0; a < K; a++) change = Math.max(change, Math.abs(next[a] - beta[a]));
            beta = next;
            ll = nextLl;
            if (change < 1e-8) { converged = true; break; }
        }
        double[] se = new double[K];
        for (int a = 0; a < K; a++) {
            if (!fixed[a]) continue;
            for (int b = 0; b < K; b++) { info[a][b] = 0; info[b][a] = 0; }
            info[a][a] = 1;
        }
        double[][] cov = inverse(info);
        for (int a = 0; a < K; a++) se[a] = cov == null || cov[a][a] < 0 || fixed[a] ? Double.NaN : Math.sqrt(cov[a][a]);
        return new Result(beta, se, ll, startLl, obs.size(), joins, it, converged);
    }

    private static double penalty(double[] beta, double[] mu, double precision) {
        double p = 0;
        for (int a = 0; a < K; a++) p += 0.5 * precision * (beta[a] - mu[a]) * (beta[a] - mu[a]);
        return p;
    }

    private static double[] vector(DecisionWeights w) {
        return new double[] {w.base(), w.threat(), w.bandwagon(), w.coBelligerence(), w.exposure(), w.contagion(), w.buckPassing()};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    /** Gaussian elimination with partial pivoting; a singular direction gets a zero step. */
    static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][n + 1];
        for (int r = 0; r < n; r++) { System.arraycopy(m[r], 0, a[r], 0, n); a[r][n] = v[r]; }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            double[] tmp = a[c]; a[c] = a[p]; a[p] = tmp;
            if (Math.abs(a[c][c]) < 1e-12) continue;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] x = new double[n];
        for (int r = 0; r < n; r++) x[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : a[r][n] / a[r][r];
        return x;
    }

    static double[][] inverse(double[][] m) {
        int n = m.length;
        double[][] out = new double[n][n];
        for (int c = 0; c < n; c++) {
            double[] e = new double[n];
            e[c] = 1;
            double[] col = solve(m, e);
            for (int r = 0; r < n; r++) out[r][c] = col[r];
        }
        return out;
    }
}
