package org.entente.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.entente.engine.expect.Expectation;

/**
 * Fluent builder of a {@link Scenario}. Declaration order is kept everywhere. References to unknown
 * names are kept as written and ignored by the simulation (the DSL validator reports them); a second
 * declaration with an already used name is ignored (the first wins). Null or blank names throw
 * {@link IllegalArgumentException}.
 */
public final class ScenarioBuilder {
    final String name;
    String title;
    Integer from, to;
    int step = 1;
    long seed;
    Settings settings = Settings.defaults();
    final Map<String, Ideology> ideologies = new LinkedHashMap<>();
    final Map<String, Region> regions = new LinkedHashMap<>();
    final Map<String, State> states = new LinkedHashMap<>();
    final Map<String, Organization> organizations = new LinkedHashMap<>();
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final List<Dispute> disputes = new ArrayList<>();
    final List<Rivalry> rivalries = new ArrayList<>();
    final List<Propensity> propensities = new ArrayList<>();
    final List<DeclaredThreat> declaredThreats = new ArrayList<>();
    final Map<String, Treaty> treaties = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    final List<Expectation> expectations = new ArrayList<>();

    ScenarioBuilder(String name) { this.name = Names.require(name, "scenario name"); }

    public ScenarioBuilder title(String title) { this.title = title; return this; }
    /** {@code from Y1 to Y2}. Without it the run spans the years of the events and expectations (or year 0). */
    public ScenarioBuilder years(int from, int to) { this.from = from; this.to = to; return this; }
    /** Years per turn (default 1). */
    public ScenarioBuilder step(int years) {
        if (years < 1) throw new IllegalArgumentException("step must be at least 1, got " + years);
        this.step = years;
        return this;
    }
    public ScenarioBuilder seed(long seed) { this.seed = seed; return this; }
    public ScenarioBuilder settings(Settings settings) {
        if (settings == null) throw new IllegalArgumentException("settings must not be null");
        this.settings = settings;
        return this;
    }

    /** {@code ideology NAME opposes OTHER, ...}. */
    public ScenarioBuilder ideology(String name, String... opposes) { return ideology(name, null, opposes); }
    public ScenarioBuilder ideologyNamed(String name, String fullName, String... opposes) { return ideology(name, fullName, opposes); }
    private ScenarioBuilder ideology(String name, String fullName, String... opposes) {
        ideologies.putIfAbsent(Names.require(name, "ideology name"), new Ideology(name, fullName, Names.list(opposes)));
        return this;
    }
    public ScenarioBuilder region(String name) { return region(name, null); }
    public ScenarioBuilder region(String name, String fullName) {
        regions.putIfAbsent(Names.require(name, "region name"), new Region(name, fullName));
        return this;
    }

    public ScenarioBuilder state(String name) { return state(name, s -> {}); }
    public ScenarioBuilder state(String name, Consumer<StateBuilder> spec) {
        StateBuilder sb = new StateBuilder(name);
        if (spec != null) spec.accept(sb);
        states.putIfAbsent(name, sb.build());
        return this;
    }

    /** {@code organization NAME "Full name" { members ... }}; fullName may be null. */
    public ScenarioBuilder organization(String name, String fullName, String... members) {
        return organization(name, o -> o.fullName(fullName).members(members));
    }
    public ScenarioBuilder organization(String name, Consumer<OrganizationBuilder> spec) {
        OrganizationBuilder ob = new OrganizationBuilder(name);
        if (spec != null) spec.accept(ob);
        organizations.putIfAbsent(name, ob.build());
        return this;
    }

    public ScenarioBuilder actor(String name, Consumer<ActorBuilder> spec) {
        ActorBuilder ab = new ActorBuilder(name);
        if (spec != null) spec.accept(ab);
        actors.putIfAbsent(name, ab.build());
        return this;
    }

    public ScenarioBuilder dispute(String a, String b) { return dispute(a, b, null); }
    public ScenarioBuilder dispute(String a, String b, String label) { disputes.add(new Dispute(a, b, label)); return this; }
    public ScenarioBuilder rivalry(String a, String b) { rivalries.add(new Rivalry(a, b)); return this; }
    public ScenarioBuilder propensity(String a, String b, double value) { propensities.add(new Propensity(a, b, value)); return this; }
    /** {@code threat from -> to N}. */
    public ScenarioBuilder declaredThreat(String from, String to, double value) {
        declaredThreats.add(new DeclaredThreat(from, to, value));
        return this;
    }
    /** {@code threat from -> to low|medium|high}. */
    public ScenarioBuilder declaredThreat(String from, String to, ThreatLevel level) {
        if (level == null) throw new IllegalArgumentException("threat level must not be null");
        return declaredThreat(from, to, level.value());
    }

    public ScenarioBuilder treaty(String name, TreatyKind kind, Consumer<TreatyBuilder> spec) {
        TreatyBuilder tb = new TreatyBuilder(name, kind);
        if (spec != null) spec.accept(tb);
        treaties.putIfAbsent(name, tb.build());
        return this;
    }
    public ScenarioBuilder alliance(String name, Consumer<TreatyBuilder> spec) { return treaty(name, TreatyKind.ALLIANCE, spec); }
    public ScenarioBuilder pact(String name, Consumer<TreatyBuilder> spec) { return treaty(name, TreatyKind.PACT, spec); }
    public ScenarioBuilder entente(String name, Consumer<TreatyBuilder> spec) { return treaty(name, TreatyKind.ENTENTE, spec); }
    public ScenarioBuilder guarantee(String name, Consumer<TreatyBuilder> spec) { return treaty(name, TreatyKind.GUARANTEE, spec); }

    public ScenarioBuilder event(Event event) {
        if (event == null) throw new IllegalArgumentException("event must not be null");
        events.add(event);
        return this;
    }
    public ScenarioBuilder expect(Expectation expectation) {
        if (expectation == null) throw new IllegalArgumentException("expectation must not be null");
        expectations.add(expectation);
        return this;
    }

    int resolvedFrom() {
        if (from != null) return from;
        int min = Integer.MAX_VALUE;
        for (Event e : events) min = Math.min(min, e.year());
        for (Expectation x : expectations) if (x.year() != null) min = Math.min(min, x.year());
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    int resolvedTo() {
        if (to != null) return to;
        int max = resolvedFrom();
        for (Event e : events) max = Math.max(max, e.year());
        for (Expectation x : expectations) if (x.year() != null) max = Math.max(max, x.year());
        return max;
    }

    public Scenario build() { return new Scenario(this); }
}
