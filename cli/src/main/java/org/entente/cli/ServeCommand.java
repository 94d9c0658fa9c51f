package org.entente.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente serve [--port 8080] [--host 127.0.0.1]}: the playground of docs/report.md in a browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = {
				"Serve a local web playground where a scenario is edited and run in the browser.",
				"The editor checks, completes, explains (hover) and fixes the text as you type, with the language server of "
						+ "'entente lsp'; Run shows the charts of 'entente report' for it; the examples open from a menu (docs/report.md). "
						+ "It listens on the loopback interface only unless --host says otherwise." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:stopped",
				"1:the port cannot be opened",
				"2:usage error" })
public class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
	int port;

	@Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
			description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
	String host;

	@Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1000000", description = "Largest scenario accepted, in bytes (default: ${DEFAULT-VALUE}).")
	int maxBody;

	@Option(names = "--max-seconds", paramLabel = "S", defaultValue = "20", description = "Longest run, in seconds, before it is refused (default: ${DEFAULT-VALUE}).")
	int maxSeconds;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (port < 0 || port > 65535 || maxBody < 1 || maxSeconds < 1) {
			err.println("entente: --port must be 0..65535, --max-body and --max-seconds at least 1");
			return Main.USAGE;
		}
		PlaygroundServer server;
		try {
			server = PlaygroundServer.start(new InetSocketAddress(host, port), maxBody, Duration.ofSeconds(maxSeconds));
		} catch (Exception e) {
			err.println("entente: cannot listen on " + host + ":" + port + ": " + e.getMessage());
			return Main.FAILED;
		}
		out.println("Entente playground on http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
		out.flush();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop();
			stopped.countDown();
		}));
		stopped.await();
		return Main.OK;
	}
}
