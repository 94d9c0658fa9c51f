package org.entente.engine.model;

import java.util.ArrayList;
import java.util.List;

/** Fluent properties of one state; every property optional (the defaults of docs/semantics.md otherwise). */
public final class StateBuilder {
    private final String name;
    private String fullName;
    private double military, economy, population;
    private double offensive = State.DEFAULT_OFFENSIVE;
    private double intent = Intent.STATUS_QUO.value();
    private String intentWord;
    private String ideology, region;
    private final List<String> borders = new ArrayList<>();
    private double stability = State.DEFAULT_STABILITY;
    private Double size;
    private double doctrine = State.DEFAULT_DOCTRINE;
    private boolean declaredGreat;
    private Integer since;

    StateBuilder(String name) { this.name = Names.require(name, "state name"); }

    public StateBuilder fullName(String fullName) { this.fullName = fullName; return this; }
    public StateBuilder military(double v) { this.military = v; return this; }
    public StateBuilder economy(double v) { this.economy = v; return this; }
    public StateBuilder population(double v) { this.population = v; return this; }
    /** Fraction of military power usable offensively, 0..1 (default 0.5). */
    public StateBuilder offensive(double v) { this.offensive = v; return this; }
    public StateBuilder intent(Intent intent) {
        if (intent == null) throw new IllegalArgumentException("intent must not be null");
        this.intent = intent.value();
        this.intentWord = intent.keyword();
        return this;
    }
    /** Intent as a number 0..1. */
    public StateBuilder intent(double v) { this.intent = v; this.intentWord = null; return this; }
    public StateBuilder ideology(String ideology) { this.ideology = ideology; return this; }
    public StateBuilder region(String region) { this.region = region; return this; }
    public StateBuilder borders(String... others) {
        for (String o : Names.list(others)) if (!o.equals(name) && !borders.contains(o)) borders.add(o);
        return this;
    }
    public StateBuilder stability(double v) { this.stability = v; return this; }
    /** Landscape size (default: power). */
    public StateBuilder size(double v) { this.size = v; return this; }

    /** Belief in offense dominance, 0 (defensive, default) .. 1 (offensive). */
    public StateBuilder doctrine(double v) { this.doctrine = v; return this; }

    /** A great power whatever its power share (docs/semantics.md §2); otherwise great only from the threshold. */
    public StateBuilder greatPower() { this.declaredGreat = true; return this; }

    /** Enters the state system in {@code year} (docs/semantics.md §1, "Entry"); otherwise in it from the start. */
    public StateBuilder since(int year) { this.since = year; return this; }

    State build() {
        return new State(name, fullName, military, economy, population, offensive, intent, intentWord,
                ideology, region, borders, stability, size, doctrine, declaredGreat, since);
    }
}
