package org.entente.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.entente.ide.server.EntenteServerLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente lsp}: the language server on stdio, or on a socket with {@code --port}. On stdio,
 * standard output carries the protocol only: everything else that would print there (logging,
 * stray prints) is sent to standard error before the server starts.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = {
				"Run the Entente language server (Language Server Protocol) for editors.",
				"By default it speaks on standard input/output; with --port it listens on 127.0.0.1." })
public class LspCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--port", paramLabel = "N",
			description = "Listen on 127.0.0.1:N instead of stdio (0 picks a free port, printed on standard error).")
	Integer port;

	@Override
	public Integer call() throws Exception {
		if (port != null) {
			if (port < 0 || port > 65535) {
				spec.commandLine().getErr().println("entente: --port must be between 0 and 65535");
				return Main.USAGE;
			}
			System.setOut(System.err);
			EntenteServerLauncher.serveSocket(port,
					bound -> System.err.println("entente lsp: listening on 127.0.0.1:" + bound));
			return Main.OK;
		}
		InputStream in = System.in;
		OutputStream protocol = new FileOutputStream(FileDescriptor.out);
		// nothing but the protocol on stdout
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
		System.setIn(InputStream.nullInputStream());
		EntenteServerLauncher.serve(in, protocol);
		return Main.OK;
	}
}
