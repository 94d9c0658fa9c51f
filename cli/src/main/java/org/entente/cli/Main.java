package org.entente.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command ({@link EntenteCommand}): one subcommand per job. */
@Command(subcommands = { CheckCommand.class, RunCommand.class, LandscapeCommand.class, GenerateCommand.class,
				ImportCommand.class, SynthCommand.class, LspCommand.class, HistoryCommand.class, ReportCommand.class,
				ServeCommand.class })
public class Main extends EntenteCommand {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;
	/** A bug or exhausted memory: not 1, which means errors in the input or a failed expectation. */
	public static final int INTERNAL = 3;

	public static void main(String[] args) {
		Languages.prepareFor(args);
		System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the command line with the given streams and returns the exit code (used by tests). */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = commandLine(args);
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

	/**
	 * The command line for {@code args}: when they start with a subcommand's name, with that subcommand
	 * only, as picocli reads every subcommand's options by reflection (a third of the command line's
	 * start goes to the other nine; docs/performance.md, "Cold start", fourth round); otherwise, for the
	 * help and the errors that list the commands, with all of them.
	 */
	static CommandLine commandLine(String[] args) {
		if (args.length > 0) {
			for (Class<?> subcommand : Main.class.getAnnotation(Command.class).subcommands()) {
				if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
					CommandLine one = new CommandLine(new EntenteCommand());
					one.addSubcommand(new CommandLine(subcommand));
					return one;
				}
			}
		}
		return new CommandLine(new Main());
	}
}
