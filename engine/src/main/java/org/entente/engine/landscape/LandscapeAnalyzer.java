package org.entente.engine.landscape;

import java.util.Objects;

/**
 * Landscape theory (Axelrod &amp; Bennett 1993): which two-coalition splits of a set of actors are
 * stable. See {@code docs/landscape.md} for the formulas, the algorithms and how to read results.
 *
 * <p>Up to {@link LandscapeOptions#exactMaxActors()} actors (at most 30) the analysis is exact
 * (Gray-code enumeration of all 2^(n−1) splits); beyond, a seeded, repeatable multi-start steepest
 * descent ({@link LandscapeResult#exact()} is false). Deterministic: the same problem and options
 * give the same result.
 */
public final class LandscapeAnalyzer {

    private LandscapeAnalyzer() {
    }

    public static LandscapeResult analyze(LandscapeProblem problem, LandscapeOptions options) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(options, "options");
        if (problem.actorCount() <= options.exactMaxActors()) {
            return ExactSolver.solve(problem, options);
        }
        return HeuristicSolver.solve(problem, options);
    }

    /** {@link #analyze(LandscapeProblem, LandscapeOptions)} with {@link LandscapeOptions#defaults()}. */
    public static LandscapeResult analyze(LandscapeProblem problem) {
        return analyze(problem, LandscapeOptions.defaults());
    }
}
