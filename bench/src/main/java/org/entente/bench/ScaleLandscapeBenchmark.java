package org.entente.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.entente.engine.landscape.LandscapeAnalyzer;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.LandscapeProblem;
import org.entente.engine.landscape.LandscapeResult;
import org.entente.engine.model.Dispute;
import org.entente.engine.model.Rivalry;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.Treaty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Landscape analysis of the states of a synthesized scenario (N states, 5N treaties, seed 1) with the
 * default options: exact up to 30 actors, the seeded heuristic (1 000 restarts) above. Input: size =
 * CINC-style mean of the three capability shares; propensity = same ideology +1, opposed −1,
 * dispute −1, rivalry −1, +1 per shared treaty (every treaty counted as in force) — the benchmark's
 * own input builder, not the simulator's. Run:
 * {@code java -jar bench/target/benchmarks.jar ScaleLandscapeBenchmark -p states=30,100,300,1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class ScaleLandscapeBenchmark {

	@Param({ "30", "100", "300" })
	public int states;

	private LandscapeProblem problem;

	@Setup
	public void setUp() {
		problem = problem(Synthetic.scenario(Synthetic.text(states, 10)));
	}

	@Benchmark
	public LandscapeResult analyze() {
		return LandscapeAnalyzer.analyze(problem, LandscapeOptions.defaults().withSeed(1));
	}

	static LandscapeProblem problem(Scenario scenario) {
		List<String> names = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		double mil = 0, eco = 0, pop = 0;
		for (var s : scenario.states()) {
			index.put(s.name(), names.size());
			names.add(s.name());
			mil += s.military();
			eco += s.economy();
			pop += s.population();
		}
		int n = names.size();
		double[] sizes = new double[n];
		String[] ideology = new String[n];
		for (int i = 0; i < n; i++) {
			var s = scenario.states().get(i);
			sizes[i] = (s.military() / mil + s.economy() / eco + s.population() / pop) / 3;
			ideology[i] = s.ideology();
		}
		double[][] p = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i != j && ideology[i] != null && ideology[j] != null) {
					p[i][j] = ideology[i].equals(ideology[j]) ? 1 : scenario.opposed(ideology[i], ideology[j]) ? -1 : 0;
				}
			}
		}
		for (Dispute d : scenario.disputes()) {
			mutual(p, index.get(d.a()), index.get(d.b()), -1);
		}
		for (Rivalry r : scenario.rivalries()) {
			mutual(p, index.get(r.a()), index.get(r.b()), -1);
		}
		for (Treaty t : scenario.treaties()) {
			List<String> parties = t.parties();
			for (int a = 0; a < parties.size(); a++) {
				for (int b = a + 1; b < parties.size(); b++) {
					mutual(p, index.get(parties.get(a)), index.get(parties.get(b)), 1);
				}
			}
		}
		return LandscapeProblem.of(names, sizes, p);
	}

	private static void mutual(double[][] p, Integer a, Integer b, double value) {
		if (a != null && b != null && !a.equals(b)) {
			p[a][b] += value;
			p[b][a] += value;
		}
	}
}
