package org.entente.engine.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.engine.model.PostureKind;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Turn;

/** Evaluates one condition on one turn: whether it holds and what was observed, in words. */
final class ConditionCheck {
    record Observation(boolean holds, String observed) {}

    private ConditionCheck() {}

    static Observation check(Scenario sc, Turn t, Condition c, LandscapeOracle oracle) {
        if (c instanceof Condition.Balances x) return posture(t, x.state(), PostureKind.BALANCE, x.against());
        if (c instanceof Condition.Bandwagons x) return posture(t, x.state(), PostureKind.BANDWAGON, x.with());
        if (c instanceof Condition.BuckPasses x) return posture(t, x.state(), PostureKind.BUCK_PASS, null);
        if (c instanceof Condition.SoftBalances x) return posture(t, x.state(), PostureKind.SOFT_BALANCE, x.against());
        if (c instanceof Condition.Omnibalances x) return posture(t, x.state(), PostureKind.OMNIBALANCE, null);
        if (c instanceof Condition.Secure x) return posture(t, x.state(), PostureKind.SECURE, null);
        if (c instanceof Condition.AtWar x) {
            Optional<StateTurn> a = t.state(x.a());
            if (a.isEmpty()) return new Observation(false, x.a() + " does not exist in " + t.year());
            List<String> enemies = a.get().enemies();
            return new Observation(t.atWar(x.a(), x.b()), enemies.isEmpty() ? x.a() + " is at peace"
                    : x.a() + " at war with " + String.join(", ", enemies));
        }
        if (c instanceof Condition.Allied x) {
            Optional<StateTurn> a = t.state(x.a()), b = t.state(x.b());
            if (a.isEmpty() || b.isEmpty()) return new Observation(false, (a.isEmpty() ? x.a() : x.b()) + " does not exist in " + t.year());
            return new Observation(a.get().bloc() == b.get().bloc(), x.a() + " in bloc " + a.get().bloc() + " "
                    + blocMembers(t, a.get().bloc()) + ", " + x.b() + " in bloc " + b.get().bloc());
        }
        if (c instanceof Condition.TreatyIs x) {
            TreatyStatus s = t.treatyStatus().get(x.treaty());
            if (s == null) return new Observation(false, "no treaty " + x.treaty());
            return new Observation(s == x.status(), x.treaty() + " " + s.word());
        }
        if (c instanceof Condition.PolarityIs x && x.blocs()) {
            return new Observation(t.blocPolarity() == x.polarity(), "blocs " + t.blocPolarity().word() + " (" + t.blocPoles() + " pole" + (t.blocPoles() == 1 ? "" : "s") + ")");
        }
        if (c instanceof Condition.PolarityIs x) {
            return new Observation(t.polarity() == x.polarity(), t.polarity().word() + " (" + t.poles() + " great power" + (t.poles() == 1 ? "" : "s") + ")");
        }
        if (c instanceof Condition.Landscape x) {
            if (oracle == null) return null;
            LandscapeOracle.Verdict v = oracle.evaluate(sc, t, x.sideA(), x.sideB());
            return new Observation(v.holds(), v.observed());
        }
        throw new IllegalArgumentException("unsupported condition " + c);
    }

    private static String blocMembers(Turn t, int bloc) {
        List<String> m = new ArrayList<>();
        for (var b : t.blocs()) if (b.id() == bloc) m.addAll(b.members());
        return "{" + String.join(", ", m) + "}";
    }

    private static Observation posture(Turn t, String state, PostureKind kind, String target) {
        Optional<StateTurn> s = t.state(state);
        if (s.isEmpty()) return new Observation(false, state + " does not exist in " + t.year());
        StateTurn st = s.get();
        boolean holds = st.posture() == kind && (target == null || target.equals(st.postureTarget()));
        return new Observation(holds, describe(st));
    }

    /** "France balances against Germany", "Belgium is secure", "Italy passes the buck to France". */
    static String describe(StateTurn s) {
        String t = s.postureTarget();
        return switch (s.posture()) {
            case FIGHTING -> s.name() + " is fighting" + (s.enemies().isEmpty() ? "" : " " + String.join(", ", s.enemies()));
            case OMNIBALANCE -> s.name() + " omnibalances" + (t == null ? "" : " with " + t);
            case SECURE -> s.name() + " is secure";
            case BALANCE -> s.name() + " balances against " + t;
            case BUCK_PASS -> s.name() + " passes the buck" + (t == null ? "" : " to " + t);
            case BANDWAGON -> s.name() + " bandwagons with " + t;
            case SOFT_BALANCE -> s.name() + " soft-balances against " + t;
        };
    }
}
