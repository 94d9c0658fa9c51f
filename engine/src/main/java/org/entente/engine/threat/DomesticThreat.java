package org.entente.engine.threat;

import org.entente.engine.model.Actor;
import org.entente.engine.world.World;

/** Step 4: D(i) = clamp((1 − stability) + Σ_g strength(g) / (strength(g) + military(i))) over armed groups targeting i. */
public final class DomesticThreat {
    private DomesticThreat() {}

    public static double of(World w, int i) {
        double d = 1.0 - w.stability[i];
        for (Actor g : w.armedGroups.get(i)) d += groupTerm(g.strength(), w.military[i]);
        return ThreatModel.clamp(d);
    }

    static double groupTerm(double strength, double military) {
        if (strength <= 0) return 0;
        double denom = strength + Math.max(0, military);
        return denom > 0 ? strength / denom : 1.0;
    }

    /** In words, e.g. "instability 0.40 + BlackHand 0.05". */
    public static String describe(World w, int i) {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "instability %.2f", 1.0 - w.stability[i]));
        for (Actor g : w.armedGroups.get(i))
            sb.append(String.format(java.util.Locale.ROOT, " + %s %.2f", g.name(), groupTerm(g.strength(), w.military[i])));
        return sb.toString();
    }
}
