package org.entente.bench;

import java.util.concurrent.TimeUnit;

import org.entente.engine.model.Scenario;
import org.entente.engine.sample.SampleSummary;
import org.entente.engine.sample.SampledRuns;
import org.entente.engine.sim.SimulationOptions;
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
 * Sampled mode ({@code entente run --samples N --seed 7}) on the scenario of {@link ScaleSimulationBenchmark}:
 * N complete runs with every decision drawn, and the per-pair shares. Divide the time by {@code samples} for
 * the cost per sample, to compare with the deterministic run. Run:
 * {@code java -jar bench/target/benchmarks.jar ScaleSampledBenchmark -p states=1000 -p samples=2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class ScaleSampledBenchmark {

	@Param({ "100", "1000" })
	public int states;

	@Param({ "100" })
	public int turns;

	@Param({ "2" })
	public int samples;

	private Scenario scenario;

	@Setup
	public void setUp() {
		scenario = Synthetic.scenario(Synthetic.text(states, turns));
	}

	@Benchmark
	public SampleSummary sampled() {
		return SampledRuns.run(scenario, SimulationOptions.defaults(), samples, 7);
	}
}
