package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random landscapes for tests and the benchmark's twin. */
final class RandomProblems {

    private RandomProblems() {
    }

    /** Integer sizes 0..5 and integer asymmetric propensities −3..3: doubles are exact, no rounding. */
    static LandscapeProblem integral(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] s = new double[n];
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            s[i] = rnd.nextInt(6);
            for (int j = 0; j < n; j++) {
                p[i][j] = i == j ? 0 : rnd.nextInt(7) - 3;
            }
        }
        return LandscapeProblem.of(names(n), s, p);
    }

    /** Real-valued sizes in [0, 1) (like power shares) and propensities in [−2, 2). */
    static LandscapeProblem real(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] s = new double[n];
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            s[i] = rnd.nextDouble();
            for (int j = 0; j < n; j++) {
                p[i][j] = i == j ? 0 : rnd.nextDouble(-2, 2);
            }
        }
        return LandscapeProblem.of(names(n), s, p);
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("S" + i);
        }
        return names;
    }
}
