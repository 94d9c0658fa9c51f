package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The playground (entente serve) in a real browser: headless Chromium from Debian (skipped when
 * {@code chromium} is not on the PATH; .ci/run installs it) loads the page, which connects to its own
 * language server over a WebSocket; the test types a scenario, sees a diagnostic and applies its quick
 * fix, sees a completion and a hover, runs the scenario and finds the report's charts. Screenshots are
 * kept in {@code cli/target/playground-screenshots/}.
 */
class PlaygroundBrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "playground-screenshots");
	static final Duration PATIENCE = Duration.ofSeconds(90);

	@TempDir
	Path dir;

	@Test
	void typingShowsDiagnosticsFixesCompletionsAndHoversAndRunShowsTheCharts() throws Exception {
		String chromium = HeadlessChromium.find();
		assumeTrue(chromium != null, "chromium is not installed");
		Files.createDirectories(SCREENSHOTS);
		PlaygroundServer server = PlaygroundServer.start(new InetSocketAddress("127.0.0.1", 0), 1_000_000, Duration.ofSeconds(120));
		try (HeadlessChromium browser = new HeadlessChromium(chromium, dir.resolve("profile"), 1400, 900)) {
			browser.open(URI.create("http://127.0.0.1:" + server.port() + "/"));
			browser.waitFor("window.playground !== undefined && playground.connected()", PATIENCE);
			// the starting scenario is checked by the server and holds no error
			browser.waitFor("document.getElementById('checks').textContent === 'no errors'", PATIENCE);
			assertThat(browser.evaluate("document.querySelectorAll('#examples option').length").asInt()).isGreaterThan(3);

			// a state not declared: underlined, with the validator's message and a quick fix that declares it
			browser.evaluate("playground.view.focus(); playground.view.dispatch({selection: {anchor: playground.view.state.doc.length}}); true");
			browser.type("\nstate Italy { military 1.2 economy 1.1 population 36 borders Gremany }\n");
			JsonNode diagnostics = browser.waitUntil(
					"playground.diagnostics().filter(d => d.message.includes('Gremany'))", d -> d.size() > 0 && d.get(0).path("actions").size() > 0, PATIENCE);
			assertThat(diagnostics.get(0).path("severity").asText()).isEqualTo("error");
			assertThat(diagnostics.get(0).path("message").asText()).contains("No state named 'Gremany'");
			browser.waitFor("document.querySelector('.cm-lintRange-error') !== null", PATIENCE);
			assertThat(diagnostics.get(0).path("actions").toString()).contains("Create state 'Gremany'");
			// hovering over the underline shows the message and the quick fix as a button; pressing it declares the state
			JsonNode underline = browser.evaluate("(() => { const r = document.querySelector('.cm-lintRange-error').getBoundingClientRect(); "
					+ "return [r.left + r.width / 2, r.top + r.height / 2]; })()");
			browser.moveMouse(underline.get(0).asDouble(), underline.get(1).asDouble());
			JsonNode button = browser.waitUntil("(() => { const b = document.querySelector('.cm-tooltip-lint button'); if (!b) return null; "
					+ "const r = b.getBoundingClientRect(); return [b.textContent, r.left + r.width / 2, r.top + r.height / 2]; })()",
					b -> b != null && b.isArray(), PATIENCE);
			assertThat(button.get(0).asText()).isEqualTo("Create state 'Gremany'");
			browser.screenshot(SCREENSHOTS.resolve("playground-diagnostic.png"));
			browser.click(button.get(1).asDouble(), button.get(2).asDouble());
			browser.waitFor("playground.view.state.doc.toString().includes('state Gremany {')", PATIENCE);
			browser.waitFor("document.getElementById('checks').textContent === 'no errors'", PATIENCE);

			// completion of a state's name as it is typed
			browser.type("expect in 1915: Ital");
			JsonNode options = browser.waitUntil("Array.from(document.querySelectorAll('.cm-tooltip-autocomplete li')).map(li => li.textContent)",
					o -> o.toString().contains("Italy"), PATIENCE);
			assertThat(options.toString()).contains("Italy");
			browser.screenshot(SCREENSHOTS.resolve("playground-completion.png"));
			browser.press("Escape", "Escape", 27, 0);
			browser.type("y at war with Germany");
			browser.press("Escape", "Escape", 27, 0);

			// hover over a state's name: the language server explains it
			JsonNode at = browser.evaluate("(() => { const v = playground.view; const i = v.state.doc.toString().indexOf('state Russia') + 6; "
					+ "const c = v.coordsAtPos(i + 2); return [c.left, (c.top + c.bottom) / 2]; })()");
			browser.moveMouse(at.get(0).asDouble(), at.get(1).asDouble());
			JsonNode hover = browser.waitUntil("(document.querySelector('.cm-tooltip-hover') || {}).textContent || ''",
					h -> !h.asText().isBlank(), PATIENCE);
			assertThat(hover.asText()).contains("Russia");
			browser.screenshot(SCREENSHOTS.resolve("playground-hover.png"));
			browser.moveMouse(5, 5);

			// Run: the report's charts for the edited text, drawn in the frame beside the editor
			browser.evaluate("document.getElementById('run').click(); true");
			JsonNode charts = browser.waitUntil("document.querySelector('#status').textContent",
					s -> s.asText().startsWith("Ran at") || s.asText().contains("error"), PATIENCE);
			assertThat(charts.asText()).startsWith("Ran at");
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			JsonNode drawn = null;
			while (System.nanoTime() < deadline) {
				drawn = browser.evaluateInFrame("document.body && document.body.getAttribute('data-rendered') === 'true' ? "
						+ "[document.querySelectorAll('section.chart svg').length, document.querySelectorAll('.chart-error').length, "
						+ "document.title, document.body.textContent.includes('Italy')] : null");
				if (drawn != null && !drawn.isNull()) {
					break;
				}
				Thread.sleep(200);
			}
			assertThat(drawn).as("the report frame rendered").isNotNull();
			assertThat(drawn.get(0).asInt()).as("charts drawn").isGreaterThanOrEqualTo(7);
			assertThat(drawn.get(1).asInt()).as("chart errors").isZero();
			assertThat(drawn.get(3).asBoolean()).as("the edited text was run").isTrue();
			browser.screenshot(SCREENSHOTS.resolve("playground-run.png"));
		} finally {
			server.stop();
		}
		assertThat(SCREENSHOTS.resolve("playground-run.png")).exists();
	}
}
