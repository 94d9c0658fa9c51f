package org.entente.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command: one subcommand per job. */
@Command(name = "entente",
		mixinStandardHelpOptions = true,
		versionProvider = VersionProvider.class,
		description = "Alliance scenarios: check, simulate, analyse and generate.",
		subcommands = { CheckCommand.class, RunCommand.class, LandscapeCommand.class, GenerateCommand.class,
				ImportCommand.class, SynthCommand.class, LspCommand.class, HistoryCommand.class, ReportCommand.class,
				ServeCommand.class })
public class Main implements Runnable {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;
	/** A bug or exhausted memory: not 1, which means errors in the input or a failed expectation. */
	public static final int INTERNAL = 3;

	@picocli.CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do, e.g. 'entente check FILE'.");
	}

	public static void main(String[] args) {
		Languages.prepareFor(args);
		System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the command line with the given streams and returns the exit code (used by tests). */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new Main());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExitCodeExceptionMapper(e -> USAGE);
		commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
			// never a stack trace: a short message and the internal-failure exit code
			cmd.getErr().println("entente: internal error: " + e);
			return INTERNAL;
		});
		int code;
		try {
			code = commandLine.execute(args);
		} catch (OutOfMemoryError | StackOverflowError e) {
			err.println("entente: internal error: " + e + " (give Java more memory with -Xmx, or report the file)");
			code = INTERNAL;
		}
		out.flush();
		err.flush();
		return code;
	}
}
