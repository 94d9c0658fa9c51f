package org.entente.engine.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.entente.engine.model.Event;
import org.entente.engine.model.Intent;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyKind;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.report.JsonReport;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarRecord;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Invariants of the simulator over random valid scenarios built with the engine's builder: up to
 * 24 states with random borders, capabilities, intents, ideologies, organizations, armed groups,
 * disputes, rivalries, declared threats, treaties of every kind and clause, and random attacks,
 * arms, joins, leaves, peace, annexations and collapses. Fixed seed and bounded tries: CI repeats
 * exactly the same cases.
 */
class SimulationPropertiesTest {

    private static final String SEED = "20260408";
    private static final double EPS = 1e-9;

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.longs().map(RandomScenarios::build);
    }

    @Property(tries = 60, seed = SEED, shrinking = ShrinkingMode.OFF)
    void sameScenarioGivesTheSameTraceJson(@ForAll("scenarios") Scenario scenario) {
        String first = JsonReport.render(Simulation.run(scenario));
        String second = JsonReport.render(Simulation.run(scenario));
        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 80, seed = SEED, shrinking = ShrinkingMode.OFF)
    void powerSharesSumToOneOverLivingStatesEveryTurn(@ForAll("scenarios") Scenario scenario) {
        for (Turn turn : Simulation.run(scenario).turns()) {
            if (turn.states().isEmpty()) {
                continue;
            }
            double power = 0, mil = 0, eco = 0, pop = 0;
            for (StateTurn s : turn.states()) {
                assertThat(s.power()).isBetween(0.0, 1.0 + EPS);
                power += s.power();
                mil += s.shareMilitary();
                eco += s.shareEconomy();
                pop += s.sharePopulation();
            }
            assertThat(power).as("Σ power in %d", turn.year()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(mil).as("Σ military share in %d", turn.year()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(eco).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(pop).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Property(tries = 80, seed = SEED, shrinking = ShrinkingMode.OFF)
    void warIsSymmetric(@ForAll("scenarios") Scenario scenario) {
        for (Turn turn : Simulation.run(scenario).turns()) {
            Map<String, Set<String>> enemies = new HashMap<>();
            for (StateTurn s : turn.states()) {
                enemies.put(s.name(), new HashSet<>(s.enemies()));
            }
            for (StateTurn a : turn.states()) {
                for (StateTurn b : turn.states()) {
                    boolean ab = turn.atWar(a.name(), b.name()), ba = turn.atWar(b.name(), a.name());
                    assertThat(ab).as("%d: %s at war with %s vs the converse", turn.year(), a.name(), b.name()).isEqualTo(ba);
                    assertThat(enemies.get(a.name()).contains(b.name()))
                            .as("%d: %s lists %s as enemy iff the converse", turn.year(), a.name(), b.name())
                            .isEqualTo(enemies.get(b.name()).contains(a.name()));
                }
                assertThat(enemies.get(a.name())).doesNotContain(a.name());
            }
            for (WarRecord war : turn.wars()) {
                assertThat(war.sideA()).doesNotContainAnyElementsOf(war.sideB());
            }
        }
    }

    @Property(tries = 80, seed = SEED, shrinking = ShrinkingMode.OFF)
    void everyLivingStateHasExactlyOnePostureAndBelligerentsFight(@ForAll("scenarios") Scenario scenario) {
        for (Turn turn : Simulation.run(scenario).turns()) {
            Set<String> seen = new HashSet<>();
            for (StateTurn s : turn.states()) {
                assertThat(seen.add(s.name())).as("%s appears twice in %d", s.name(), turn.year()).isTrue();
                assertThat(s.posture()).as("%s's posture in %d", s.name(), turn.year()).isNotNull();
                if (!s.enemies().isEmpty()) {
                    assertThat(s.posture().word()).as("%s at war in %d", s.name(), turn.year()).isEqualTo("fighting");
                }
            }
        }
    }

    @Property(tries = 80, seed = SEED, shrinking = ShrinkingMode.OFF)
    void treatiesNeverComeBackIntoForce(@ForAll("scenarios") Scenario scenario) {
        Trace trace = Simulation.run(scenario);
        Map<String, TreatyStatus> last = new HashMap<>();
        for (Turn turn : trace.turns()) {
            for (Map.Entry<String, TreatyStatus> e : turn.treatyStatus().entrySet()) {
                TreatyStatus before = last.get(e.getKey());
                TreatyStatus now = e.getValue();
                if (before == TreatyStatus.LAPSED || before == TreatyStatus.BREACHED || before == TreatyStatus.EXPIRED) {
                    assertThat(now).as("%s in %d after being %s", e.getKey(), turn.year(), before).isEqualTo(before);
                }
                if (before == TreatyStatus.IN_FORCE) {
                    assertThat(now).as("%s in %d", e.getKey(), turn.year()).isNotEqualTo(TreatyStatus.PENDING);
                }
                last.put(e.getKey(), now);
            }
        }
    }

    /** Random valid scenarios from a seed (names S0.., T0..; every reference names a declared element). */
    static final class RandomScenarios {
        private RandomScenarios() {
        }

        static Scenario build(long seed) {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(23);
            int turns = 1 + r.nextInt(15);
            int from = 1900 + r.nextInt(100);
            int to = from + turns - 1;
            ScenarioBuilder b = Scenario.builder("P" + Long.toHexString(seed & 0xffff)).years(from, to).seed(seed);
            if (r.nextInt(5) == 0) b.step(1 + r.nextInt(3));
            b.ideology("I0").ideology("I1", "I0").ideology("I2", "I1");
            b.region("R0").region("R1");
            List<String> states = new ArrayList<>();
            for (int i = 0; i < n; i++) states.add("S" + i);
            String[] words = { "aggressive", "revisionist", "status-quo", "defensive" };
            for (int i = 0; i < n; i++) {
                List<String> borders = new ArrayList<>();
                for (int k = 0; k < r.nextInt(4); k++) {
                    int j = r.nextInt(n);
                    if (j != i) borders.add(states.get(j));
                }
                double mil = 0.01 + 5 * r.nextDouble(), eco = 0.01 + 5 * r.nextDouble(), pop = 0.1 + 100 * r.nextDouble();
                boolean numericIntent = r.nextBoolean();
                double intent = r.nextDouble();
                String word = words[r.nextInt(words.length)];
                double off = r.nextDouble(), stab = r.nextDouble();
                boolean hasStability = r.nextBoolean();
                String ideology = r.nextInt(4) == 0 ? null : "I" + r.nextInt(3);
                String region = "R" + r.nextInt(2);
                b.state(states.get(i), s -> {
                    s.military(mil).economy(eco).population(pop).offensive(off).region(region)
                            .borders(borders.toArray(String[]::new));
                    if (numericIntent) s.intent(intent); else s.intent(Intent.ofKeyword(word));
                    if (ideology != null) s.ideology(ideology);
                    if (hasStability) s.stability(stab);
                });
            }
            for (int o = 0; o < r.nextInt(3); o++) b.organization("O" + o, null, pick(r, states, 2 + r.nextInt(3)));
            for (int a = 0; a < r.nextInt(3); a++) {
                String target = states.get(r.nextInt(n)), sponsor = states.get(r.nextInt(n));
                double strength = r.nextDouble();
                b.actor("G" + a, ab -> ab.kind(org.entente.engine.model.ActorKind.ARMED_GROUP).targets(target)
                        .strength(strength).sponsor(sponsor.equals(target) ? null : sponsor));
            }
            for (int d = 0; d < r.nextInt(4); d++) {
                String[] p = pick(r, states, 2);
                if (p.length == 2) b.dispute(p[0], p[1], "d" + d);
            }
            for (int d = 0; d < r.nextInt(3); d++) {
                String[] p = pick(r, states, 2);
                if (p.length == 2) b.rivalry(p[0], p[1]);
            }
            for (int d = 0; d < r.nextInt(3); d++) {
                String[] p = pick(r, states, 2);
                if (p.length == 2) b.declaredThreat(p[0], p[1], r.nextDouble());
            }
            int treaties = r.nextInt(2 * n + 1);
            List<String> treatyNames = new ArrayList<>();
            for (int t = 0; t < treaties; t++) {
                String name = "T" + t;
                treatyNames.add(name);
                boolean guarantee = r.nextInt(6) == 0;
                String[] parties = pick(r, states, 2 + r.nextInt(Math.min(4, n - 1)));
                if (parties.length < 2) continue;
                Integer signed = r.nextInt(4) == 0 ? null : from - 5 + r.nextInt(turns + 6);
                Integer expires = signed != null && r.nextInt(5) == 0 ? signed + 1 + r.nextInt(10) : null;
                boolean durable = r.nextInt(6) == 0;
                int clauses = 1 + r.nextInt(3);
                int[] kinds = new int[clauses];
                for (int c = 0; c < clauses; c++) kinds[c] = r.nextInt(6);
                String target = states.get(r.nextInt(n));
                boolean targetIsParty = List.of(parties).contains(target);
                boolean unless = r.nextBoolean();
                TreatyKind kind = guarantee ? TreatyKind.GUARANTEE : TreatyKind.values()[r.nextInt(3)];
                b.treaty(name, kind, tb -> {
                    if (guarantee) {
                        tb.guarantors(parties[0]).recipients(java.util.Arrays.copyOfRange(parties, 1, parties.length));
                    } else {
                        tb.members(parties);
                    }
                    if (signed != null) tb.signed(signed);
                    if (expires != null) tb.expires(expires);
                    tb.durable(durable);
                    for (int k : kinds) {
                        switch (k) {
                            case 0 -> tb.defense();
                            case 1 -> tb.defense(c -> {
                                if (!targetIsParty) c.against(target);
                                if (unless) c.unlessProvoked();
                            });
                            case 2 -> { if (!targetIsParty) tb.offense(target); else tb.consultation(); }
                            case 3 -> tb.neutrality();
                            case 4 -> tb.nonaggression();
                            default -> tb.consultation();
                        }
                    }
                });
            }
            int events = r.nextInt(2 * n + 2);
            for (int e = 0; e < events; e++) {
                int year = from + r.nextInt(turns);
                String a = states.get(r.nextInt(n)), c = states.get(r.nextInt(n));
                switch (r.nextInt(10)) {
                    case 0, 1, 2 -> { if (!a.equals(c)) b.event(Event.attack(year, a, c)); }
                    case 3 -> b.event(Event.arms(year, a, r.nextDouble() - 0.3));
                    case 4 -> { if (!treatyNames.isEmpty()) b.event(Event.join(year, a, treatyNames.get(r.nextInt(treatyNames.size())))); }
                    case 5 -> { if (!treatyNames.isEmpty()) b.event(Event.leave(year, a, treatyNames.get(r.nextInt(treatyNames.size())))); }
                    case 6, 7 -> { if (!a.equals(c)) b.event(Event.peace(year, a, c)); }
                    case 8 -> { if (!a.equals(c) && r.nextInt(3) == 0) b.event(Event.annex(year, a, c)); }
                    default -> { if (r.nextInt(3) == 0) b.event(Event.collapse(year, a)); }
                }
            }
            return b.build();
        }

        private static String[] pick(Random r, List<String> from, int size) {
            List<String> copy = new ArrayList<>(from);
            List<String> out = new ArrayList<>();
            for (int k = 0; k < size && !copy.isEmpty(); k++) out.add(copy.remove(r.nextInt(copy.size())));
            return out.toArray(String[]::new);
        }
    }
}
