package org.entente.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
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
 * Parse + link + validate of one synthesized file ({@code entente synth --states N --treaties 5N
 * --seed 1}) through {@link ScenarioLoader}, as {@code entente check} does. Run:
 * {@code java -jar bench/target/benchmarks.jar CheckBenchmark -p states=100,1000,5000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class CheckBenchmark {

	@Param({ "100", "1000", "5000" })
	public int states;

	private String text;
	private ScenarioLoader loader;

	@Setup
	public void setUp() {
		text = Synthetic.text(states, 100);
		loader = Synthetic.injector().getInstance(ScenarioLoader.class);
		List<EntenteDiagnostic> errors = Synthetic.check(loader, text).stream().filter(EntenteDiagnostic::countsAsError).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("synthesized scenario has errors: " + errors.get(0).toHumanString());
		}
	}

	@Benchmark
	public List<EntenteDiagnostic> check() {
		return Synthetic.check(loader, text);
	}
}
