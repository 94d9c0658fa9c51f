package org.entente.engine.posture;

import java.util.List;
import org.entente.engine.model.Settings;
import org.entente.engine.threat.Modifier;
import org.entente.engine.threat.ThreatBreakdown;
import org.entente.engine.trace.Fmt;
import org.entente.engine.trace.Reason;

/** One-line reasons in words, e.g. "France balances against Germany: threat 0.78 (power 0.27, ...); coalition 0.41 vs 0.33". */
public final class ReasonWriter {
    private ReasonWriter() {}

    public static String reason(String state, PostureDecision d, String target, String primary, ThreatBreakdown b,
                                double threat, double domestic, String domesticWords, List<String> enemies, Settings s) {
        String coalition = "; coalition " + Fmt.f2(d.coalitionPower()) + " vs " + Fmt.f2(d.threatPower());
        return switch (d.kind()) {
            case FIGHTING -> fighting(state, String.join(", ", enemies)).toString();
            case OMNIBALANCE -> state + " omnibalances" + (target == null ? "" : " with " + target) + ": domestic threat "
                    + Fmt.f2(domestic) + " (" + domesticWords + ") exceeds external threat " + Fmt.f2(threat)
                    + (primary == null ? "" : " from " + primary);
            case SECURE -> primary == null ? state + " is secure: no other state"
                    : d.coalition().isEmpty()
                    ? state + " is secure: primary threat " + primary + " " + Fmt.f2(threat) + " is below the floor " + Fmt.f2(s.threatFloor())
                    : state + " is secure: weak and far from " + primary + ", " + threat(b) + coalition + ", nobody to pass the buck to";
            case BALANCE -> state + " balances against " + target + ": " + threat(b) + coalition
                    + (d.arms() ? "; arms +" + Fmt.percent(s.armsGrowth()) : "");
            case BUCK_PASS -> state + " passes the buck to " + target + " against " + primary + ": " + threat(b) + coalition;
            case BANDWAGON -> state + " bandwagons with " + target + ": " + threat(b) + coalition;
            case SOFT_BALANCE -> state + " soft-balances against " + target + ": " + threat(b) + coalition;
        };
    }

    /**
     * The reason of a state at war, its enemies' names already joined with ", " ("A, B, C"): "A is fighting B, C",
     * the joined names kept as they are, shared with the other states that fight the same enemies.
     */
    public static Reason fighting(String state, String enemies) { return Reason.of(state + " is fighting ", enemies); }

    /** "threat 0.78 (power 0.27, proximity 0.30, offensive 0.12, intent 0.06; rivalry +0.10)". */
    public static String threat(ThreatBreakdown b) {
        if (b == null) return "no threat";
        StringBuilder sb = new StringBuilder("threat ").append(Fmt.f2(b.value())).append(" (power ").append(Fmt.f2(b.powerTerm()))
                .append(", proximity ").append(Fmt.f2(b.proximityTerm())).append(", offensive ").append(Fmt.f2(b.offensiveTerm()))
                .append(", intent ").append(Fmt.f2(b.intentTerm()));
        String sep = "; ";
        for (Modifier m : b.modifiers()) {
            sb.append(sep).append(modifier(m));
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    public static String modifier(Modifier m) {
        return switch (m.kind()) {
            case ADD -> m.label() + " " + Fmt.signed(m.amount());
            case MULTIPLY -> m.label() + " ×" + Fmt.f2(m.amount());
            case REPLACE -> m.label() + " = " + Fmt.f2(m.amount());
        };
    }
}
