package org.entente.engine.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.engine.expect.Expectation;

/**
 * An immutable scenario. Every list is in declaration order, which breaks all ties.
 * Build one with {@link #builder(String)}.
 */
public final class Scenario {
    private final String name;
    private final String title;
    private final int from;
    private final int to;
    private final int step;
    private final long seed;
    private final Settings settings;
    private final List<Ideology> ideologies;
    private final List<Region> regions;
    private final List<State> states;
    private final List<Organization> organizations;
    private final List<Actor> actors;
    private final List<Dispute> disputes;
    private final List<Rivalry> rivalries;
    private final List<Propensity> propensities;
    private final List<DeclaredThreat> declaredThreats;
    private final List<Treaty> treaties;
    private final List<Event> events;
    private final List<Expectation> expectations;
    private final Map<String, State> stateByName;
    private final Map<String, Treaty> treatyByName;
    private final Map<String, Ideology> ideologyByName;

    Scenario(ScenarioBuilder b) {
        this.name = b.name;
        this.title = b.title;
        this.from = b.resolvedFrom();
        this.to = b.resolvedTo();
        this.step = Math.max(1, b.step);
        this.seed = b.seed;
        this.settings = b.settings;
        this.ideologies = List.copyOf(b.ideologies.values());
        this.regions = List.copyOf(b.regions.values());
        this.states = List.copyOf(b.states.values());
        this.organizations = List.copyOf(b.organizations.values());
        this.actors = List.copyOf(b.actors.values());
        this.disputes = List.copyOf(b.disputes);
        this.rivalries = List.copyOf(b.rivalries);
        this.propensities = List.copyOf(b.propensities);
        this.declaredThreats = List.copyOf(b.declaredThreats);
        this.treaties = List.copyOf(b.treaties.values());
        this.events = List.copyOf(b.events);
        this.expectations = List.copyOf(b.expectations);
        this.stateByName = Collections.unmodifiableMap(new LinkedHashMap<>(b.states));
        this.treatyByName = Collections.unmodifiableMap(new LinkedHashMap<>(b.treaties));
        this.ideologyByName = Collections.unmodifiableMap(new LinkedHashMap<>(b.ideologies));
    }

    /** A copy with other settings, states and treaties (same names, same order): see {@link #varied}. */
    private Scenario(Scenario base, Settings settings, Map<String, State> states, Map<String, Treaty> treaties) {
        this.name = base.name;
        this.title = base.title;
        this.from = base.from;
        this.to = base.to;
        this.step = base.step;
        this.seed = base.seed;
        this.settings = settings;
        this.ideologies = base.ideologies;
        this.regions = base.regions;
        this.states = List.copyOf(states.values());
        this.organizations = base.organizations;
        this.actors = base.actors;
        this.disputes = base.disputes;
        this.rivalries = base.rivalries;
        this.propensities = base.propensities;
        this.declaredThreats = base.declaredThreats;
        this.treaties = List.copyOf(treaties.values());
        this.events = base.events;
        this.expectations = base.expectations;
        this.stateByName = Collections.unmodifiableMap(states);
        this.treatyByName = Collections.unmodifiableMap(treaties);
        this.ideologyByName = base.ideologyByName;
    }

    public static ScenarioBuilder builder(String name) { return new ScenarioBuilder(name); }

    /**
     * This scenario with other settings, and with the given states and treaties in place of the declared ones
     * of the same names (declaration order kept; a name not declared here is ignored). A sweep's parameter
     * points are made this way (docs/sweep.md).
     */
    public Scenario varied(Settings settings, Collection<State> replacedStates, Collection<Treaty> replacedTreaties) {
        if (settings == null) throw new IllegalArgumentException("settings must not be null");
        Map<String, State> s = new LinkedHashMap<>(stateByName);
        for (State state : replacedStates) s.replace(state.name(), state);
        Map<String, Treaty> t = new LinkedHashMap<>(treatyByName);
        for (Treaty treaty : replacedTreaties) t.replace(treaty.name(), treaty);
        return new Scenario(this, settings, s, t);
    }

    public String name() { return name; }
    /** The title string, or the name when none was given. */
    public String title() { return title == null ? name : title; }
    public int from() { return from; }
    public int to() { return to; }
    public int step() { return step; }
    public long seed() { return seed; }
    public Settings settings() { return settings; }
    public List<Ideology> ideologies() { return ideologies; }
    public List<Region> regions() { return regions; }
    public List<State> states() { return states; }
    public List<Organization> organizations() { return organizations; }
    public List<Actor> actors() { return actors; }
    public List<Dispute> disputes() { return disputes; }
    public List<Rivalry> rivalries() { return rivalries; }
    public List<Propensity> propensities() { return propensities; }
    public List<DeclaredThreat> declaredThreats() { return declaredThreats; }
    public List<Treaty> treaties() { return treaties; }
    public List<Event> events() { return events; }
    public List<Expectation> expectations() { return expectations; }

    public Optional<State> state(String name) { return Optional.ofNullable(stateByName.get(name)); }
    public Optional<Treaty> treaty(String name) { return Optional.ofNullable(treatyByName.get(name)); }
    public Optional<Ideology> ideology(String name) { return Optional.ofNullable(ideologyByName.get(name)); }

    /** The turn years: from, from+step, ... up to and including the last that is ≤ to. */
    public int[] turnYears() {
        int n = to < from ? 1 : (to - from) / step + 1;
        int[] years = new int[n];
        for (int k = 0; k < n; k++) years[k] = from + k * step;
        return years;
    }

    /** Whether ideologies a and b oppose each other (symmetric: either side's declaration counts). */
    public boolean opposed(String a, String b) {
        if (a == null || b == null || a.equals(b)) return false;
        Ideology ia = ideologyByName.get(a), ib = ideologyByName.get(b);
        return (ia != null && ia.opposes().contains(b)) || (ib != null && ib.opposes().contains(a));
    }
}
