package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top of the {@code entente} command line without its subcommands: {@link Main} adds them all, and a
 * command line for one subcommand only adds that one ({@link Main#commandLine}).
 */
@Command(name = "entente",
		mixinStandardHelpOptions = true,
		versionProvider = VersionProvider.class,
		description = "Alliance scenarios: check, simulate, analyse and generate.")
class EntenteCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do, e.g. 'entente check FILE'.");
	}
}
