package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** entente serve: the page, a run, bad requests, oversized bodies, a run over its budget, several clients at once. */
class PlaygroundServerTest {

	static final String SCENARIO = """
			scenario Crisis from 1914 to 1915
			state Germany { military 2.2 economy 3.5 population 65 borders France }
			state France { military 1.9 economy 1.6 population 40 borders Germany }
			in 1914: Germany attacks France
			expect in 1914: France at war with Germany
			""";

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
		return client.send(HttpRequest.newBuilder(base.resolve("report")).timeout(Duration.ofSeconds(120))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void servesTheEditorAndRunsAScenarioIntoTheReportPage() throws Exception {
		URI base = start(100_000, Duration.ofSeconds(60));
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<textarea id=\"source\"").contains(">Run</button>");
		HttpResponse<String> report = post(base, SCENARIO);
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(report.body()).contains("window.ENTENTE_REPORT = {").contains("\"schema\":\"entente-report/1\"").contains("vegaEmbed");
	}

	@Test
	void aScenarioWithErrorsGetsItsDiagnosticsWithLineAndColumn() throws Exception {
		URI base = start(100_000, Duration.ofSeconds(60));
		HttpResponse<String> r = post(base, "scenario S from 2000 to 2001\nstate A { borders Atlantis }\n");
		assertThat(r.statusCode()).isEqualTo(422);
		assertThat(r.body()).contains("playground.entente:2:").contains("Atlantis").doesNotContain("/tmp/");
	}

	@Test
	void badRequestsGetClearErrorsAndTheServerStaysUp() throws Exception {
		URI base = start(1_000, Duration.ofSeconds(60));
		HttpResponse<String> big = post(base, "// " + "x".repeat(2_000));
		assertThat(big.statusCode()).isEqualTo(413);
		assertThat(big.body()).contains("larger than 1000 bytes");
		HttpResponse<String> get = client.send(HttpRequest.newBuilder(base.resolve("report")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(get.statusCode()).isEqualTo(405);
		HttpResponse<String> missing = client.send(HttpRequest.newBuilder(base.resolve("nowhere")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(post(base, "").statusCode()).isEqualTo(422);
		assertThat(client.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	@Test
	void aRunOverItsBudgetIsRefusedAndTheServerStaysUp() throws Exception {
		URI base = start(100_000, Duration.ofMillis(1));
		HttpResponse<String> r = post(base, SCENARIO);
		assertThat(r.statusCode()).isEqualTo(503);
		assertThat(r.body()).contains("did not finish within");
		assertThat(client.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	@Test
	void severalClientsAtOnceEachGetTheirOwnReport() throws Exception {
		URI base = start(100_000, Duration.ofSeconds(120));
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String scenario = SCENARIO.replace("scenario Crisis", "scenario Crisis" + i);
			answers.add(client.sendAsync(HttpRequest.newBuilder(base.resolve("report")).timeout(Duration.ofSeconds(120))
					.POST(HttpRequest.BodyPublishers.ofString(scenario)).build(), HttpResponse.BodyHandlers.ofString()));
		}
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> r = answers.get(i).get();
			assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
			assertThat(r.body()).contains("\"name\":\"Crisis" + i + "\"");
		}
	}
}
