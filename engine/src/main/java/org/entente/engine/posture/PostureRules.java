package org.entente.engine.posture;

import java.util.BitSet;
import java.util.List;
import org.entente.engine.model.Actor;
import org.entente.engine.model.PostureKind;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.world.World;

/**
 * Step 5, synchronous: every decision reads this turn's power and threats and last turn's postures,
 * so the order of states never matters. The rules, first match wins:
 * fighting → omnibalance → secure → (great power) buck-pass | balance → (weak) balance | bandwagon |
 * soft-balance | buck-pass | secure.
 */
public final class PostureRules {
    private final World w;
    private final PowerTable p;
    private final ThreatModel threats;
    private final int[] primary;
    private final double[] value;
    private final double[] domestic;
    private final Coalitions coalitions;
    private final List<List<Integer>> orgsOf;
    /** Members of each organization as bits: coalitions of hundreds of states are tested against them. */
    private final BitSet[] organizationMembers;

    public PostureRules(World w, PowerTable p, ThreatModel threats, int[] primary, double[] value, double[] domestic) {
        this.w = w;
        this.p = p;
        this.threats = threats;
        this.primary = primary;
        this.value = value;
        this.domestic = domestic;
        this.coalitions = new Coalitions(w, primary, value, p.power);
        this.orgsOf = new java.util.ArrayList<>();
        for (int i = 0; i < w.n; i++) orgsOf.add(new java.util.ArrayList<>(1));
        this.organizationMembers = new BitSet[w.organizations.size()];
        for (int o = 0; o < w.organizations.size(); o++) {
            organizationMembers[o] = new BitSet(w.n);
            for (int m : w.organizations.get(o)) { orgsOf.get(m).add(o); organizationMembers[o].set(m); }
        }
    }

    public PostureDecision decide(int i) {
        double floor = w.settings.threatFloor();
        int pp = primary[i];
        double tp = pp < 0 ? 0 : value[i];
        if (w.atWarAtAll(i)) return simple(PostureKind.FIGHTING, pp, "at war");
        if (domestic[i] > tp && domestic[i] >= floor) return simple(PostureKind.OMNIBALANCE, omnibalancePartner(i), "domestic threat exceeds external");
        if (pp < 0 || tp < floor) return simple(PostureKind.SECURE, -1, "primary threat below the floor");
        Coalition c = coalitions.of(i, pp);
        double cp = c.power(p.power);
        double pw = p.power[pp];
        boolean weaker = cp < pw;
        if (p.great[i]) {
            if (!w.borders(i, pp)) {
                for (int k = 1; k < c.size(); k++) {
                    int g = c.get(k);
                    if (g != i && p.great[g] && w.borders(g, pp))
                        return new PostureDecision(PostureKind.BUCK_PASS, g, c, cp, pw, false, "great power, not bordering the threat; a coalition great power does");
                }
            }
            return new PostureDecision(PostureKind.BALANCE, pp, c, cp, pw, weaker, "great power");
        }
        if (!p.great[pp]) return new PostureDecision(PostureKind.BALANCE, pp, c, cp, pw, weaker, "threat is not a great power");
        if (!weaker) return new PostureDecision(PostureKind.BALANCE, pp, c, cp, pw, false, "coalition at least as strong as the threat");
        if (w.borders(i, pp)) return new PostureDecision(PostureKind.BANDWAGON, pp, c, cp, pw, false, "weak, bordering a stronger great power");
        if (sharesOrganization(i, c)) return new PostureDecision(PostureKind.SOFT_BALANCE, pp, c, cp, pw, false, "weak; shares an organization with a coalition member");
        for (int m = 1; m < c.size(); m++) {
            int k = c.get(m);
            if (k != i && w.borders(k, pp)) return new PostureDecision(PostureKind.BUCK_PASS, k, c, cp, pw, false, "weak; a coalition member borders the threat");
        }
        return new PostureDecision(PostureKind.SECURE, -1, c, cp, pw, false, "weak, far from the threat, nobody to pass the buck to");
    }

    private static PostureDecision simple(PostureKind k, int target, String rule) {
        return new PostureDecision(k, target, Coalition.NONE, 0, 0, false, rule);
    }

    private boolean sharesOrganization(int i, Coalition c) {
        for (int o : orgsOf.get(i)) {
            BitSet members = organizationMembers[o];
            for (int m = 1; m < c.size(); m++) {
                int k = c.get(m);
                if (k != i && members.get(k)) return true;
            }
        }
        return false;
    }

    /**
     * Omnibalancing partner: the strongest living state that does not threaten i at or above the floor
     * and does not sponsor an armed group targeting i; a state sharing i's ideology is preferred.
     * Ties: declaration order. -1 when nobody qualifies.
     */
    int omnibalancePartner(int i) {
        double floor = w.settings.threatFloor();
        int best = -1, bestSame = -1;
        for (int j = 0; j < w.n; j++) {
            if (j == i || !w.alive[j] || threats.score(i, j) >= floor || sponsorsAgainst(j, i)) continue;
            if (best < 0 || p.power[j] > p.power[best]) best = j;
            if (w.ideology[i] >= 0 && w.ideology[j] == w.ideology[i] && (bestSame < 0 || p.power[j] > p.power[bestSame])) bestSame = j;
        }
        return bestSame >= 0 ? bestSame : best;
    }

    private boolean sponsorsAgainst(int j, int i) {
        for (Actor g : w.armedGroups.get(i)) if (w.names[j].equals(g.sponsor())) return true;
        return false;
    }
}
