package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Clause;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The indexed side computations of a decision give bit for bit what straightforward scans of the war's
 * sides give (docs/performance.md, "Simulation"): {@link SideScan}'s aggregates against one scan per
 * aggregate, and the casus foederis found from an ally's attackers against a scan of the foes.
 */
class SideScanTest {

    /** A random world and the decider over it, as a simulation makes them at the start of a turn. */
    private record Decider(World w, PowerTable p, ThreatModel threats, JoinDecider d) {
        static Decider of(long seed) {
            World w = randomWorld(new Random(seed));
            PowerTable p = new PowerTable(w);
            ThreatModel threats = new ThreatModel(w, p);
            return new Decider(w, p, threats, new JoinDecider(w, p, threats, DecisionWeights.defaults(), new PowerAtSignature(w)));
        }
    }

    @Property(tries = 300)
    void oneScanPerSideIsOneScanPerAggregate(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Decider f = Decider.of(seed);
        World w = f.w();
        PowerTable p = f.p();
        ThreatModel threats = f.threats();
        JoinDecider d = f.d();
        for (War war : w.wars) {
            for (int z = 0; z < w.n; z++) {
                if (war.sideOf(z) != 0) continue;
                for (int sign = -1; sign <= 1; sign += 2) {
                    List<Integer> side = war.side(sign);
                    SideScan s = SideScan.of(d, w, p.power, z, side);
                    assertThat(s.maxThreat).isEqualTo(maxThreat(threats, w, p, z, side));
                    assertThat(s.mostThreatening).isEqualTo(mostThreatening(threats, w, p, z, side));
                    assertThat(JoinDecider.winShare(s, SideScan.of(d, w, p.power, z, war.side(-sign))))
                            .isEqualTo(winShare(d, w, p, z, side, war.side(-sign)));
                    assertThat(s.nearness).isEqualTo(nearness(w, z, side));
                    assertThat(s.exposure).isEqualTo(exposure(w, p, z, side));
                    assertThat(s.fights).isEqualTo(fightsAny(w, z, side));
                    List<Integer> aligned = new ArrayList<>();
                    for (int k = 0; k < s.alignedCount(); k++) aligned.add(s.aligned(k));
                    List<Integer> expected = new ArrayList<>();
                    for (int m : side) if (w.alignments.aligned(z, m)) expected.add(m);
                    assertThat(aligned).isEqualTo(expected);
                }
            }
        }
    }

    @Property(tries = 300)
    void dyadicThreatFromHopsIsDyadicThreatFromScore(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Decider f = Decider.of(seed);
        World w = f.w();
        PowerTable p = f.p();
        ThreatModel threats = f.threats();
        JoinDecider d = f.d();
        for (int z = 0; z < w.n; z++) {
            for (int j = 0; j < w.n; j++) {
                if (j == z) continue;
                assertThat(d.dyadicThreat(z, j)).as("T_%d(%d)", z, j).isEqualTo(dyadicThreat(threats, w, p, z, j));
            }
        }
    }

    @Property(tries = 300)
    void alignedWithMarksExactlyTheStatesSharingAGroup(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        AlignedWith marks = new AlignedWith(w.n); // one instance for every decider in turn, as in a round
        for (int z = 0; z < w.n; z++) {
            marks.of(w.alignments, z);
            for (int j = 0; j < w.n; j++) {
                boolean shares = false;
                for (int g : w.alignments.groupsOf(z)) shares |= w.alignments.groupsOf(j).contains(g);
                assertThat(marks.sharesGroup(j)).as("%d shares a group with %d", j, z).isEqualTo(shares);
            }
        }
    }

    @Property(tries = 300)
    void obligationsFromAttackersAreObligationsFromScanningFoes(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        // one list of living members per side for every decider and treaty, as in a round
        Obligations.LivingMembers living = new Obligations.LivingMembers(w);
        for (War war : w.wars) {
            for (int z = 0; z < w.n; z++) {
                if (war.sideOf(z) != 0) continue;
                for (int sign = -1; sign <= 1; sign += 2) {
                    for (TreatyState t : w.treaties) {
                        if (!t.inForce() || !t.isMember(z) || !t.defense) continue;
                        Obligations.Obligation fast = Obligations.defense(w, war, t, z, war.side(sign), war.side(-sign), living);
                        Obligations.Obligation scan = scannedDefense(w, war, t, z, war.side(sign), war.side(-sign));
                        assertThat(fast).isEqualTo(scan);
                    }
                }
            }
        }
    }

