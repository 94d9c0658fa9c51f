package org.entente.engine.decision;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.entente.engine.model.Clause;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.trace.Fmt;
import org.entente.engine.world.Alignments;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The utilities U_I and U_R of one state for one war (docs/semantics.md §6), from this turn's power,
 * threat and treaties. Terms appear in a fixed order: base rate, obligations, threat balancing,
 * bandwagoning, co-belligerence, great-power contagion, restraint, exposure, doctrine.
 */
public final class JoinDecider {
    /** Hop distance assumed for states the border graph does not connect (power projected overseas). */
    static final int UNREACHABLE_HOPS = 4;

    private final World w;
    private final PowerTable p;
    private final ThreatModel threats;
    private final DecisionWeights b;
    private final PowerAtSignature signature;
    private final List<List<TreatyState>> treatiesOf;
    /** Set during {@link #decide} only. */
    private SideMemo memo;
    /** Scratch for {@link SideScan}: the states aligned with the decider, marked once per decision. */
    private final AlignedWith alignedWith;
    /** The living members of the war sides, for the covered foes of the obligations (a decider lives one round). */
    private final Obligations.LivingMembers living;
    /** The treaties' obligations towards each side, found once per round for deciders outside the war (a decider lives one round). */
    private final Obligations.Triggered triggered = new Obligations.Triggered();
    /** The side scans kept across the rounds of the turn's decisions for deciders at war with nobody; null: none kept. */
    private final GrowingSides growingSides;
    /** Per war, the living great powers fighting in it: sides change only between rounds, and a decider lives one round. */
    private final IdentityHashMap<War, Integer> greatAtWar = new IdentityHashMap<>();
    /**
     * The enemies of a utility with several obligations, per the obligations' enemy lists in order: the
     * obligations of a round are shared by its deciders ({@link Obligations.Triggered}), so the deciders that owe
     * the same ones merged the same hundreds of covered foes again, each into a list of its own; a merged list
     * is immutable like the lists it is made of (docs/performance.md, "Simulation").
     */
    private final java.util.HashMap<EnemySources, List<Integer>> mergedEnemies = new java.util.HashMap<>();

    public JoinDecider(World w, PowerTable p, ThreatModel threats, DecisionWeights weights, PowerAtSignature signature) {
        this(w, p, threats, weights, signature, treatiesInForceByParty(w));
    }

    /** @param treatiesOf per state, the treaties in force it is a party of, in declaration order */
    public JoinDecider(World w, PowerTable p, ThreatModel threats, DecisionWeights weights, PowerAtSignature signature,
                       List<List<TreatyState>> treatiesOf) {
        this(w, p, threats, weights, signature, treatiesOf, null);
    }

    /** @param growingSides the side scans kept for this turn's decisions ({@link DecisionStep#resolve}), or null */
    JoinDecider(World w, PowerTable p, ThreatModel threats, DecisionWeights weights, PowerAtSignature signature,
                List<List<TreatyState>> treatiesOf, GrowingSides growingSides) {
        this.growingSides = growingSides;
        this.treatiesOf = treatiesOf;
        this.alignedWith = new AlignedWith(w.n);
        this.living = new Obligations.LivingMembers(w);
        this.w = w;
        this.p = p;
        this.threats = threats;
        this.b = weights;
        this.signature = signature;
    }

    /** Per state, the treaties in force it is a party of, in declaration order. */
    public static List<List<TreatyState>> treatiesInForceByParty(World w) {
        List<List<TreatyState>> out = new ArrayList<>(w.n);
        for (int i = 0; i < w.n; i++) out.add(new ArrayList<>(2));
        for (TreatyState t : w.treaties) {
            if (!t.inForce()) continue;
            for (int x : t.parties()) if (x >= 0 && x < w.n) out.get(x).add(t);
        }
        return out;
    }

