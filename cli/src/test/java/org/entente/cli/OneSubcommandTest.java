package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * A command line made for the one subcommand that is run answers as the whole command line does: help,
 * version and usage errors, text and exit code (docs/performance.md, "Cold start", fourth round).
 */
class OneSubcommandTest {

	private static final List<String> NAMES = List.copyOf(new CommandLine(new Main()).getSubcommands().keySet());

	@Test
	void eachSubcommandGetsACommandLineWithItAlone() {
		assertThat(NAMES).hasSize(10);
		for (String name : NAMES) {
			CommandLine one = Main.commandLine(new String[] { name, "x" });
			assertThat(one.getSubcommands()).as(name).containsOnlyKeys(name);
			assertThat(one.getCommandName()).isEqualTo("entente");
		}
	}

	@Test
	void otherArgumentsGetEverySubcommand() {
		for (String[] args : List.of(new String[0], new String[] { "--help" }, new String[] { "-V" },
				new String[] { "chek", "x" }, new String[] { "--no-such-option" })) {
			assertThat(Main.commandLine(args).getSubcommands().keySet()).containsExactlyElementsOf(NAMES);
		}
	}

	@Test
	void helpVersionAndUsageErrorsOfEachSubcommandAreTheSame() {
		for (String name : NAMES) {
			for (String[] args : List.of(new String[] { name, "--help" }, new String[] { name, "-V" },
					new String[] { name, "--no-such-option" }, new String[] { name, "-h", "--no-such-option" },
					new String[] { name, "--format", "no-such-format", "--no-such-option" })) {
				assertThat(answer(Main.commandLine(args), args)).as(String.join(" ", args))
						.isEqualTo(answer(new CommandLine(new Main()), args));
			}
		}
	}

	/** Exit code, standard output and standard error, with Main.execute's exit-code mapping. */
	private static String answer(CommandLine commandLine, String[] args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setExitCodeExceptionMapper(e -> Main.USAGE);
		int code = commandLine.execute(args);
		return code + "\n" + out + "\n--- err\n" + err;
	}
}
