package org.entente.engine.landscape;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Outcome of {@link LandscapeAnalyzer#analyze}. All lists are unmodifiable and in a deterministic
 * order: configurations by energy, ties by the order described in {@code docs/landscape.md} (the
 * first actor, in declaration order, whose side differs is on side A in the earlier one).
 *
 * @param actors                 actor names in declaration order
 * @param exact                  true when every configuration was enumerated; false for the heuristic
 *                               (then "global minimum" means "best found")
 * @param globalMinimum          the lowest-energy configuration (first in tie order)
 * @param globalMinimumCount     how many configurations share the minimal energy (exact: in the whole
 *                               landscape; heuristic: among the distinct local minima found)
 * @param globalMinima           the configurations tied at the minimal energy, at most
 *                               {@code maxTiedMinima} of them, in tie order
 * @param standings              each actor's side and frustration at {@code globalMinimum}, declaration order
 * @param best                   the {@code topK} lowest-energy configurations (exact), or the {@code topK}
 *                               best distinct local minima found (heuristic)
 * @param localMinima            local minima by energy, at most {@code maxLocalMinima} of them
 * @param localMinimumCount      total number of local minima (exact), or distinct local minima found (heuristic)
 * @param basinMethod            how {@link LocalMinimum#basinCount()} was obtained
 * @param basinPopulation        denominator of basin shares: 2^(n−1) configurations ({@link BasinMethod#EXACT})
 *                               or the number of sampled starts ({@link BasinMethod#SAMPLED})
 * @param configurationsExamined configurations enumerated (exact) or descent starts (heuristic)
 * @param seed                   the seed used
 */
public record LandscapeResult(List<String> actors, boolean exact, Configuration globalMinimum,
                              long globalMinimumCount, List<Configuration> globalMinima,
                              List<ActorStanding> standings, List<Configuration> best,
                              List<LocalMinimum> localMinima, long localMinimumCount,
                              BasinMethod basinMethod, long basinPopulation,
                              long configurationsExamined, long seed) {

    public LandscapeResult {
        actors = List.copyOf(actors);
        globalMinima = List.copyOf(globalMinima);
        standings = List.copyOf(standings);
        best = List.copyOf(best);
        localMinima = List.copyOf(localMinima);
    }

    /** The minimal energy (best found when not {@link #exact()}). */
    public double minimumEnergy() {
        return globalMinimum.energy();
    }

    /** True when more local minima exist than are listed in {@link #localMinima()}. */
    public boolean localMinimaTruncated() {
        return localMinimumCount > localMinima.size();
    }

    /**
     * The check behind {@code expect landscape A, B | C, D}: true when some global-minimum
     * configuration puts every actor of {@code sideA} on one side and every actor of {@code sideB} on
     * the other, in either orientation.
     *
     * <ul>
     *   <li>Actors not listed are ignored: the expectation constrains only the actors it names.</li>
     *   <li>When several configurations tie at the minimal energy, any of them (among the
     *       {@link #globalMinima()} kept) satisfies the check.</li>
     *   <li>One list may be empty, meaning "all actors of the other list are together".</li>
     *   <li>For a heuristic result the global minimum is the best configuration found.</li>
     * </ul>
     *
     * @throws IllegalArgumentException for an unknown actor, an actor listed twice, or two empty lists
     */
    public boolean globalMinimumSplits(List<String> sideA, List<String> sideB) {
        if (sideA.isEmpty() && sideB.isEmpty()) {
            throw new IllegalArgumentException("a landscape expectation must name at least one actor");
        }
        Set<String> seen = new HashSet<>();
        for (List<String> side : List.of(sideA, sideB)) {
            for (String a : side) {
                if (!actors.contains(a)) {
                    throw new IllegalArgumentException("unknown actor '" + a + "'");
                }
                if (!seen.add(a)) {
                    throw new IllegalArgumentException("actor '" + a + "' listed twice");
                }
            }
        }
        for (Configuration c : globalMinima) {
            if (splits(c, sideA, sideB)) {
                return true;
            }
        }
        return false;
    }

    private static boolean splits(Configuration c, List<String> sideA, List<String> sideB) {
        Side first = !sideA.isEmpty() ? c.sideOf(sideA.get(0)) : c.sideOf(sideB.get(0)).opposite();
        for (String a : sideA) {
            if (c.sideOf(a) != first) {
                return false;
            }
        }
        for (String b : sideB) {
            if (c.sideOf(b) != first.opposite()) {
                return false;
            }
        }
        return true;
    }
}
