package org.entente.engine.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.engine.decision.Decision;
import org.entente.engine.decision.DecisionObserver;
import org.entente.engine.decision.DecisionText;
import org.entente.engine.model.Scenario;
import org.entente.engine.posture.ReasonWriter;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.threat.ThreatBreakdown;
import org.entente.engine.trace.Fmt;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;

/**
 * For one state, each turn: its threat breakdown against every other state, its primary threat, its reasoning and
 * every decision it took about a war, also each time it stayed out (docs/semantics.md §6a, "Every decision explains
 * itself").
 */
public final class ExplainReport {
    private ExplainReport() {}

    /** A run made for {@code --explain}: its trace (expectations and all) and the report of the state. */
    public record Explained(Trace trace, String text) {}

    /** Runs the scenario keeping every breakdown of {@code state} and every decision it takes, then renders it. */
    public static String render(Scenario scenario, String state, SimulationOptions options) {
        return explain(scenario, state, options).text();
    }

    /**
     * The same, with the run's trace: the decisions to stay out are seen through an observer, since the trace lists
     * only entries and abandoned allies.
     */
    public static Explained explain(Scenario scenario, String state, SimulationOptions options) {
        SimulationOptions o = (options == null ? SimulationOptions.defaults() : options);
        Map<Integer, Map<Integer, Decision>> abstentions = new HashMap<>();
        DecisionObserver earlier = o.observer();
        DecisionObserver recorder = (year, d, initiatorSide, otherSide) -> {
            if (earlier != null) earlier.decided(year, d, initiatorSide, otherSide);
            // the last decision of the turn about each war: a state reconsiders after every round that changed a war
            if (d.state().equals(state)) {
                Map<Integer, Decision> ofYear = abstentions.computeIfAbsent(year, y -> new TreeMap<>());
                ofYear.remove(d.war());
                if (d.choice() == 0) ofYear.put(d.war(), d);
            }
        };
        Trace trace = Simulation.run(scenario, o.explaining(state).observing(recorder));
        return new Explained(trace, render(trace, state, abstentions));
    }

    public static String render(Scenario scenario, String state) { return render(scenario, state, null); }

    /** Renders from a trace that was run with {@code explaining(state)}; other turns show the primary threat only. */
    public static String render(Trace trace, String state) {
        return render(trace, state, Map.of());
    }

    /** The same, with the state's abstentions by year and war (those the trace does not list are added). */
    private static String render(Trace trace, String state, Map<Integer, Map<Integer, Decision>> abstentions) {
        StringBuilder sb = new StringBuilder("Explain ").append(state).append(" in ").append(trace.scenario().name()).append('\n');
        if (trace.scenario().state(state).isEmpty()) return sb.append("  no state named ").append(state).append('\n').toString();
        org.entente.engine.model.State declared = trace.scenario().state(state).get();
        String entry = state + " enters the state system";
        for (Turn t : trace.turns()) {
            sb.append("\n== ").append(t.year()).append(" ==\n");
            Optional<StateTurn> st = t.state(state);
            if (st.isEmpty()) {
                // before its entry year (docs/semantics.md §1, "Entry") or after an annexation or collapse
                if (declared.absentIn(t.year())) sb.append("  ").append(state).append(" is not in the state system yet (it enters in ").append(declared.since()).append(")\n");
                else sb.append("  ").append(state).append(" no longer exists\n");
                continue;
            }
            StateTurn s = st.get();
            if (t.events().contains(entry)) sb.append("  ").append(entry).append(" this turn\n");
            sb.append("  power ").append(Fmt.f4(s.power())).append(s.greatPower() ? " (great power)" : "")
                    .append(", domestic threat ").append(Fmt.f2(s.domesticThreat())).append('\n');
            List<ThreatBreakdown> all = s.threats().isEmpty() && s.breakdown() != null ? List.of(s.breakdown()) : s.threats();
            for (ThreatBreakdown b : all) {
                sb.append("  T(").append(state).append(", ").append(b.to()).append(") = ").append(Fmt.f2(b.value()))
                        .append(": power ").append(Fmt.f2(b.powerTerm())).append(" (rel ").append(Fmt.f2(b.rel())).append(")")
                        .append(", proximity ").append(Fmt.f2(b.proximityTerm())).append(" (").append(b.hops() < 0 ? "unreachable" : b.hops() + " hop" + (b.hops() == 1 ? "" : "s")).append(")")
                        .append(", offensive ").append(Fmt.f2(b.offensiveTerm())).append(" (off ").append(Fmt.f2(b.offensive())).append(")")
                        .append(", intent ").append(Fmt.f2(b.intentTerm())).append(" (").append(Fmt.f2(b.intent())).append(")");
                for (var m : b.modifiers()) sb.append("; ").append(ReasonWriter.modifier(m));
                if (b.source() == ThreatBreakdown.Source.COMPUTED && b.raw() != b.value()) sb.append("; clamped from ").append(Fmt.f2(b.raw()));
                sb.append('\n');
            }
            sb.append("  primary threat: ").append(s.primaryThreat() == null ? "none" : s.primaryThreat() + " " + Fmt.f2(s.threat())).append('\n');
            sb.append("  ").append(s.reason()).append('\n');
            // its decisions about wars this turn (docs/semantics.md §6): the terms of the choice and of the best alternative
            Set<Integer> listed = new HashSet<>();
            for (var e : t.warEntries()) {
                if (e.decision() != null && e.state().equals(state)) {
                    sb.append("  war #").append(e.war()).append(": ").append(e.cause()).append('\n');
                    listed.add(e.war());
                }
            }
            abstentions.getOrDefault(t.year(), Map.of()).forEach((war, d) -> {
                if (!listed.contains(war)) {
                    sb.append("  war #").append(war).append(": ").append(DecisionText.stayingOut(state, war, d, d.alternative())).append('\n');
                }
            });
        }
        return sb.toString();
    }
}
