package org.entente.bench;

import java.util.concurrent.TimeUnit;

import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
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
 * {@code Simulation.run} of a synthesized scenario (N states, 5N treaties, seed 1, 100 one-year turns),
 * translated from its text by {@code ScenarioTranslator} as {@code entente run} does; the whole
 * trace is built. Run:
 * {@code java -jar bench/target/benchmarks.jar ScaleSimulationBenchmark -p states=100,1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class ScaleSimulationBenchmark {

	@Param({ "100", "300", "1000" })
	public int states;

	@Param({ "100" })
	public int turns;

	private Scenario scenario;

	@Setup
	public void setUp() {
		scenario = Synthetic.scenario(Synthetic.text(states, turns));
	}

	@Benchmark
	public Trace run() {
		return Simulation.run(scenario);
	}
}
