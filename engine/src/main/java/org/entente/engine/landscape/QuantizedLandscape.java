package org.entente.engine.landscape;

/**
 * The landscape as exact integers. The energy over ordered pairs equals a sum over unordered pairs,
 * {@code E = Σ_{i<j} w_ij d_ij} with {@code w_ij = s_i s_j (p_ij + p_ji)}. Each {@code w_ij} is put on a
 * fixed-point grid of {@code 2^-RESOLUTION_BITS × Σ|w|} (rounded to nearest), so that energies,
 * flip gains, ties and the local-minimum test are exact integer arithmetic: Gray-code updates never
 * drift, and equal energies compare equal. Differences below the grid step (about 1e-12 of the
 * total weight) count as ties.
 *
 * <p>With spins {@code σ_i = +1} (side A) / {@code −1} (side B) and fields {@code f_i = Σ_j q_ij σ_j},
 * flipping actor i changes the energy by {@code σ_i f_i}; flipping it changes every
 * {@code f_j} by {@code −2 q_ij σ_i} (old σ_i).
 */
final class QuantizedLandscape {

    static final int RESOLUTION_BITS = 40;

    final int n;
    /** q[i*n + j] = q_ij, symmetric, zero diagonal. */
    final long[] q;
    /** 2 q_ij. */
    final long[] q2;

    QuantizedLandscape(LandscapeProblem p) {
        n = p.actorCount();
        double[] w = new double[n * n];
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = p.size(i) * p.size(j) * (p.propensity(i, j) + p.propensity(j, i));
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("landscape weights overflow: sizes or propensities too large");
                }
                w[i * n + j] = v;
                total += Math.abs(v);
            }
        }
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("landscape weights overflow: sizes or propensities too large");
        }
        int k = total == 0.0 ? 0 : RESOLUTION_BITS - 1 - Math.getExponent(total);
        q = new long[n * n];
        q2 = new long[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                long v = Math.round(Math.scalb(w[i * n + j], k));
                q[i * n + j] = v;
                q[j * n + i] = v;
                q2[i * n + j] = 2 * v;
                q2[j * n + i] = 2 * v;
            }
        }
    }

    /** Quantized energy of spins {@code sigma} (±1). */
    long energy(long[] sigma) {
        long e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sigma[i] != sigma[j]) {
                    e += q[i * n + j];
                }
            }
        }
        return e;
    }

    /** Fills {@code f} with the fields of {@code sigma}. */
    void fields(long[] sigma, long[] f) {
        for (int i = 0; i < n; i++) {
            long s = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                s += q[row + j] * sigma[j];
            }
            f[i] = s;
        }
    }

    /**
     * Steepest-descent rule: the actor whose switch lowers the energy most (most negative
     * {@code σ_i f_i}); ties to the lowest declaration index; −1 when no switch strictly lowers it
     * (a local minimum).
     */
    int steepest(long[] sigma, long[] f) {
        long min = 0;
        int arg = -1;
        for (int i = 0; i < n; i++) {
            long v = sigma[i] * f[i];
            if (v < min) {
                min = v;
                arg = i;
            }
        }
        return arg;
    }

    /** Switches actor {@code a}, updating the fields; returns the energy change. */
    long flip(long[] sigma, long[] f, int a) {
        long delta = sigma[a] * f[a];
        int row = a * n;
        if (sigma[a] > 0) {
            for (int j = 0; j < n; j++) {
                f[j] -= q2[row + j];
            }
        } else {
            for (int j = 0; j < n; j++) {
                f[j] += q2[row + j];
            }
        }
        sigma[a] = -sigma[a];
        return delta;
    }

    /** Runs steepest descent to a local minimum; returns the total energy change (≤ 0). */
    long descend(long[] sigma, long[] f) {
        long d = 0;
        int a;
        while ((a = steepest(sigma, f)) >= 0) {
            d += flip(sigma, f, a);
        }
        return d;
    }
}
