package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;

/**
 * One cold run with wall time, main-thread CPU time, heap still in use after a GC and the peak heap
 * (sum of the heap pools' peaks, an upper bound), for the targets in docs/performance.md ("Scale").
 * Run with the heap limit under test:
 * {@code java -Xmx1g -cp bench/target/benchmarks.jar org.entente.bench.ScaleProbe check 5000}
 * or {@code ... ScaleProbe run 1000 [turns]}.
 */
public final class ScaleProbe {

	private ScaleProbe() {
	}

	public static void main(String[] args) {
		String what = args.length > 0 ? args[0] : "check";
		int states = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		int turns = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		String text = Synthetic.text(states, turns);
		Synthetic.injector();
		resetPeaks();
		long wall = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
		Object keep;
		String detail;
		if ("run".equals(what)) {
			Scenario scenario = Synthetic.scenario(text);
			long wall2 = System.nanoTime(), cpu2 = threads.getCurrentThreadCpuTime();
			Trace trace = Simulation.run(scenario);
			keep = trace;
			detail = String.format("load+translate %.2f s wall; simulate %.2f s wall, %.2f s cpu; %d turns, expectations met: %s",
					(wall2 - wall) / 1e9, (System.nanoTime() - wall2) / 1e9, (threads.getCurrentThreadCpuTime() - cpu2) / 1e9,
					trace.turns().size(), trace.allExpectationsMet());
		} else {
			ScenarioLoader loader = Synthetic.injector().getInstance(ScenarioLoader.class);
			List<EntenteDiagnostic> diagnostics = Synthetic.check(loader, text);
			keep = diagnostics;
			detail = diagnostics.stream().filter(EntenteDiagnostic::countsAsError).count() + " errors, "
					+ diagnostics.size() + " diagnostics";
		}
		double seconds = (System.nanoTime() - wall) / 1e9, cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
		long peak = peakHeap();
		System.gc();
		Runtime rt = Runtime.getRuntime();
		long retained = rt.totalMemory() - rt.freeMemory();
		System.out.printf("%s %d states (%d treaties, %d turns, %d kB of text): %.2f s wall, %.2f s main-thread cpu; "
				+ "heap after GC %d MB, peak heap %d MB, max heap %d MB; %s%n", what, states, 5 * states, turns,
				text.length() / 1024, seconds, cpuSeconds, retained >> 20, peak >> 20, rt.maxMemory() >> 20, detail);
		if (keep == null) {
			System.out.println();
		}
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