    /**
     * The obligations a round finds once per war, side and treaty and shares between its deciders
     * ({@link Obligations.Triggered}) are what each decider outside the war finds on its own from every treaty;
     * the offense clauses' targets found by name are those found by scanning the foes.
     */
    @Property(tries = 300)
    void obligationsSharedInARoundAreEachDecidersOwn(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        // one of each for every decider, war and side, as in a round
        Obligations.LivingMembers living = new Obligations.LivingMembers(w);
        Obligations.Triggered round = new Obligations.Triggered();
        List<List<TreatyState>> treatiesOf = JoinDecider.treatiesInForceByParty(w);
        for (War war : w.wars) {
            for (int z = 0; z < w.n; z++) {
                if (war.sideOf(z) != 0) continue;
                for (int sign = -1; sign <= 1; sign += 2) {
                    assertThat(Obligations.of(w, war, z, sign, treatiesOf.get(z), living, round))
                            .as("war %d, z %d, side %d", war.id, z, sign).isEqualTo(Obligations.of(w, war, z, sign, w.treaties));
                    for (TreatyState t : w.treaties) {
                        if (!t.offense) continue;
                        assertThat(Obligations.offense(w, war, t, z, sign, true)).isEqualTo(Obligations.offense(w, war, t, z, sign, false));
                    }
                }
            }
        }
    }

    /**
     * The enemies of every utility of one decider, which merges the enemy lists of several obligations once per
     * sequence of lists and shares the result among its decisions, are what a decider made for the one decision
     * gives, and what merging the obligations' enemies in order (each once) gives; the utilities' terms too.
     * It fails when a merged list is kept for other lists or when the merge loses its order.
     */
    @Property(tries = 300)
    void mergedEnemiesSharedInARoundAreEachUtilitysOwn(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        PowerTable p = new PowerTable(w);
        ThreatModel threats = new ThreatModel(w, p);
        PowerAtSignature signature = new PowerAtSignature(w);
        JoinDecider round = new JoinDecider(w, p, threats, DecisionWeights.defaults(), signature);
        for (int pass = 0; pass < 2; pass++) { // twice: the second pass reads what the first one kept
            for (War war : w.wars) {
                for (int z = 0; z < w.n; z++) {
                    if (war.sideOf(z) != 0 || !w.alive[z]) continue;
                    for (int sign = -1; sign <= 1; sign += 2) {
                        Utility shared = round.utility(z, war, sign);
                        Utility own = new JoinDecider(w, p, threats, DecisionWeights.defaults(), signature).utility(z, war, sign);
                        assertThat(shared.enemies()).as("war %d, z %d, side %d", war.id, z, sign).isEqualTo(own.enemies());
                        assertThat(shared.terms()).isEqualTo(own.terms());
                        List<Obligations.Obligation> obligations = Obligations.of(w, war, z, sign, w.treaties);
                        if (obligations.size() > 1) {
                            List<Integer> merged = new ArrayList<>();
                            for (Obligations.Obligation o : obligations) for (int e : o.enemies()) if (!merged.contains(e)) merged.add(e);
                            if (!merged.isEmpty()) assertThat(shared.enemies()).isEqualTo(merged);
                        }
                    }
                }
            }
        }
    }

    /**
     * An entrant's declarations are handed to the breach rule only when one of its treaties can be breached
     * ({@link DecisionStep#mayBreach}): whenever the check says no, the rule changes no status, and whenever it
     * says yes, the rule breaches a treaty; for random entrants, target lists (with repeats) and candidate lists.
     */
    @Property(tries = 300)
    void breachCheckSaysWhetherTheBreachRuleChangesAStatus(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int states = randomWorld(new Random(seed)).n;
        for (int attempt = 0; attempt < 6; attempt++) {
            World w = randomWorld(new Random(seed)); // the same world each time: the rule changes it
            int z = r.nextInt(states);
            List<Integer> targets = new ArrayList<>();
            for (int k = r.nextInt(states + 1); k > 0; k--) targets.add(r.nextInt(states));
            targets.remove(Integer.valueOf(z));
            boolean[] marked = new boolean[w.n];
            for (int x : targets) marked[x] = true;
            List<TreatyState> candidates = r.nextBoolean() ? w.treaties : JoinDecider.treatiesInForceByParty(w).get(z);
            boolean may = DecisionStep.mayBreach(z, marked, candidates);
            List<org.entente.engine.model.TreatyStatus> before = new ArrayList<>();
            for (TreatyState t : w.treaties) before.add(t.status);
            new org.entente.engine.war.WarResolver(w).breachTreatiesBetween(z, targets, List.of("test"), candidates);
            List<org.entente.engine.model.TreatyStatus> after = new ArrayList<>();
            for (TreatyState t : w.treaties) after.add(t.status);
            assertThat(!after.equals(before)).as("z %d, targets %s", z, targets).isEqualTo(may);
        }
    }

