package org.entente.engine.model;

import java.util.ArrayList;
import java.util.List;

/** Fluent options of a defense or offense clause: {@code against}, {@code in}, {@code unless provoked}, {@code forces}. */
public final class ClauseBuilder {
    private final ClauseType type;
    private final List<String> against = new ArrayList<>();
    private String region;
    private boolean unlessProvoked;
    private Double forces;

    ClauseBuilder(ClauseType type) { this.type = type; }

    public ClauseBuilder against(String... states) {
        for (String s : Names.list(states)) if (!against.contains(s)) against.add(s);
        return this;
    }
    /** Defense only: covers a party only when it lies in this region. */
    public ClauseBuilder in(String region) { this.region = region; return this; }
    public ClauseBuilder unlessProvoked() { this.unlessProvoked = true; return this; }
    /** Share of forces pledged, as a fraction (0.6 = 60%). */
    public ClauseBuilder forces(double fraction) { this.forces = fraction; return this; }

    Clause build() { return new Clause(type, against, region, unlessProvoked, forces); }
}
