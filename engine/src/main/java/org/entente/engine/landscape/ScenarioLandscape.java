package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.engine.model.Dispute;
import org.entente.engine.model.Event;
import org.entente.engine.model.Rivalry;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.State;
import org.entente.engine.model.Treaty;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.treaty.TreatyCalendar;

/**
 * Maps a scenario at one turn to a {@link LandscapeProblem} (docs/landscape.md, "Input"):
 * <ul>
 *   <li><b>actors</b>: the states living at the end of the turn, in declaration order (non-state
 *       actors take no part);</li>
 *   <li><b>size</b>: the declared {@code size}, else the state's power that turn
 *       ({@link StateTurn#power()}, the CINC-style share computed by the simulation, so sizes of
 *       undeclared states sum to at most 1);</li>
 *   <li><b>propensity</b> p_ij: a declared {@code propensity i, j N} (symmetric; the last declaration of
 *       a pair wins), else {@link PropensityRule#derive} of: same ideology, opposed ideologies, a dispute,
 *       a rivalry, and a treaty in force between i and j that turn. "In force" is the turn's treaty status
 *       ({@link Turn#treatyStatus()}); the parties are the declared ones after the {@code joins},
 *       {@code leaves}, {@code annexes} and {@code collapses} events up to the turn's year, replayed in
 *       file order the way the simulation applies them (the trace does not record memberships).</li>
 * </ul>
 * The mapping never re-computes power: without a trace, {@link #atYear} runs the simulation up to the
 * year and uses that turn.
 */
public final class ScenarioLandscape {

    /** Where a size or a propensity came from, for reports. */
    public enum Source { DECLARED, POWER, DERIVED }

    /** The problem and, per actor and per pair, where its numbers came from. */
    public record Mapping(int year, LandscapeProblem problem, List<Source> sizeSources,
                          Map<String, Source> propensitySources) {
        public Mapping {
            sizeSources = List.copyOf(sizeSources);
            propensitySources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(propensitySources));
        }

