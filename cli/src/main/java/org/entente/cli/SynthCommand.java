package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.synth.ScenarioSynthesizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente synth}: a synthetic, valid scenario of any size, the same for the same seed. */
@Command(name = "synth", mixinStandardHelpOptions = true,
		description = {
				"Write a synthetic scenario for benchmarks and tests.",
				"States on a random border map with a few great powers, ATOP-like treaties, events and expectations; "
						+ "the same options always write the same file. It checks without errors; like real alliance "
						+ "data it draws warnings (duplicate clauses of overlapping treaties, chain-ganging risks), "
						+ "which 'entente run --no-warnings' leaves out." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:scenario written",
				"1:the file cannot be written",
				"2:usage error" })
public class SynthCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--states", required = true, paramLabel = "N", description = "Number of states (at least 2).")
	int states;

	@Option(names = "--treaties", paramLabel = "M", description = "Number of treaties (default: 5 per state).")
	Integer treaties;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--turns", paramLabel = "T", defaultValue = "100",
			description = "Years in the run, from 1900 (default: ${DEFAULT-VALUE}; at most 1000, the longest scenario).")
	int turns;

	@Option(names = "--entrants", paramLabel = "P", defaultValue = "0",
			description = "Probability that a state enters the state system during the run: 'since Y', Y drawn from the "
					+ "run's second to last year, no event naming it before (default: ${DEFAULT-VALUE}, every state there from the start).")
	double entrants;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
	Path output;

	@Override
	public Integer call() {
		ScenarioSynthesizer.Options options;
		try {
			options = new ScenarioSynthesizer.Options(states, treaties == null ? 5 * states : treaties, seed, turns, 1900, entrants);
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println("entente: synth: " + e.getMessage());
			return Main.USAGE;
		}
		String text = ScenarioSynthesizer.generate(options);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (output == null) {
			out.print(text);
			return Main.OK;
		}
		try {
			AtomicFiles.write(output, text);
			err.println("entente: wrote " + output);
			return Main.OK;
		} catch (IOException e) {
			err.println("entente: cannot write '" + output + "': " + e.getMessage());
			return Main.FAILED;
		}
	}
}
