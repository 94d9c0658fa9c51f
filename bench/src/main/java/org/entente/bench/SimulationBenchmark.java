package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyKind;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full run of a synthetic seeded scenario: N states with random borders (degree ≤ 6), 2N random
 * treaties of 2–4 parties with random clauses, 100 turns, a few attacks, arms events and a collapse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {
    @Param({"1000"})
    public int states;

    @Param({"100"})
    public int turns;

    private Scenario scenario;

    @Setup
    public void setup() { scenario = synthetic(states, 2 * states, turns, 42L); }

    @Benchmark
    public Trace run() { return Simulation.run(scenario); }

    public static Scenario synthetic(int n, int treaties, int turns, long seed) {
        Random r = new Random(seed);
        ScenarioBuilder b = Scenario.builder("Synthetic").years(2000, 2000 + turns - 1).seed(seed)
                .ideology("I0").ideology("I1", "I0").ideology("I2");
        int[] degree = new int[n];
        List<List<String>> borders = new ArrayList<>();
        for (int i = 0; i < n; i++) borders.add(new ArrayList<>());
        for (int i = 1; i < n; i++) { // a random tree keeps the graph connected, then extra edges
            int j = r.nextInt(i);
            if (degree[j] < 6) { borders.get(i).add("S" + j); degree[i]++; degree[j]++; }
        }
        for (int e = 0; e < n; e++) {
            int i = r.nextInt(n), j = r.nextInt(n);
            if (i != j && degree[i] < 6 && degree[j] < 6 && !borders.get(i).contains("S" + j)) {
                borders.get(i).add("S" + j); degree[i]++; degree[j]++;
            }
        }
        for (int i = 0; i < n; i++) {
            final int k = i;
            double mil = 0.1 + 3 * r.nextDouble(), eco = 0.1 + 3 * r.nextDouble(), pop = 1 + 100 * r.nextDouble();
            double off = r.nextDouble(), intent = r.nextDouble(), stab = 0.5 + 0.5 * r.nextDouble();
            String ideo = "I" + r.nextInt(3);
            b.state("S" + i, s -> s.military(mil).economy(eco).population(pop).offensive(off).intent(intent)
                    .stability(stab).ideology(ideo).borders(borders.get(k).toArray(String[]::new)));
        }
        for (int o = 0; o < n / 50; o++) {
            String[] m = new String[5];
            for (int k = 0; k < 5; k++) m[k] = "S" + r.nextInt(n);
            b.organization("O" + o, null, m);
        }
        for (int d = 0; d < n / 10; d++) b.dispute("S" + r.nextInt(n), "S" + r.nextInt(n));
        for (int t = 0; t < treaties; t++) {
            int size = 2 + r.nextInt(3);
            String[] m = new String[size];
            for (int k = 0; k < size; k++) m[k] = "S" + r.nextInt(n);
            int signed = 1990 + r.nextInt(turns + 10);
            int kind = r.nextInt(5);
            String target = "S" + r.nextInt(n);
            b.treaty("T" + t, kind == 4 ? TreatyKind.PACT : TreatyKind.ALLIANCE, tb -> {
                tb.members(m).signed(signed);
                switch (kind) {
                    case 0 -> tb.defense();
                    case 1 -> tb.defense(d -> d.against(target).unlessProvoked());
                    case 2 -> tb.offense(target);
                    case 3 -> tb.neutrality();
                    default -> tb.nonaggression();
                }
            });
        }
        for (int e = 0; e < 20; e++) {
            int year = 2000 + r.nextInt(turns);
            b.event(Event.attack(year, "S" + r.nextInt(n), "S" + r.nextInt(n)));
            b.event(Event.arms(year, "S" + r.nextInt(n), 0.4));
        }
        b.event(Event.collapse(2000 + turns / 2, "S" + r.nextInt(n)));
        return b.build();
    }
}
