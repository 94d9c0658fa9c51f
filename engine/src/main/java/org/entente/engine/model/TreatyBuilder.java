package org.entente.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Fluent properties of a treaty (alliance, pact, entente or guarantee). */
public final class TreatyBuilder {
    private final String name;
    private TreatyKind kind;
    private String fullName;
    private final List<String> members = new ArrayList<>();
    private final List<String> guarantors = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private Integer signed, expires;
    private boolean durable;
    private Double reliability;
    private final List<Clause> clauses = new ArrayList<>();

    TreatyBuilder(String name, TreatyKind kind) {
        this.name = Names.require(name, "treaty name");
        this.kind = kind;
    }

    public TreatyBuilder kind(TreatyKind kind) { if (kind != null) this.kind = kind; return this; }
    public TreatyBuilder fullName(String v) { this.fullName = v; return this; }
    public TreatyBuilder members(String... states) { add(members, states); return this; }
    /** Guarantee: the guarantors ({@code by}). Makes the treaty a guarantee. */
    public TreatyBuilder guarantors(String... states) { kind = TreatyKind.GUARANTEE; add(guarantors, states); return this; }
    /** Guarantee: the recipients ({@code to}). Makes the treaty a guarantee. */
    public TreatyBuilder recipients(String... states) { kind = TreatyKind.GUARANTEE; add(recipients, states); return this; }
    public TreatyBuilder by(String... states) { return guarantors(states); }
    public TreatyBuilder to(String... states) { return recipients(states); }
    public TreatyBuilder signed(int year) { this.signed = year; return this; }
    public TreatyBuilder expires(int year) { this.expires = year; return this; }
    public TreatyBuilder durable() { this.durable = true; return this; }
    public TreatyBuilder durable(boolean v) { this.durable = v; return this; }

    /** Probability 0..1 that a party honours this treaty when it is invoked (overrides the prior). */
    public TreatyBuilder reliability(double p) { this.reliability = p; return this; }

    public TreatyBuilder defense(Consumer<ClauseBuilder> spec) { return clause(ClauseType.DEFENSE, spec); }
    /** Unconditional defense against any non-party. */
    public TreatyBuilder defense() { return clause(ClauseType.DEFENSE, c -> {}); }
    public TreatyBuilder offense(Consumer<ClauseBuilder> spec) { return clause(ClauseType.OFFENSE, spec); }
    public TreatyBuilder offense(String... against) { return clause(ClauseType.OFFENSE, c -> c.against(against)); }
    public TreatyBuilder neutrality(String... against) { return clause(ClauseType.NEUTRALITY, c -> c.against(against)); }
    public TreatyBuilder nonaggression() { return clause(ClauseType.NONAGGRESSION, c -> {}); }
    public TreatyBuilder consultation() { return clause(ClauseType.CONSULTATION, c -> {}); }
    public TreatyBuilder sanctions(String... against) { return clause(ClauseType.SANCTIONS, c -> c.against(against)); }
    public TreatyBuilder clause(Clause clause) { if (clause != null) clauses.add(clause); return this; }

    private TreatyBuilder clause(ClauseType type, Consumer<ClauseBuilder> spec) {
        ClauseBuilder cb = new ClauseBuilder(type);
        if (spec != null) spec.accept(cb);
        clauses.add(cb.build());
        return this;
    }

    private static void add(List<String> into, String... states) {
        for (String s : Names.list(states)) if (!into.contains(s)) into.add(s);
    }

    Treaty build() {
        TreatyKind k = kind == null ? TreatyKind.ALLIANCE : kind;
        return new Treaty(name, fullName, k, members, guarantors, recipients, signed, expires, durable, clauses, reliability);
    }
}