        /** Whether p(a, b) was declared ({@link Source#DECLARED}) or derived ({@link Source#DERIVED}). */
        public Source propensitySource(String a, String b) {
            return propensitySources.getOrDefault(pairKey(a, b), Source.DERIVED);
        }
    }

    private ScenarioLandscape() {
    }

    /** The landscape problem of the scenario at the end of {@code turn}. */
    public static LandscapeProblem problem(Scenario scenario, Turn turn) {
        return map(scenario, turn).problem();
    }

    /** Runs the simulation up to {@code year} and maps the turn covering it (the first turn whose year is ≥ year, else the last). */
    public static Mapping atYear(Scenario scenario, int year) {
        Objects.requireNonNull(scenario, "scenario");
        Trace trace = Simulation.run(scenario, SimulationOptions.defaults().until(coveringYear(scenario, year)));
        return map(scenario, trace.last());
    }

    /**
     * One landscape analysis as {@code entente landscape} and the editor's Landscape lens make it: the
     * simulation up to the turn covering the year (answering {@code expect landscape}), the mapping of
     * that turn, and its analysis; mapping and result are null when no state is alive in that turn.
     */
    public record Analysis(Trace trace, Mapping mapping, LandscapeResult result) {
        public Turn turn() {
            return trace.last();
        }

        public boolean hasStates() {
            return result != null;
        }
    }

    /** Simulates up to the turn covering {@code year}, maps it and analyses it ({@link Analysis}). */
    public static Analysis analyse(Scenario scenario, int year, LandscapeOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Trace trace = Simulation.run(scenario,
                SimulationOptions.defaults().until(coveringYear(scenario, year)).withLandscape(new ScenarioLandscapeOracle()));
        if (trace.last().states().isEmpty()) return new Analysis(trace, null, null);
        Mapping mapping = map(scenario, trace.last());
        return new Analysis(trace, mapping, LandscapeAnalyzer.analyze(mapping.problem(), options));
    }

    /** The turn year covering {@code year}: the first turn year ≥ year, else the last turn year. */
    public static int coveringYear(Scenario scenario, int year) {
        int[] years = scenario.turnYears();
        for (int y : years) if (y >= year) return y;
        return years[years.length - 1];
    }

    /** The problem with the provenance of its numbers. */
    public static Mapping map(Scenario scenario, Turn turn) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(turn, "turn");
        List<StateTurn> living = turn.states();
        if (living.isEmpty()) throw new IllegalArgumentException("no state is alive in " + turn.year());
        LandscapeProblem.Builder b = LandscapeProblem.builder();
        List<Source> sizeSources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (StateTurn st : living) {
            State decl = scenario.state(st.name()).orElse(null);
            Double declared = decl == null ? null : decl.size();
            if (declared != null && Double.isFinite(declared) && declared >= 0) {
                b.actor(st.name(), declared);
                sizeSources.add(Source.DECLARED);
            } else {
                b.actor(st.name(), Math.max(0.0, st.power()));
                sizeSources.add(Source.POWER);
            }
            names.add(st.name());
        }
        Map<String, Double> declared = new LinkedHashMap<>();
        for (org.entente.engine.model.Propensity p : scenario.propensities()) {
            if (!p.a().equals(p.b()) && Double.isFinite(p.value())) declared.put(pairKey(p.a(), p.b()), p.value());
        }
        List<List<String>> treatyParties = partiesInForce(scenario, turn);
        Map<String, Source> sources = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i), c = names.get(j);
                String key = pairKey(a, c);
                double p;
                if (declared.containsKey(key)) {
                    p = declared.get(key);
                    sources.put(key, Source.DECLARED);
                } else {
                    p = derived(scenario, a, c, treatyParties);
                }
                if (p != 0.0) b.mutual(a, c, p);
            }
        }
        return new Mapping(turn.year(), b.build(), sizeSources, sources);
    }

    /** The rule for one pair (docs/landscape.md, "Input"), given the parties of every treaty in force. */
    static double derived(Scenario sc, String a, String b, List<List<String>> treatyParties) {
        String ia = sc.state(a).map(State::ideology).orElse(null);
        String ib = sc.state(b).map(State::ideology).orElse(null);
        boolean same = ia != null && ia.equals(ib);
        boolean opposed = sc.opposed(ia, ib);
        boolean dispute = false;
        for (Dispute d : sc.disputes()) dispute |= samePair(d.a(), d.b(), a, b);
        boolean rivalry = false;
        for (Rivalry r : sc.rivalries()) rivalry |= samePair(r.a(), r.b(), a, b);
        boolean treaty = false;
        for (List<String> parties : treatyParties) treaty |= parties.contains(a) && parties.contains(b);
        return PropensityRule.derive(same, opposed, dispute, rivalry, treaty);
    }

    /**
     * Parties of each treaty in force at the end of the turn. Status from the trace; without a status
     * in the turn (a treaty the trace does not know), the calendar ({@link TreatyCalendar#inForce}).
     */
    static List<List<String>> partiesInForce(Scenario sc, Turn turn) {
        List<List<String>> out = new ArrayList<>();
        for (Treaty t : sc.treaties()) {
            TreatyStatus s = turn.treatyStatus().get(t.name());
            boolean inForce = s != null ? s == TreatyStatus.IN_FORCE : TreatyCalendar.inForce(t, turn.year());
            if (inForce) out.add(parties(t, sc.events(), turn.year()));
        }
        return out;
    }

    /** Declared parties after the membership-changing events up to {@code year}, in file order. */
    static List<String> parties(Treaty t, List<Event> events, int year) {
        List<String> out = new ArrayList<>(t.parties());
        for (Event e : events) {
            if (e.year() > year) continue;
            if (e instanceof Event.Join j && j.treaty().equals(t.name())) {
                if (!out.contains(j.state())) out.add(j.state());
            } else if (e instanceof Event.Leave l && l.treaty().equals(t.name())) {
                out.remove(l.state());
            } else if (e instanceof Event.Annex a) {
                int k = out.indexOf(a.annexed());
                if (k >= 0 && !a.annexer().equals(a.annexed())) {
                    if (out.contains(a.annexer())) out.remove(k);
                    else out.set(k, a.annexer());
                }
            } else if (e instanceof Event.Collapse c) {
                out.remove(c.state());
            }
        }
        return out;
    }

    private static boolean samePair(String x, String y, String a, String b) {
        return (x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a));
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
