package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.engine.expect.LandscapeOracle;
import org.entente.engine.model.Scenario;
import org.entente.engine.trace.Turn;

/**
 * Evaluates {@code expect landscape A, B | C, D} against the global minimum of the turn's landscape
 * ({@link ScenarioLandscape}, {@link LandscapeResult#globalMinimumSplits}): it holds when some
 * minimum-energy split puts every actor of the first list on one side and every actor of the second on
 * the other (either orientation; unlisted actors are free). The observed value names the minimum
 * split, its energy and, when several splits tie, how many.
 *
 * <p>Each turn is analysed once per oracle instance (results are kept by turn identity), so one
 * instance serves one run; basins are not needed here and are only sampled minimally.
 */
public final class ScenarioLandscapeOracle implements LandscapeOracle {

    private final LandscapeOptions options;
    private final Map<Turn, LandscapeResult> results = new IdentityHashMap<>();

    public ScenarioLandscapeOracle() {
        this(LandscapeOptions.defaults().withTopK(1).withExactBasinMaxActors(1).withBasinSamples(1).withMaxLocalMinima(1));
    }

    public ScenarioLandscapeOracle(LandscapeOptions options) {
        this.options = options;
    }

    @Override
    public synchronized Verdict evaluate(Scenario scenario, Turn turn, List<String> sideA, List<String> sideB) {
        List<String> missing = new ArrayList<>();
        for (List<String> side : List.of(sideA, sideB)) {
            for (String s : side) if (turn.state(s).isEmpty() && !missing.contains(s)) missing.add(s);
        }
        if (!missing.isEmpty()) {
            return new Verdict(false, String.join(", ", missing) + (missing.size() == 1 ? " does" : " do")
                    + " not exist in " + turn.year() + " (landscape actors are the living states)");
        }
        if (sideA.isEmpty() && sideB.isEmpty()) return new Verdict(false, "no actor named");
        LandscapeResult r = results.computeIfAbsent(turn,
                t -> LandscapeAnalyzer.analyze(ScenarioLandscape.problem(scenario, t), options));
        boolean holds;
        try {
            holds = r.globalMinimumSplits(sideA, sideB);
        } catch (IllegalArgumentException e) {
            return new Verdict(false, e.getMessage());
        }
        return new Verdict(holds, describe(r));
    }

    /** "minimum GMY, AUH | FRN, RUS (E=-0.1234)", with "; 2 splits tie" and "(best found)" where they apply. */
    public static String describe(LandscapeResult r) {
        Configuration c = r.globalMinimum();
        StringBuilder sb = new StringBuilder(r.exact() ? "minimum " : "best found (heuristic) ");
        sb.append(String.join(", ", c.sideA())).append(" | ").append(String.join(", ", c.sideB()));
        sb.append(String.format(Locale.ROOT, " (E=%.4f)", c.energy()));
        if (r.globalMinimumCount() > 1) sb.append("; ").append(r.globalMinimumCount()).append(" splits tie at the minimum");
        return sb.toString();
    }
}
