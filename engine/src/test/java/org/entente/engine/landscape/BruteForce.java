package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Reference implementation for tests: enumerates every configuration with actor 0 on side A and
 * evaluates the formula of docs/landscape.md directly with {@link LandscapeProblem#energy}, no incremental updates.
 */
final class BruteForce {

    final LandscapeProblem problem;
    final int n;
    final List<boolean[]> configs = new ArrayList<>();
    final double[] energies;

    BruteForce(LandscapeProblem problem) {
        this.problem = problem;
        this.n = problem.actorCount();
        for (int bits = 0; bits < 1 << (n - 1); bits++) {
            boolean[] onB = new boolean[n];
            for (int i = 1; i < n; i++) {
                onB[i] = ((bits >> (i - 1)) & 1) != 0;
            }
            configs.add(onB);
        }
        energies = new double[configs.size()];
        for (int c = 0; c < configs.size(); c++) {
            energies[c] = problem.energy(configs.get(c));
        }
    }

    static boolean[] flip(boolean[] onB, int i) {
        boolean[] f = onB.clone();
        f[i] = !f[i];
        if (f[0]) {
            for (int k = 0; k < f.length; k++) {
                f[k] = !f[k];
            }
        }
        return f;
    }

    int indexOf(boolean[] onB) {
        int bits = 0;
        for (int i = 1; i < n; i++) {
            if (onB[i] != onB[0]) {
                bits |= 1 << (i - 1);
            }
        }
        return bits;
    }

    double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double e : energies) {
            m = Math.min(m, e);
        }
        return m;
    }

    /** Exact comparison: only meaningful for integer-valued inputs (doubles are then exact). */
    boolean isLocalMin(int c) {
        for (int i = 0; i < n; i++) {
            if (energies[indexOf(flip(configs.get(c), i))] < energies[c]) {
                return false;
            }
        }
        return true;
    }

    /** Steepest descent: largest decrease, ties to the lowest actor index. */
    int successor(int c) {
        double best = 0;
        int to = c;
        for (int i = 0; i < n; i++) {
            int d = indexOf(flip(configs.get(c), i));
            double delta = energies[d] - energies[c];
            if (delta < best) {
                best = delta;
                to = d;
            }
        }
        return to;
    }

    int sink(int c) {
        int x = c;
        int y;
        while ((y = successor(x)) != x) {
            x = y;
        }
        return x;
    }

    String describe(int c) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (configs.get(c)[i] ? b : a).add(problem.actors().get(i));
        }
        return a + "|" + b;
    }
}
