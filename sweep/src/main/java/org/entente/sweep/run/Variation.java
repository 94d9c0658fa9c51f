package org.entente.sweep.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.engine.model.Scenario;
import org.entente.engine.model.Settings;
import org.entente.engine.model.State;
import org.entente.engine.model.Treaty;
import org.entente.sweep.plan.Parameter;
import org.entente.sweep.plan.Target;

/** The scenario at one point of a sweep: the declared scenario with the point's values put in. */
public final class Variation {
    private Variation() {}

    public static Scenario apply(Scenario base, List<Parameter> parameters, double[] values) {
        if (parameters.isEmpty()) return base;
        Settings settings = base.settings();
        Map<String, State> states = new LinkedHashMap<>();
        Map<String, Treaty> treaties = new LinkedHashMap<>();
        for (int k = 0; k < parameters.size(); k++) {
            Target t = parameters.get(k).target();
            double v = values[k];
            switch (t.kind()) {
                case SETTING -> settings = setting(settings, t.property(), v);
                case STATE -> {
                    State s = states.containsKey(t.name()) ? states.get(t.name()) : base.state(t.name()).orElseThrow();
                    states.put(t.name(), state(s, t.property(), v));
                }
                case TREATY -> {
                    Treaty s = treaties.containsKey(t.name()) ? treaties.get(t.name()) : base.treaty(t.name()).orElseThrow();
                    treaties.put(t.name(), new Treaty(s.name(), s.fullName(), s.kind(), s.members(), s.guarantors(), s.recipients(),
                            s.signed(), s.expires(), s.durable(), s.clauses(), v));
                }
            }
        }
        return base.varied(settings, new ArrayList<>(states.values()), new ArrayList<>(treaties.values()));
    }

    private static Settings setting(Settings s, Target.Property p, double v) {
        return switch (p) {
            case POWER_WEIGHT -> s.withPowerWeight(v);
            case PROXIMITY_WEIGHT -> s.withProximityWeight(v);
            case OFFENSIVE_WEIGHT -> s.withOffensiveWeight(v);
            case INTENT_WEIGHT -> s.withIntentWeight(v);
            case THREAT_FLOOR -> s.withThreatFloor(v);
            case GREAT_POWER -> s.withGreatPower(v);
            case ARMS_GROWTH -> s.withArmsGrowth(v);
            case LAPSE_AFTER -> s.withLapseAfter((int) Math.round(v));
            case POLE_SHARE -> s.withPoleShare(v);
            default -> throw new IllegalArgumentException("not a setting: " + p);
        };
    }

    private static State state(State s, Target.Property p, double v) {
        double military = s.military(), economy = s.economy(), population = s.population(), offensive = s.offensive();
        double intent = s.intent(), stability = s.stability(), doctrine = s.doctrine();
        String intentWord = s.intentWord();
        switch (p) {
            case MILITARY -> military = v;
            case ECONOMY -> economy = v;
            case POPULATION -> population = v;
            case OFFENSIVE -> offensive = v;
            case INTENT -> { intent = v; intentWord = null; }
            case STABILITY -> stability = v;
            case DOCTRINE -> doctrine = v;
            default -> throw new IllegalArgumentException("not a state property: " + p);
        }
        return new State(s.name(), s.fullName(), military, economy, population, offensive, intent, intentWord, s.ideology(),
                s.region(), s.borders(), stability, s.size(), doctrine, s.declaredGreat(), s.since());
    }
}
