package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * A side scan continued across rounds ({@link GrowingSides}) is bit for bit the scan of the whole side made
 * afresh (docs/performance.md, "Side scans continued"): random worlds go through rounds in which states join
 * the wars, softening treaties are breached and the threat model is brought up to date, and now and then a
 * member leaves a side, as between the rounds of a turn's decisions.
 */
class GrowingSidesTest {

    @Property(tries = 300)
    void continuedScansAreFreshScans(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        PowerTable p = new PowerTable(w);
        ThreatModel threats = new ThreatModel(w, p);
        JoinDecider d = new JoinDecider(w, p, threats, DecisionWeights.defaults(), new PowerAtSignature(w));
        GrowingSides sides = new GrowingSides(w.n);
        AlignedWith aligned = new AlignedWith(w.n);
        for (int round = 0; round < 5; round++) {
            for (War war : w.wars) {
                for (int z = 0; z < w.n; z++) {
                    if (!w.alive[z] || w.atWarAtAll(z)) continue;
                    for (int sign = -1; sign <= 1; sign += 2) {
                        SideScan continued = sides.scan(d, w, p.power, z, war, sign, aligned.of(w.alignments, z));
                        SideScan fresh = SideScan.of(d, w, p.power, z, war.side(sign));
                        assertSame(continued, fresh, "round " + round + ", war " + war.id + ", z " + z + ", side " + sign);
                    }
                }
            }
            betweenRounds(r, w);
            threats.refreshTreaties();
        }
    }