    @Property(tries = 300)
    void allyAtWarFromTreatyPartiesIsAllyAtWarFromScanningTheSide(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        List<List<TreatyState>> treatiesOf = JoinDecider.treatiesInForceByParty(w);
        for (War war : w.wars) {
            for (int z = 0; z < w.n; z++) {
                if (war.sideOf(z) != 0) continue;
                for (int sign = -1; sign <= 1; sign += 2) {
                    // a copy of the side is not the war's list: partnerAtWar then scans it
                    assertThat(AllyTies.partnerAtWar(war, z, war.side(sign), treatiesOf.get(z)))
                            .isEqualTo(AllyTies.partnerAtWar(war, z, new ArrayList<>(war.side(sign)), treatiesOf.get(z)));
                }
            }
        }
    }

    /** A world of up to 14 states with borders, treaties (defense clauses with and without conditions), alignments, dead states and wars. */
    private static World randomWorld(Random r) {
        int n = 4 + r.nextInt(11);
        ScenarioBuilder b = Scenario.builder("S").years(2000, 2000).region("North").region("South");
        for (int i = 0; i < n; i++) {
            int self = i;
            b.state("S" + i, s -> {
                s.military(1 + r.nextInt(9)).economy(1 + r.nextInt(9)).population(1 + r.nextInt(9)).region(r.nextBoolean() ? "North" : "South");
                List<String> borders = new ArrayList<>();
                for (int k = 0; k < n; k++) if (k != self && r.nextInt(4) == 0) borders.add("S" + k);
                s.borders(borders.toArray(new String[0]));
            });
        }
        for (int k = 0, treaties = r.nextInt(2 * n); k < treaties; k++) {
            List<String> parties = new ArrayList<>();
            for (int m = 2 + r.nextInt(3); m > 0; m--) { String s = "S" + r.nextInt(n); if (!parties.contains(s)) parties.add(s); }
            if (parties.size() < 2) continue;
            String against = "S" + r.nextInt(n);
            boolean named = r.nextBoolean(), provoked = r.nextBoolean(), regional = r.nextInt(4) == 0, second = r.nextInt(3) == 0;
            b.alliance("T" + k, t -> {
                t.members(parties.toArray(new String[0]));
                t.defense(c -> {
                    if (named) c.against(against);
                    if (provoked) c.unlessProvoked();
                    if (regional) c.in("North");
                });
                if (second) t.defense();
                if (r.nextInt(4) == 0) t.offense(against);
                // a second offense clause naming one or two states (maybe a party, a dead state, or the same state twice)
                if (r.nextInt(6) == 0) t.offense("S" + r.nextInt(n), "S" + r.nextInt(n));
            });
        }
        World w = new World(b.build());
        TreatyClock.advance(w, 2000, true);
        RandomAlignments.add(w, r, n);
        for (int wars = 1 + r.nextInt(2); wars > 0; wars--) {
            int a = r.nextInt(n), t = r.nextInt(n);
            if (a == t) continue;
            War war = new War(w.nextWarId++, a, t, 2000, n);
            w.wars.add(war);
            war.declare(a, t);
            for (int k = r.nextInt(n); k > 0; k--) {
                int s = r.nextInt(n);
                if (war.sideOf(s) != 0) continue;
                int sign = r.nextBoolean() ? 1 : -1;
                war.join(s, sign);
                for (int e : new ArrayList<>(war.side(-sign))) if (r.nextInt(3) == 0) war.declare(s, e);
            }
            if (r.nextInt(4) == 0 && war.sideA.size() > 1) war.leave(war.sideA.get(war.sideA.size() - 1));
        }
        for (int k = r.nextInt(3); k > 0; k--) w.alive[r.nextInt(n)] = false;
        return w;
    }

