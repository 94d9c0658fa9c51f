package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.entente.engine.landscape.ScenarioLandscapeOracle;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The playground's server (Jetty 12, docs/report.md). {@code GET /} is the editor page and
 * {@code /playground.js} its script; {@code /lsp} is a WebSocket to a language server of its own
 * (PlaygroundLspWebSocket), so every tab has its own; {@code GET /examples} lists the repository's
 * examples and {@code GET /examples/NAME} gives one; {@code POST /report} takes the scenario text and
 * answers the page of {@code entente report} for it (200). Every error is JSON
 * {@code {"status": N, "error": "..."}}: the scenario's diagnostics (422), body too large (413), run over
 * its budget (503, the run is interrupted and stops at its next turn), too many runs waiting (503),
 * wrong method (405), unknown path (404). The server stays up whatever a request holds.
 */
final class PlaygroundServer {

	static final String SCENARIO_NAME = "playground.entente";
	private static final String PAGES = "/org/entente/cli/report/";
	private static final ObjectMapper JSON = new ObjectMapper();

	/** Checks, runs and renders one scenario text; a test may put a runner of its own. */
	interface Runner {
		Result run(String text) throws Exception;
	}

	record Result(int status, String body) {
	}

	private final Server jetty;
	/** Runs go one at a time (the language's loader is shared); a few may wait, more are refused. */
	private final ThreadPoolExecutor runs = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), r -> {
		Thread t = new Thread(r, "entente-playground-run");
		t.setDaemon(true);
		return t;
	});
	private final Runner runner;
	private final int maxBody;
	private final Duration budget;
	private final Map<String, String> examples = PlaygroundExamples.load();

	private PlaygroundServer(Server jetty, Runner runner, int maxBody, Duration budget) {
		this.jetty = jetty;
		this.runner = runner;
		this.maxBody = maxBody;
		this.budget = budget;
	}

	static PlaygroundServer start(InetSocketAddress address, int maxBody, Duration budget) throws Exception {
		Languages.injector(); // the language loads once, before the first run's budget starts
		return start(address, maxBody, budget, PlaygroundServer::run);
	}

	static PlaygroundServer start(InetSocketAddress address, int maxBody, Duration budget, Runner runner) throws Exception {
		QueuedThreadPool threads = new QueuedThreadPool(64, 4);
		threads.setName("entente-playground");
		threads.setDaemon(true);
		Server jetty = new Server(threads);
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		http.setRequestHeaderSize(16 * 1024);
		ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
		connector.setHost(address.getHostString());
		connector.setPort(address.getPort());
		jetty.addConnector(connector);
		PlaygroundServer server = new PlaygroundServer(jetty, runner, maxBody, budget);
		WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(jetty, container -> {
			container.setMaxTextMessageSize(maxBody + 64 * 1024L); // a whole document travels in didOpen/didChange
			container.setIdleTimeout(Duration.ofHours(1));
			container.addMapping("/lsp", (request, response, callback) -> {
				if (!sameOrigin(request.getHeaders().get(HttpHeader.ORIGIN), request.getHttpURI().getAuthority())) {
					Response.writeError(request, response, callback, 403, "A page of another site may not use the playground's language server.");
					return null;
				}
				return new PlaygroundLspWebSocket();
			});
		});
		sockets.setHandler(new Handler.Abstract() {
			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				server.handle(request, response, callback);
				return true;
			}
		});
		jetty.setHandler(sockets);
		try {
			jetty.start();
		} catch (Exception e) {
			jetty.stop();
			throw e;
		}
		return server;
	}

	/** Browsers send Origin with a WebSocket: only the playground's own pages (or a client without one) may connect. */
	static boolean sameOrigin(String origin, String authority) {
		if (origin == null) {
			return true;
		}
		try {
			return authority != null && authority.equalsIgnoreCase(URI.create(origin).getRawAuthority());
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	int port() {
		return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
	}

	void stop() {
		try {
			jetty.stop();
		} catch (Exception e) {
			// stopping anyway
		}
		runs.shutdownNow();
	}

	private void handle(Request request, Response response, Callback callback) {
		try {
			String path = Request.getPathInContext(request);
			String method = request.getMethod();
			boolean get = method.equals("GET") || method.equals("HEAD");
			if (path.equals("/report")) {
				if (!method.equals("POST")) {
					error(response, callback, 405, "Use POST with the scenario text as the body for /report.");
				} else {
					report(request, response, callback);
				}
			} else if (!get && (path.equals("/") || path.equals("/playground.js") || path.startsWith("/examples"))) {
				error(response, callback, 405, "Use GET for " + path + ".");
			} else if (path.equals("/")) {
				send(response, callback, 200, "text/html", resource("playground.html"));
			} else if (path.equals("/playground.js")) {
				send(response, callback, 200, "text/javascript", resource("lib/playground.js"));
			} else if (path.equals("/examples")) {
				send(response, callback, 200, "application/json", JSON.writeValueAsString(examples.keySet()));
			} else if (path.startsWith("/examples/") && examples.containsKey(path.substring("/examples/".length()))) {
				send(response, callback, 200, "text/plain", examples.get(path.substring("/examples/".length())));
			} else {
				error(response, callback, 404, "No page " + path + " here; the playground is at /.");
			}
		} catch (IOException | RuntimeException e) {
			// the server stays up: the request gets a short message, never a stack trace
			error(response, callback, 500, "internal error: " + e);
		}
	}

	private void report(Request request, Response response, Callback callback) throws IOException {
		if (request.getLength() > maxBody) {
			tooLarge(response, callback);
			return;
		}
		byte[] body;
		try (InputStream in = Content.Source.asInputStream(request)) {
			body = in.readNBytes(maxBody + 1);
		}
		if (body.length > maxBody) {
			tooLarge(response, callback);
			return;
		}
		String text = new String(body, StandardCharsets.UTF_8);
		Future<Result> run;
		try {
			run = runs.submit(() -> runner.run(text));
		} catch (RejectedExecutionException e) {
			error(response, callback, 503, "The playground is busy with other runs; try again in a moment.");
			return;
		}
		Result result;
		try {
			result = run.get(budget.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			run.cancel(true); // interrupts the run, which stops at its next turn (Simulation)
			error(response, callback, 503, "The run did not finish within " + seconds(budget)
					+ " (the playground's budget) and was stopped; try fewer turns or states, or use 'entente report' on the command line.");
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			run.cancel(true);
			error(response, callback, 503, "The server is stopping.");
			return;
		} catch (ExecutionException e) {
			error(response, callback, e.getCause() instanceof CancellationException ? 503 : 500, "internal error: " + e.getCause());
			return;
		}
		if (result.status() == 200) {
			send(response, callback, 200, "text/html", result.body());
		} else {
			error(response, callback, result.status(), result.body().strip());
		}
	}

	private void tooLarge(Response response, Callback callback) {
		error(response, callback, 413, "The scenario is larger than " + maxBody + " bytes; the playground refuses it.");
	}

	private static String seconds(Duration d) {
		return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
	}

	/** Checks, simulates and renders one scenario text in a folder of its own (no sibling files). */
	static Result run(String text) throws IOException {
		Path folder = Files.createTempDirectory("entente-playground");
		try {
			Path file = folder.resolve(SCENARIO_NAME);
			Files.writeString(file, text, StandardCharsets.UTF_8);
			StringWriter diagnostics = new StringWriter();
			ScenarioInput.Loaded input;
			try (PrintWriter err = new PrintWriter(diagnostics)) {
				input = ScenarioInput.load(file, err);
			}
			String messages = diagnostics.toString().replace(file.toString(), SCENARIO_NAME);
			if (!input.ok()) {
				return new Result(422, messages);
			}
			Scenario scenario = input.scenario();
			String[] everyone = scenario.states().stream().map(s -> s.name()).toArray(String[]::new);
			Trace trace = Simulation.run(scenario, SimulationOptions.defaults()
					.withLandscape(new ScenarioLandscapeOracle()).explaining(everyone));
			if (Thread.interrupted()) {
				throw new CancellationException("over budget");
			}
			return ReportData.of(scenario, trace, scenario.from(), 5)
					.map(data -> new Result(200, ReportPage.render(scenario.title(), data)))
					.orElse(new Result(422, messages + "The scenario has no turn to report.\n"));
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void error(Response response, Callback callback, int status, String message) {
		ObjectNode error = JSON.createObjectNode();
		error.put("status", status);
		error.put("error", message);
		send(response, callback, status, "application/json", error.toString());
	}

	private static void send(Response response, Callback callback, int status, String type, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
		response.getHeaders().put("X-Content-Type-Options", "nosniff");
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
		boolean head = response.getRequest().getMethod().equals("HEAD");
		response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
	}

	private static String resource(String name) {
		try (InputStream in = PlaygroundServer.class.getResourceAsStream(PAGES + name)) {
			if (in == null) {
				throw new IllegalStateException("the playground resource " + name + " is missing from the jar (rebuild with 'mvn package')");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
