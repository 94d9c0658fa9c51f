package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * entente serve: the page, a run, the examples, bad requests, oversized bodies, a run over its budget,
 * several clients at once; the language server over a WebSocket, one per connection.
 */
class PlaygroundServerTest {

	static final String SCENARIO = """
			scenario Crisis from 1914 to 1915
			state Germany { military 2.2 economy 3.5 population 65 borders France }
			state France { military 1.9 economy 1.6 population 40 borders Germany }
			in 1914: Germany attacks France
			expect in 1914: France at war with Germany
			""";
	static final ObjectMapper JSON = new ObjectMapper();
	static final Duration WAIT = Duration.ofSeconds(120);

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	PlaygroundServer server;

	@AfterEach
	void stop() {
		if (server != null) {
			server.stop();
		}
	}

	URI start(int maxBody, Duration budget) throws Exception {
		server = PlaygroundServer.start(new InetSocketAddress("127.0.0.1", 0), maxBody, budget);
		return URI.create("http://127.0.0.1:" + server.port() + "/");
	}

	HttpResponse<String> post(URI base, String body) throws Exception {
		return client.send(HttpRequest.newBuilder(base.resolve("report")).timeout(WAIT)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(URI address) throws Exception {
		return client.send(HttpRequest.newBuilder(address).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode error(HttpResponse<String> r, int status) throws Exception {
		assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
		assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		JsonNode error = JSON.readTree(r.body());
		assertThat(error.path("status").asInt()).isEqualTo(status);
		return error;
	}

	@Test
	void servesTheEditorAndRunsAScenarioIntoTheReportPage() throws Exception {
		URI base = start(100_000, WAIT);
		HttpResponse<String> page = get(base);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"editor\">").contains(">Run</button>").contains("<script src=\"playground.js\">");
		HttpResponse<String> script = get(base.resolve("playground.js"));
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
		assertThat(script.body()).contains("textDocument/publishDiagnostics").contains("textDocument/codeAction");
		HttpResponse<String> report = post(base, SCENARIO);
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(report.body()).contains("window.ENTENTE_REPORT = {").contains("\"schema\":\"entente-report/1\"").contains("vegaEmbed");
	}

	@Test
	void theRepositorysExamplesAreListedAndServed() throws Exception {
		URI base = start(100_000, WAIT);
		JsonNode names = JSON.readTree(get(base.resolve("examples")).body());
		assertThat(names.toString()).contains("\"europe-1914.entente\"").contains("\"history/europe-1914-cow.entente\"");
		HttpResponse<String> example = get(base.resolve("examples/europe-1914.entente"));
		assertThat(example.statusCode()).isEqualTo(200);
		assertThat(example.body()).isEqualTo(java.nio.file.Files.readString(ReportCommandTest.example("europe-1914.entente")));
		assertThat(error(get(base.resolve("examples/../pom.xml")), 404).path("error").asText()).contains("No page");
		assertThat(error(get(base.resolve("examples/nowhere.entente")), 404).path("error").asText()).contains("No page");
	}

	@Test
	void aScenarioWithErrorsGetsItsDiagnosticsWithLineAndColumn() throws Exception {
		URI base = start(100_000, WAIT);
		String message = error(post(base, "scenario S from 2000 to 2001\nstate A { borders Atlantis }\n"), 422).path("error").asText();
		assertThat(message).contains("playground.entente:2:").contains("Atlantis").doesNotContain("/tmp/");
	}

	@Test
	void badRequestsGetClearJsonErrorsAndTheServerStaysUp() throws Exception {
		URI base = start(1_000, WAIT);
		assertThat(error(post(base, "// " + "x".repeat(2_000)), 413).path("error").asText()).contains("larger than 1000 bytes");
		assertThat(error(get(base.resolve("report")), 405).path("error").asText()).contains("Use POST");
		assertThat(error(client.send(HttpRequest.newBuilder(base).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
				HttpResponse.BodyHandlers.ofString()), 405).path("error").asText()).contains("Use GET");
		assertThat(error(get(base.resolve("nowhere")), 404).path("error").asText()).contains("No page /nowhere");
		error(post(base, ""), 422);
		assertThat(get(base).statusCode()).isEqualTo(200);
	}

	@Test
	void aBodyThatIsStreamedPastTheLimitIsRefused() throws Exception {
		URI base = start(1_000, WAIT);
		// no Content-Length: the server counts as it reads
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("report"))
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[5_000]))).build(),
				HttpResponse.BodyHandlers.ofString());
		error(r, 413);
		assertThat(get(base).statusCode()).isEqualTo(200);
	}

	@Test
	void aRunOverItsBudgetIsInterruptedAnswersAClearErrorAndTheServerStaysUp() throws Exception {
		CountDownLatch interrupted = new CountDownLatch(1);
		AtomicBoolean first = new AtomicBoolean(true);
		// the first run never ends on its own: only the budget's interrupt stops it
		server = PlaygroundServer.start(new InetSocketAddress("127.0.0.1", 0), 1_000, Duration.ofMillis(300), text -> {
			if (first.getAndSet(false)) {
				try {
					new CountDownLatch(1).await();
				} catch (InterruptedException e) {
					interrupted.countDown();
					throw e;
				}
			}
			return new PlaygroundServer.Result(200, "<p>ran</p>");
		});
		URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
		assertThat(error(post(base, "slow"), 503).path("error").asText()).contains("did not finish within 300 ms").contains("was stopped");
		assertThat(interrupted.await(60, TimeUnit.SECONDS)).as("the run was interrupted").isTrue();
		HttpResponse<String> next = post(base, "quick");
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(next.body()).isEqualTo("<p>ran</p>");
	}

	@Test
	void theRealRunOverItsBudgetIsRefused() throws Exception {
		URI base = start(100_000, Duration.ofMillis(1));
		assertThat(error(post(base, SCENARIO), 503).path("error").asText()).contains("did not finish within 1 ms");
		assertThat(get(base).statusCode()).isEqualTo(200);
	}

	@Test
	void severalClientsAtOnceEachGetTheirOwnReport() throws Exception {
		URI base = start(100_000, WAIT);
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String scenario = SCENARIO.replace("scenario Crisis", "scenario Crisis" + i);
			answers.add(client.sendAsync(HttpRequest.newBuilder(base.resolve("report")).timeout(WAIT)
					.POST(HttpRequest.BodyPublishers.ofString(scenario)).build(), HttpResponse.BodyHandlers.ofString()));
		}
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> r = answers.get(i).get();
			assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
			assertThat(r.body()).contains("\"name\":\"Crisis" + i + "\"");
		}
	}

	// ------------------------------------------------------------------ the language server over a WebSocket

	/** One tab's connection: JSON-RPC messages, one per text frame. */
	static final class Tab implements WebSocket.Listener {
		final BlockingQueue<String> received = new LinkedBlockingQueue<>();
		final CompletableFuture<Integer> closed = new CompletableFuture<>();
		private final StringBuilder partial = new StringBuilder();
		WebSocket socket;

		static Tab open(HttpClient client, URI base, String origin) throws Exception {
			Tab tab = new Tab();
			WebSocket.Builder builder = client.newWebSocketBuilder();
			if (origin != null) {
				builder.header("Origin", origin);
			}
			tab.socket = builder.buildAsync(URI.create("ws://" + base.getAuthority() + "/lsp"), tab).get(60, TimeUnit.SECONDS);
			return tab;
		}

		void send(String json) throws Exception {
			socket.sendText(json, true).get(30, TimeUnit.SECONDS);
		}

		String receiveUntil(String needle) throws Exception {
			for (;;) {
				String message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
				assertThat(message).as("a message with " + needle).isNotNull();
				if (message.contains(needle)) {
					return message;
				}
			}
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				received.add(partial.toString());
				partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closed.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			closed.complete(-1);
		}

		void initializeAndOpen(String text) throws Exception {
			send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"file:///etc/\",\"capabilities\":{}}}");
			assertThat(receiveUntil("\"id\":1")).contains("\"completionProvider\"").contains("\"codeActionProvider\"");
			send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + URI_OF_TEXT
					+ "\",\"languageId\":\"entente\",\"version\":1,\"text\":" + JSON.writeValueAsString(text) + "}}}");
		}
	}

	static final String URI_OF_TEXT = "file:///entente-playground/playground.entente";

	@Test
	void eachTabTalksToItsOwnLanguageServer() throws Exception {
		URI base = start(100_000, WAIT);
		Tab first = Tab.open(client, base, null);
		Tab second = Tab.open(client, base, "http://" + base.getAuthority());
		first.initializeAndOpen("state A { borders B }\n");
		second.initializeAndOpen("state C { borders D }\n");
		// the same document URI in both tabs, each with its own text: each server sees only its own
		String one = first.receiveUntil("publishDiagnostics");
		String two = second.receiveUntil("publishDiagnostics");
		assertThat(one).contains("No state named \\u0027B\\u0027").doesNotContain("\\u0027D\\u0027");
		assertThat(two).contains("No state named \\u0027D\\u0027").doesNotContain("\\u0027B\\u0027");

		first.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\""
				+ URI_OF_TEXT + "\"},\"position\":{\"line\":0,\"character\":18}}}");
		assertThat(first.receiveUntil("\"id\":2")).contains("\"label\":\"A\"");
		first.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\""
				+ URI_OF_TEXT + "\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":1,\"character\":0}},"
				+ "\"context\":{\"diagnostics\":" + JSON.readTree(one).path("params").path("diagnostics") + "}}}");
		assertThat(first.receiveUntil("\"id\":3")).contains("Create state \\u0027B\\u0027");
		second.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\""
				+ URI_OF_TEXT + "\"},\"position\":{\"line\":0,\"character\":6}}}");
		assertThat(second.receiveUntil("\"id\":2")).contains("state C");
	}

	@Test
	void aTabCannotStopTheServerNorBreakItWithBadMessages() throws Exception {
		URI base = start(1_000, WAIT);
		Tab tab = Tab.open(client, base, null);
		tab.send("this is not JSON");
		assertThat(tab.receiveUntil("\"error\"")).contains("-32700");
		tab.send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"no/such/method\",\"params\":{}}");
		assertThat(tab.receiveUntil("\"id\":9")).contains("\"error\"");
		// exit ends the language server's process in an editor; here it only closes this tab's connection
		tab.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
		assertThat(tab.closed.get(60, TimeUnit.SECONDS)).isNotNull();
		// a message larger than the limit closes that connection only (1009: too big)
		Tab big = Tab.open(client, base, null);
		big.socket.sendText("{\"x\":\"" + "x".repeat(200_000) + "\"}", true);
		assertThat(big.closed.get(60, TimeUnit.SECONDS)).isEqualTo(1009);
		Tab after = Tab.open(client, base, null);
		after.initializeAndOpen("state A { }\n");
		assertThat(after.receiveUntil("publishDiagnostics")).contains(URI_OF_TEXT);
		assertThat(get(base).statusCode()).isEqualTo(200);
	}

	@Test
	void aPageOfAnotherSiteMayNotConnect() throws Exception {
		URI base = start(1_000, WAIT);
		assertThatThrownBy(() -> Tab.open(client, base, "http://evil.example")).isInstanceOf(ExecutionException.class);
		assertThat(PlaygroundServer.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
		assertThat(PlaygroundServer.sameOrigin(null, "127.0.0.1:8080")).isTrue();
		assertThat(PlaygroundServer.sameOrigin("http://localhost.evil:8080", "127.0.0.1:8080")).isFalse();
		assertThat(PlaygroundServer.sameOrigin("not a uri", "127.0.0.1:8080")).isFalse();
	}
}