    public Decision decide(int z, War war, double draw) {
        AlignedWith aligned = alignedWith.of(w.alignments, z);
        SideScan a, b;
        if (growingSides != null && !w.atWarAtAll(z)) {
            // a state outside every war decides again after each round in which the war grew: its scans continue
            a = growingSides.scan(this, w, p.power, z, war, 1, aligned);
            b = growingSides.scan(this, w, p.power, z, war, -1, aligned);
        } else {
            // z's enemies marked for the decision (no war changes within it): one lookup per member, not per war
            threats.markEnemies(z);
            a = SideScan.of(this, w, p.power, z, war.members(1), war.sideA.size(), aligned);
            b = SideScan.of(this, w, p.power, z, war.members(-1), war.sideB.size(), aligned);
        }
        memo = new SideMemo(z, war, a, b);
        Utility i, r;
        try {
            i = utility(z, war, 1);
            r = utility(z, war, -1);
        } finally {
            memo = null;
            threats.unmarkEnemies();
        }
        double[] pr = Terms.probabilities(i.total(), r.total());
        int choice;
        if (Double.isNaN(draw)) {
            choice = Terms.mostLikely(i.total(), r.total());
        } else {
            choice = draw < pr[1] ? 1 : draw < pr[1] + pr[2] ? -1 : 0;
        }
        return new Decision(w.names[z], war.id, w.names[war.initiator], w.names[war.target], i, r, pr[0], pr[1], pr[2], choice);
    }

    /** U_S of z for side {@code side} of war, with its terms. */
    public Utility utility(int z, War war, int side) {
        if (memo != null) return utility(z, war, side, memo.scan(side), memo.scan(-side));
        return utility(z, war, side, SideScan.of(this, w, p.power, z, war.side(side)), SideScan.of(this, w, p.power, z, war.side(-side)));
    }