    /** T_Z(j) as the decision rule defines it, from the threat model's score (docs/semantics.md §6a). */
    private static double dyadicThreat(ThreatModel threats, World w, PowerTable p, int z, int j) {
        if (threats.replaced(z, j)) return threats.score(z, j);
        double pj = p.power[j], pz = p.power[z];
        double relZ = pj + pz > 0 ? pj / (pj + pz) : 0;
        return ThreatModel.clamp(threats.score(z, j) + w.settings.powerWeight() * (relZ - p.rel[j]));
    }

    private static double maxThreat(ThreatModel threats, World w, PowerTable p, int z, List<Integer> side) {
        double best = 0;
        for (int j : side) if (w.alive[j] && j != z) best = Math.max(best, dyadicThreat(threats, w, p, z, j));
        return best;
    }

    private static int mostThreatening(ThreatModel threats, World w, PowerTable p, int z, List<Integer> side) {
        int best = -1;
        double bestV = -1;
        for (int j : side) {
            if (!w.alive[j] || j == z) continue;
            double t = dyadicThreat(threats, w, p, z, j);
            if (t > bestV || (t == bestV && j < best)) { bestV = t; best = j; }
        }
        return best;
    }

    private static double winShare(JoinDecider d, World w, PowerTable p, int z, List<Integer> own, List<Integer> opp) {
        double mine = p.power[z], theirs = 0;
        for (int j : own) if (w.alive[j] && j != z) mine += p.power[j] * d.discount(z, j);
        for (int j : opp) if (w.alive[j] && j != z) theirs += p.power[j] * d.discount(z, j);
        return mine + theirs > 0 ? mine / (mine + theirs) : 0.5;
    }

    private static double nearness(World w, int z, List<Integer> side) {
        double best = 0;
        for (int j : side) if (w.alive[j] && j != z) best = Math.max(best, ThreatModel.proximity(w.hops().hops(z, j)));
        return best;
    }

    private static double exposure(World w, PowerTable p, int z, List<Integer> opp) {
        double best = 0;
        for (int j : opp) {
            if (!w.alive[j] || j == z) continue;
            double pj = p.power[j], pz = p.power[z];
            double strength = pj + pz > 0 ? pj / (pj + pz) : 0;
            best = Math.max(best, ThreatModel.proximity(w.hops().hops(z, j)) * strength);
        }
        return best;
    }

    private static boolean fightsAny(World w, int z, List<Integer> opp) {
        if (!w.atWarAtAll(z)) return false;
        for (int j : opp) if (w.atWar(z, j)) return true;
        return false;
    }

    /** The casus foederis of a defense clause as a scan of the foes for each protected ally. */
    private static Obligations.Obligation scannedDefense(World w, War war, TreatyState t, int z, List<Integer> friends, List<Integer> foes) {
        int friendly = friends == war.sideA ? 1 : -1;
        int[] allies = Obligations.onSide(war, t.def.isGuarantee() ? t.recipients : t.members, null, friendly);
        int[] partiesOpposite = Obligations.onSide(war, t.members, t.recipients, -friendly);
        for (int x : allies) {
            if (x == z) continue;
            boolean defending = war.sideOf(x) == war.targetSide();
            for (Clause c : t.defenseClauses) {
                if (c.region() != null && !c.region().equals(w.region[x])) continue;
                if (c.unlessProvoked() && !defending) continue;
                List<Integer> covered = new ArrayList<>(), attacking = new ArrayList<>();
                for (int y : foes) {
                    boolean opposite = false;
                    for (int q : partiesOpposite) opposite |= q == y;
                    if (!w.alive[y] || opposite || !c.covers(w.names[y])) continue;
                    covered.add(y);
                    if (war.declaredOn(y, x)) attacking.add(y);
                }
                if (covered.isEmpty() || (!defending && attacking.isEmpty())) continue;
                return new Obligations.Obligation(t, true, !c.against().isEmpty(), x, attacking.isEmpty() ? covered : attacking);
            }
        }
        return null;
    }
}
