package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.entente.engine.landscape.ScenarioLandscapeOracle;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The playground's HTTP server (JDK's built-in server: no dependency). {@code GET /} is the editor page;
 * {@code POST /report} takes the scenario text and answers the page of {@code entente report} for it
 * (200), its diagnostics as text (422), or a clear error: body too large (413), run over its budget
 * (503), wrong method (405), unknown path (404). Requests are handled on a small pool, so several tabs
 * work at once; runs go one at a time through one worker (the language's loader is shared), each
 * bounded in time, and the server stays up whatever a request holds.
 */
final class PlaygroundServer {

	static final String SCENARIO_NAME = "playground.entente";

	private final HttpServer http;
	private final ExecutorService requests = Executors.newFixedThreadPool(4);
	private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "entente-playground-run");
		t.setDaemon(true);
		return t;
	});
	private final int maxBody;
	private final Duration budget;

	private PlaygroundServer(HttpServer http, int maxBody, Duration budget) {
		this.http = http;
		this.maxBody = maxBody;
		this.budget = budget;
	}

	static PlaygroundServer start(InetSocketAddress address, int maxBody, Duration budget) throws IOException {
		Languages.injector(); // the language loads once, before the first run's budget starts
		PlaygroundServer server = new PlaygroundServer(HttpServer.create(address, 16), maxBody, budget);
		server.http.createContext("/", server::handle);
		server.http.setExecutor(server.requests);
		server.http.start();
		return server;
	}

	int port() {
		return http.getAddress().getPort();
	}

	void stop() {
		http.stop(0);
		requests.shutdownNow();
		runs.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			if (path.equals("/")) {
				if (!method.equals("GET") && !method.equals("HEAD")) {
					send(exchange, 405, "text/plain", "Use GET for /.\n");
				} else {
					send(exchange, 200, "text/html", playgroundPage());
				}
			} else if (path.equals("/report")) {
				if (!method.equals("POST")) {
					send(exchange, 405, "text/plain", "Use POST with the scenario text as the body for /report.\n");
				} else {
					report(exchange);
				}
			} else {
				send(exchange, 404, "text/plain", "No page " + path + " here; the playground is at /.\n");
			}
		} catch (RuntimeException e) {
			// the server stays up: the request gets a short message, never a stack trace
			try {
				send(exchange, 500, "text/plain", "entente: internal error: " + e + "\n");
			} catch (IOException | RuntimeException ignored) {
				// the answer was already under way
			}
		} finally {
			exchange.close();
		}
	}

	private void report(HttpExchange exchange) throws IOException {
		byte[] body = readAtMost(exchange.getRequestBody(), maxBody);
		if (body == null) {
			send(exchange, 413, "text/plain", "The scenario is larger than " + maxBody + " bytes; the playground refuses it.\n");
			return;
		}
		String text = new String(body, StandardCharsets.UTF_8);
		Future<Result> run = runs.submit(() -> run(text));
		Result result;
		try {
			result = run.get(budget.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			run.cancel(true);
			send(exchange, 503, "text/plain", "The run did not finish within " + budget.toSeconds()
					+ " s (the playground's budget); try fewer turns or states, or use 'entente report' on the command line.\n");
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			send(exchange, 503, "text/plain", "The server is stopping.\n");
			return;
		} catch (ExecutionException e) {
			send(exchange, 500, "text/plain", "entente: internal error: " + e.getCause() + "\n");
			return;
		}
		send(exchange, result.status(), result.status() == 200 ? "text/html" : "text/plain", result.body());
	}

	record Result(int status, String body) {
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
			return ReportData.of(scenario, trace, scenario.from(), 5)
					.map(data -> new Result(200, ReportPage.render(scenario.title(), data)))
					.orElse(new Result(422, messages + "The scenario has no turn to report.\n"));
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The body, or null when it is longer than {@code limit} bytes (read no further than that). */
	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		byte[] bytes = in.readNBytes(limit + 1);
		return bytes.length > limit ? null : bytes;
	}

	private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static String playgroundPage() {
		try (InputStream in = PlaygroundServer.class.getResourceAsStream("/org/entente/cli/report/playground.html")) {
			if (in == null) {
				throw new IllegalStateException("the playground page is missing from the jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
