package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.List;

/** Turns side flags into reported records, with energies and frustrations by the formulas of docs/landscape.md. */
final class Reporter {

    private final LandscapeProblem problem;

    Reporter(LandscapeProblem problem) {
        this.problem = problem;
    }

    /** {@code onB[0]} must be false (actor 0 on side A). */
    Configuration configuration(boolean[] onB) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < onB.length; i++) {
            (onB[i] ? b : a).add(problem.actors().get(i));
        }
        return new Configuration(a, b, problem.energy(onB));
    }

    List<ActorStanding> standings(Configuration c) {
        int n = problem.actorCount();
        boolean[] onB = new boolean[n];
        for (String name : c.sideB()) {
            onB[problem.indexOf(name)] = true;
        }
        List<ActorStanding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ActorStanding(problem.actors().get(i), onB[i] ? Side.B : Side.A,
                    problem.size(i), problem.frustration(i, onB)));
        }
        return out;
    }
}