    /** @param ownScan, oppScan the aggregates of the side and of the opposite side for z ({@link SideScan}) */
    private Utility utility(int z, War war, int side, SideScan ownScan, SideScan oppScan) {
        List<Integer> own = war.side(side), opp = war.side(-side);
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("base rate", b.base()));
        double[] f = new double[Utility.FEATURES];
        List<Integer> enemies = List.of();
        boolean allyOnSide = false;
        List<TreatyState> mine = treatiesOf.get(z);
        List<Obligations.Obligation> obligations = Obligations.of(w, war, z, side, mine, living, triggered);
        int count = obligations.size();
        double[] logits = new double[count];
        boolean[] shifts = new boolean[count];
        for (int k = 0; k < count; k++) {
            Obligations.Obligation o = obligations.get(k);
            double reliability = o.treaty().def.reliability() != null ? o.treaty().def.reliability()
                    : o.defense() ? Reliability.defense(w.year) : Reliability.OFFENSE;
            shifts[k] = signature.shifted(o.treaty(), o.partner(), p.power[o.partner()]);
            boolean named = o.named() && o.treaty().def.reliability() == null;
            logits[k] = Terms.reliabilityLogit(reliability, named, shifts[k]);
        }
        for (int k = 0; k < count; k++) {
            Obligations.Obligation o = obligations.get(k);
            String label = o.treaty().def.name() + (o.defense() ? " defense of " : " offense with ") + w.names[o.partner()];
            int stronger = Obligations.strongerToSamePartner(obligations, logits, k);
            if (stronger >= 0) {
                // one commitment per ally: a second treaty owed to the same ally adds nothing (docs/semantics.md §6a)
                terms.add(new Term(label + " (same ally as " + obligations.get(stronger).treaty().def.name() + ")", 0));
            } else {
                double rho = Terms.obligation(logits[k], b.base());
                f[Utility.OBLIGATIONS]++;
                f[Utility.RELIABILITY_LOGITS] += logits[k];
                terms.add(new Term(label + (shifts[k] ? " (power shift since signature)" : ""), rho));
            }
            allyOnSide = true;
        }
        if (count > 1) enemies = mergedEnemies(obligations);
        int partner = alignedBelligerent(w.alignments, z, war, side, ownScan, obligations);
        if (partner >= 0) {
            // an alignment without treaty weighs like a treaty of low reliability (docs/semantics.md §6a)
            double logit = Terms.reliabilityLogit(Reliability.ALIGNMENT, false, false);
            f[Utility.OBLIGATIONS]++;
            f[Utility.RELIABILITY_LOGITS] += logit;
            terms.add(new Term("alignment with " + w.names[partner], Terms.obligation(logit, b.base())));
            allyOnSide = true;
        } else if (obligations.isEmpty()) {
            int ally = AllyTies.partnerAtWar(war, z, own, mine);
            if (ally >= 0) {
                // an ally at war whose treaty does not oblige: the base rate of allies joining (docs/semantics.md §6a)
                double logit = Terms.reliabilityLogit(Reliability.allyAtWar(w.year), false, false);
                f[Utility.OBLIGATIONS]++;
                f[Utility.RELIABILITY_LOGITS] += logit;
                terms.add(new Term("ally " + w.names[ally] + " at war", Terms.obligation(logit, b.base())));
                allyOnSide = true;
            }
        }
        double tOpp = oppScan.maxThreat, tOwn = ownScan.maxThreat;
        f[Utility.THREAT] = Terms.threatBalancing(1, tOpp, tOwn);
        add(terms, "threat balancing", Terms.threatBalancing(b.threat(), tOpp, tOwn));
        double win = winShare(ownScan, oppScan);
        double near = ownScan.nearness;
        boolean fights = oppScan.fights;
        f[Utility.BANDWAGON] = Terms.bandwagoning(1, !p.great[z], near, win);
        f[Utility.CO_BELLIGERENCE] = Terms.coBelligerence(1, fights);
        add(terms, "bandwagoning", Terms.bandwagoning(b.bandwagon(), !p.great[z], near, win));
        add(terms, "co-belligerence", Terms.coBelligerence(b.coBelligerence(), fights));
        // great-power contagion (Yamamoto & Bremer 1980): the same on both sides, it lifts joining against staying out
        int greatAtWar = greatPowersAtWar(war, z);
        f[Utility.CONTAGION] = Terms.contagion(1, p.great[z], greatAtWar);
        add(terms, "great powers at war", Terms.contagion(b.contagion(), p.great[z], greatAtWar));
        for (TreatyState t : mine) {
            double kept = restraintKept(t, own, opp);
            if (kept > 0) {
                terms.add(new Term(t.def.name() + " restraint", -Terms.restraint(kept)));
                f[Utility.FIXED] -= Terms.restraint(kept);
            }
        }
        double exposure = oppScan.exposure;
        f[Utility.EXPOSURE] = Terms.exposure(1, exposure, win);
        add(terms, "exposure", -Terms.exposure(b.exposure(), exposure, win));
        double doctrine = w.doctrine[z];
        if (!allyOnSide) allyOnSide = memo != null && memo.sign(own) != 0 ? memo.hasAlly(mine, z, memo.sign(own)) : hasAlly(mine, z, own);
        f[Utility.FIXED] += Terms.chainGanging(b.chainGanging(), doctrine, allyOnSide);
        add(terms, "chain-ganging", Terms.chainGanging(b.chainGanging(), doctrine, allyOnSide));
        int front = buckCatcher(z, opp, oppScan.mostThreatening);
        if (front >= 0) {
            f[Utility.BUCK_PASSING] = Terms.buckPassing(1, doctrine, true);
            add(terms, "buck-passing to " + w.names[front], -Terms.buckPassing(b.buckPassing(), doctrine, true));
        }
        // one obligation: its enemies are the list, distinct and immutable already (hundreds of covered foes, not copied again)
        if (count == 1) enemies = obligations.get(0).enemies();
        if (enemies.isEmpty()) {
            enemies = new ArrayList<>(1);
            int target = oppScan.mostThreatening;
            if (target >= 0) enemies.add(target);
        }
        double total = 0;
        for (Term t : terms) total += t.value();
        return new Utility(side, terms, total, enemies, obligations.size(), f);
    }

    /** The obligations' enemies in order, each once: made once per sequence of enemy lists in this decider's round. */
    private List<Integer> mergedEnemies(List<Obligations.Obligation> obligations) {
        List<?>[] lists = new List<?>[obligations.size()];
        for (int k = 0; k < lists.length; k++) lists[k] = obligations.get(k).enemies();
        return mergedEnemies.computeIfAbsent(new EnemySources(lists), key -> {
            List<Integer> enemies = new ArrayList<>();
            java.util.BitSet listed = new java.util.BitSet(); // enemies already in the list (an obligation names hundreds)
            for (Obligations.Obligation o : obligations) for (int e : o.enemies()) if (!listed.get(e)) { listed.set(e); enemies.add(e); }
            return List.copyOf(enemies);
        });
    }

    /** A sequence of immutable enemy lists, told apart by identity: the same lists in the same order merge to the same list. */
    private record EnemySources(List<?>[] lists) {
        @Override public boolean equals(Object o) {
            if (!(o instanceof EnemySources other) || other.lists.length != lists.length) return false;
            for (int k = 0; k < lists.length; k++) if (lists[k] != other.lists[k]) return false;
            return true;
        }

        @Override public int hashCode() {
            int h = 1;
            for (List<?> l : lists) h = 31 * h + System.identityHashCode(l);
            return h;
        }
    }

    /** The living great powers fighting in the war, other than z (counted once per war and decider). */
    private int greatPowersAtWar(War war, int z) {
        Integer n = greatAtWar.get(war);
        if (n == null) {
            int c = 0;
            for (int sign = -1; sign <= 1; sign += 2) for (int x : war.side(sign)) if (w.alive[x] && p.great[x]) c++;
            greatAtWar.put(war, n = c);
        }
        return war.sideOf(z) != 0 && p.great[z] ? n - 1 : n;
    }

    /**
     * The first belligerent of the side that z is aligned with without treaty for this war and that no treaty
     * obliges z to help; -1 none. A balancing alignment against P counts only when P fights on the other side;
     * a bandwagoning one (patron and follower) counts in any war (docs/semantics.md §6a, "Alignment").
     */
    private static int alignedBelligerent(Alignments al, int z, War war, int side, SideScan own,
                                          List<Obligations.Obligation> obligations) {
        for (int k = 0; k < own.alignedCount(); k++) {
            int m = own.aligned(k);
            boolean byTreaty = false;
            for (Obligations.Obligation o : obligations) if (o.partner() == m) { byTreaty = true; break; }
            if (!byTreaty && alignedAgainstThisWar(al, z, m, war, side)) return m;
        }
        return -1;
    }

    /** z and m are aligned for side {@code side} of the war: one follows the other, or both balance against a state of the other side. */
    private static boolean alignedAgainstThisWar(Alignments al, int z, int m, War war, int side) {
        if (al.patron(z) == m || al.patron(m) == z) return true;
        List<Integer> threats = al.groupsOf(z);
        for (int k = 0, size = threats.size(); k < size; k++) {
            int p = threats.get(k);
            if (war.sideOf(p) == -side && al.inGroupAgainst(m, p)) return true;
        }
        return false;
    }

    private static void add(List<Term> terms, String label, double v) { if (v != 0) terms.add(new Term(label, v)); }

    /**
     * T_Z(j), dyadic: the threat of step 3 with the power term measured against z, rel_z(j) = P(j) / (P(j) + P(z)).
     * A declared threat and war (1.0) are taken as they are.
     */
    public double dyadicThreat(int z, int j) { return dyadicThreat(z, j, w.hops().hops(z, j)); }

    /** {@link #dyadicThreat(int, int)} with hops(z, j) already read (a side scan reads it once per member). */
    double dyadicThreat(int z, int j, int hops) {
        double pj = p.power[j], pz = p.power[z];
        return dyadicThreat(z, j, hops, pj + pz > 0 ? pj / (pj + pz) : 0);
    }

    /** The same with rel_z(j) = P(j) / (P(j) + P(z)) already computed (a side scan needs it for the exposure too). */
    double dyadicThreat(int z, int j, int hops, double relZ) {
        if (threats.replaced(z, j)) return threats.score(z, j); // a declared threat, or war
        return ThreatModel.clamp(threats.computed(z, j, hops) + w.settings.powerWeight() * (relZ - p.rel[j]));
    }

    /**
     * Within one {@link #decide}: both utilities read the same aggregates of each side (nothing changes in
     * between), so each side is scanned once (docs/performance.md, "Simulation").
     */
    private static final class SideMemo {
        final int z;
        final War war;
        final SideScan a, b;

        SideMemo(int z, War war, SideScan a, SideScan b) { this.z = z; this.war = war; this.a = a; this.b = b; }

        SideScan scan(int sign) { return sign > 0 ? a : b; }

        /** +1 for side A, -1 for side B of the decision's war, 0 for any other list. */
        int sign(List<Integer> side) { return side == war.sideA ? 1 : side == war.sideB ? -1 : 0; }

        /** A party of t other than {@code except} fights on side {@code sign}: the side scanned for t's parties, from t's few parties. */
        boolean hasParty(TreatyState t, int sign, int except) {
            for (int k = 0, size = t.members.size(); k < size; k++) { int x = t.members.get(k); if (x != except && war.sideOf(x) == sign) return true; }
            for (int k = 0, size = t.recipients.size(); k < size; k++) { int x = t.recipients.get(k); if (x != except && war.sideOf(x) == sign) return true; }
            return false;
        }

        /** {@link JoinDecider#hasAlly} for the war's side {@code sign}. */
        boolean hasAlly(List<TreatyState> mine, int z, int sign) {
            for (TreatyState t : mine) if (t.inForce() && t.bloc && hasParty(t, sign, z)) return true;
            return false;
        }
    }

    /** This round's threat model (a side scan asks it who is at war with the decider). */
    ThreatModel threats() { return threats; }

    /** Distance discount of j's power as seen from z: 1 / (1 + hops), z itself 1 (loss-of-strength gradient). */
    double discount(int z, int j) {
        if (j == z) return 1;
        return discountAt(w.hops().hops(z, j));
    }

    /** The discount of a state other than z at hop distance h from z. */
    static double discountAt(int h) { return 1.0 / (1 + (h < 0 ? UNREACHABLE_HOPS : h)); }

    /**
     * {@link #discountAt} and {@link ThreatModel#proximity} of every hop distance h (−1 … n), indexed by h + 1:
     * a side scan reads them for each of hundreds of members. They depend on h alone, so one pair of tables,
     * grown to the largest world seen, serves every decider (a sampled run has thousands of rounds).
     */
    double[] discountByHops() { return hopTables(w.n)[0]; }

    double[] proximityByHops() { return hopTables(w.n)[1]; }

    private static volatile double[][] hopTables = {new double[0], new double[0]};

    private static double[][] hopTables(int n) {
        double[][] tables = hopTables;
        if (tables[0].length < n + 2) {
            double[] discount = new double[n + 2], proximity = new double[n + 2];
            for (int h = -1; h <= n; h++) {
                discount[h + 1] = discountAt(h);
                proximity[h + 1] = ThreatModel.proximity(h);
            }
            // the same values whichever thread makes them: a race only makes them twice
            hopTables = tables = new double[][] {discount, proximity};
        }
        return tables;
    }

    /**
     * p_S: the side's share of both sides' distance-discounted power, with z added to the side. The sums
     * (P(z) + Σ own, 0 + Σ opp, each over living members j ≠ z weighted by {@link #discount}) are {@link SideScan}'s.
     */
    static double winShare(SideScan own, SideScan opp) {
        double mine = own.powerWithZ, theirs = opp.power;
        return mine + theirs > 0 ? mine / (mine + theirs) : 0.5;
    }

    /*
     * near(Z, S), the proximity (1 / hops) of the side's nearest member; exposure(Z, opp S), the largest
     * prox(Z, j) · P(j) / (P(j) + P(Z)) over the opposite side; and whether z fights a member of the opposite
     * side: folded by SideScan.
     */

    /** The kept-probability of t's restraint towards a member of the opposite side (0 when it owes none). */
    private double restraintKept(TreatyState t, List<Integer> own, List<Integer> opp) {
        if (!t.nonaggression && !t.neutrality) return 0;
        boolean partnerOpposite = false;
        if (memo != null && memo.sign(opp) != 0) partnerOpposite = memo.hasParty(t, memo.sign(opp), -1);
        else for (int y : opp) if (t.isParty(y)) { partnerOpposite = true; break; }
        if (!partnerOpposite) return 0;
        double kept = 0;
        if (t.nonaggression) kept = Reliability.NONAGGRESSION_KEPT;
        if (t.neutrality) {
            for (Clause c : t.neutralityClauses) {
                boolean covers = c.against().isEmpty();
                if (memo != null && memo.sign(own) != 0) {
                    for (String named : c.against()) { int x = w.indexOf(named); if (x >= 0 && memo.war.sideOf(x) == memo.sign(own)) covers = true; }
                } else {
                    for (int x : own) if (c.against().contains(w.names[x])) covers = true;
                }
                if (covers) { kept = Math.max(kept, Reliability.NEUTRALITY_KEPT); break; }
            }
        }
        if (kept > 0 && t.def.reliability() != null) kept = t.def.reliability();
        return kept;
    }

    /** An ally fights on the side: a party with z to a treaty in force with a defense or offense clause. */
    private static boolean hasAlly(List<TreatyState> mine, int z, List<Integer> own) {
        for (TreatyState t : mine) {
            if (!t.inForce() || !t.bloc) continue;
            for (int x : own) if (x != z && t.isParty(x)) return true;
        }
        return false;
    }

    /**
     * Buck-passing (Mearsheimer 2001): z is a great power that does not border the opposite side's most
     * threatening member, and another great power outside that side does, one that does not side with that member
     * and is threatened by it at or above the threat floor: only a state the threat threatens would check it, so only
     * such a state can catch the buck (as the posture rule's coalition, docs/semantics.md §5). Returns that front-line
     * great power (the first declared), or -1.
     */
    private int buckCatcher(int z, List<Integer> opp, int threat) {
        if (!p.great[z]) return -1;
        if (threat < 0 || w.borders(z, threat)) return -1;
        int front = -1;
        for (int g : w.borders(threat)) {
            if (g == z || !w.alive[g] || !p.great[g] || (front >= 0 && g > front) || opp.contains(g)) continue;
            // the costlier conditions last, and only for a state that would be the first declared
            if (alliedOrCoBelligerent(g, threat) || threats.pairScore(g, threat) < w.settings.threatFloor()) continue;
            front = g;
        }
        return front;
    }

    /** g sides with the threat: a party with it to a treaty in force with a defense or offense clause, or on its side of a war. */
    private boolean alliedOrCoBelligerent(int g, int threat) {
        for (TreatyState t : treatiesOf.get(g)) if (t.bloc && t.isParty(threat)) return true;
        for (War war : w.wars) if (war.sideOf(g) != 0 && war.sideOf(g) == war.sideOf(threat)) return true;
        return false;
    }

    /** "ProtectorOfSerbia defense of Serbia +4.56, threat balancing +1.20, exposure -0.30" (base rate last, as the reference). */
    public static String describe(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        Term base = null;
        for (Term t : terms) {
            if (t.label().equals("base rate")) { base = t; continue; }
            sb.append(sb.length() == 0 ? "" : ", ").append(t.label()).append(' ').append(Fmt.signed(t.value()));
        }
        if (base != null) sb.append(sb.length() == 0 ? "" : ", ").append("base rate ").append(Fmt.signed(base.value()));
        return sb.toString();
    }
}