    /** The sides as ints ({@link War#members}) are the side lists, through joins and leaves. */
    @Property(tries = 300)
    void membersAreTheSideLists(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        for (int round = 0; round < 5; round++) {
            for (War war : w.wars) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    List<Integer> ints = new ArrayList<>();
                    for (int k = 0; k < war.side(sign).size(); k++) ints.add(war.members(sign)[k]);
                    assertThat(ints).isEqualTo(war.side(sign));
                }
            }
            betweenRounds(r, w);
        }
    }

    /**
     * With the observer's enemies marked ({@link ThreatModel#markEnemies}), whether j is an enemy, whether T(z, j)
     * is replaced and T(z, j) itself are what a model without marks answers, for observers in any number of wars;
     * and after the wars change and the marks end, the answers follow the wars again.
     */
    @Property(tries = 300)
    void markedEnemiesAreTheWarsWalk(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        for (int k = r.nextInt(3); k > 0; k--) {
            int a = r.nextInt(w.n), t = r.nextInt(w.n);
            if (a != t && w.alive[a] && w.alive[t]) w.wars.add(new War(w.nextWarId++, a, t, 2000, w.n));
        }
        PowerTable p = new PowerTable(w);
        ThreatModel marked = new ThreatModel(w, p);
        for (int round = 0; round < 3; round++) {
            ThreatModel plain = new ThreatModel(w, p);
            for (int z = 0; z < w.n; z++) {
                marked.markEnemies(z);
                for (int j = 0; j < w.n; j++) {
                    String what = "round " + round + ", T(" + z + ", " + j + ")";
                    assertThat(marked.atWar(z, j)).as("at war, %s", what).isEqualTo(w.atWar(z, j));
                    assertThat(marked.replaced(z, j)).as("replaced, %s", what).isEqualTo(plain.replaced(z, j));
                    if (j != z) assertThat(marked.score(z, j)).as("score, %s", what).isEqualTo(plain.score(z, j));
                }
                marked.unmarkEnemies();
            }
            betweenRounds(r, w);
            marked.refreshTreaties();
        }
    }

    private static void assertSame(SideScan a, SideScan b, String what) {
        assertThat(a.maxThreat).as("max threat, %s", what).isEqualTo(b.maxThreat);
        assertThat(a.mostThreatening).as("most threatening, %s", what).isEqualTo(b.mostThreatening);
        assertThat(a.power).as("power, %s", what).isEqualTo(b.power);
        assertThat(a.powerWithZ).as("power with z, %s", what).isEqualTo(b.powerWithZ);
        assertThat(a.nearness).as("nearness, %s", what).isEqualTo(b.nearness);
        assertThat(a.exposure).as("exposure, %s", what).isEqualTo(b.exposure);
        assertThat(a.fights).as("fights, %s", what).isEqualTo(b.fights);
        assertThat(aligned(a)).as("aligned, %s", what).isEqualTo(aligned(b));
    }

    private static List<Integer> aligned(SideScan s) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < s.alignedCount(); k++) out.add(s.aligned(k));
        return out;
    }

    /** Entrants join the wars' ends, softening treaties are breached, and sometimes a member leaves a side. */
    private static void betweenRounds(Random r, World w) {
        for (War war : w.wars) {
            for (int k = r.nextInt(4); k > 0; k--) {
                int s = r.nextInt(w.n);
                if (w.alive[s] && war.sideOf(s) == 0 && r.nextInt(3) > 0) war.join(s, r.nextBoolean() ? 1 : -1);
            }
            if (r.nextInt(5) == 0) {
                List<Integer> side = war.side(r.nextBoolean() ? 1 : -1);
                if (side.size() > 1) war.leave(side.get(r.nextInt(side.size())));
            }
        }
        for (TreatyState t : w.treaties) if (t.softens() && r.nextInt(4) == 0) w.setStatus(t, TreatyStatus.BREACHED, "test");
    }

    /** Up to 14 states with borders, ideologies, defense and restraint treaties, declared threats, alignments, dead states and wars. */
    private static World randomWorld(Random r) {
        int n = 4 + r.nextInt(11);
        ScenarioBuilder b = Scenario.builder("S").years(2000, 2000).region("North").region("South")
                .ideology("Red", "Blue").ideology("Blue", "Red");
        for (int i = 0; i < n; i++) {
            int self = i;
            b.state("S" + i, s -> {
                s.military(1 + r.nextInt(9)).economy(1 + r.nextInt(9)).population(1 + r.nextInt(9)).region(r.nextBoolean() ? "North" : "South");
                if (r.nextBoolean()) s.ideology(r.nextBoolean() ? "Red" : "Blue");
                List<String> borders = new ArrayList<>();
                for (int k = 0; k < n; k++) if (k != self && r.nextInt(4) == 0) borders.add("S" + k);
                s.borders(borders.toArray(new String[0]));
            });
        }
        for (int k = 0, treaties = r.nextInt(3 * n); k < treaties; k++) {
            List<String> parties = new ArrayList<>();
            for (int m = 2 + r.nextInt(3); m > 0; m--) { String s = "S" + r.nextInt(n); if (!parties.contains(s)) parties.add(s); }
            if (parties.size() < 2) continue;
            int kind = r.nextInt(3);
            b.alliance("T" + k, t -> {
                t.members(parties.toArray(new String[0]));
                if (kind != 1) t.defense();
                if (kind != 0) t.nonaggression();
            });
        }
        for (int k = r.nextInt(3); k > 0; k--) {
            int from = r.nextInt(n), to = r.nextInt(n);
            if (from != to) b.declaredThreat("S" + from, "S" + to, r.nextDouble());
        }
        for (int k = r.nextInt(3); k > 0; k--) {
            int x = r.nextInt(n), y = r.nextInt(n);
            if (x != y) { if (r.nextBoolean()) b.dispute("S" + x, "S" + y); else b.rivalry("S" + x, "S" + y); }
        }
        World w = new World(b.build());
        TreatyClock.advance(w, 2000, true);
        RandomAlignments.add(w, r, n);
        for (int wars = 1 + r.nextInt(2); wars > 0; wars--) {
            int a = r.nextInt(n), t = r.nextInt(n);
            if (a == t) continue;
            War war = new War(w.nextWarId++, a, t, 2000, n);
            w.wars.add(war);
            for (int k = r.nextInt(n / 2); k > 0; k--) {
                int s = r.nextInt(n);
                if (war.sideOf(s) == 0) war.join(s, r.nextBoolean() ? 1 : -1);
            }
        }
        for (int k = r.nextInt(3); k > 0; k--) w.alive[r.nextInt(n)] = false;
        return w;
    }
}
