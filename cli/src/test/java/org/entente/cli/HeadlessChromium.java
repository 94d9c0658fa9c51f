package org.entente.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium from Debian driven over the DevTools protocol (a WebSocket, spoken with the JDK's
 * client: no WebDriver, no extra dependency): open a page, evaluate script in it, type, press keys,
 * take screenshots. Offline flags and a fresh profile, as in ReportBrowserTest.
 */
final class HeadlessChromium implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();
	private final Process process;
	private final WebSocket page;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

	/** The chromium on the PATH, or null. */
	static String find() {
		String path = System.getenv("PATH");
		for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, "chromium");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	HeadlessChromium(String chromium, Path profile, int width, int height) throws Exception {
		List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
				// the playground's report frame is sandboxed: kept in the page's process, it shows in the page's frame tree
				"--disable-features=IsolateSandboxedIframes",
				"--hide-scrollbars", "--window-size=" + width + "," + height, "about:blank"));
		process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		URI browser = devToolsAddress(process);
		HttpClient http = HttpClient.newHttpClient();
		URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
		JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body());
		String pageSocket = null;
		for (JsonNode target : targets) {
			if (target.path("type").asText().equals("page")) {
				pageSocket = target.path("webSocketDebuggerUrl").asText();
			}
		}
		if (pageSocket == null) {
			throw new IllegalStateException("chromium opened no page: " + targets);
		}
		page = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).get(30, TimeUnit.SECONDS);
	}

	private static URI devToolsAddress(Process process) throws IOException {
		BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
		Pattern listening = Pattern.compile("DevTools listening on (ws://\\S+)");
		StringBuilder seen = new StringBuilder();
		for (String line; (line = err.readLine()) != null;) {
			Matcher m = listening.matcher(line);
			if (m.find()) {
				Thread drain = new Thread(() -> {
					try {
						while (err.readLine() != null) {
							// chromium's log: not needed
						}
					} catch (IOException ignored) {
						// closed
					}
				});
				drain.setDaemon(true);
				drain.start();
				return URI.create(m.group(1));
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("chromium ended without DevTools: " + seen);
	}

	/** Sends one DevTools command and waits for its result. */
	JsonNode call(String method, Map<String, Object> params) throws Exception {
		int id = ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		pending.put(id, answer);
		ObjectNode message = JSON.createObjectNode();
		message.put("id", id);
		message.put("method", method);
		message.set("params", JSON.valueToTree(params));
		synchronized (page) {
			page.sendText(message.toString(), true).get(30, TimeUnit.SECONDS);
		}
		JsonNode reply = answer.get(60, TimeUnit.SECONDS);
		if (reply.has("error")) {
			throw new IllegalStateException(method + ": " + reply.get("error"));
		}
		return reply.path("result");
	}

	void open(URI address) throws Exception {
		call("Page.enable", Map.of());
		call("Page.navigate", Map.of("url", address.toString()));
		waitFor("document.readyState === 'complete'", Duration.ofSeconds(60));
	}

	/** The value of a script expression (promises awaited), as JSON. */
	JsonNode evaluate(String expression) throws Exception {
		JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
		}
		return result.path("result").path("value");
	}

	/** The value of a script expression in the page's first frame (an iframe, sandboxed or not). */
	JsonNode evaluateInFrame(String expression) throws Exception {
		JsonNode children = call("Page.getFrameTree", Map.of()).path("frameTree").path("childFrames");
		if (children.isEmpty()) {
			return null;
		}
		String frame = children.get(0).path("frame").path("id").asText();
		int context = call("Page.createIsolatedWorld", Map.of("frameId", frame, "worldName", "test")).path("executionContextId").asInt();
		JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "contextId", context, "returnByValue", true));
		return result.path("result").path("value");
	}

	/** Moves the mouse to a point of the page (hover). */
	void moveMouse(double x, double y) throws Exception {
		call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
	}

	/** A left click at a point of the page. */
	void click(double x, double y) throws Exception {
		moveMouse(x, y);
		call("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
		call("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
	}

	/** Polls the expression until it is true (a generous limit for a busy machine, not a timing assertion). */
	void waitFor(String expression, Duration limit) throws Exception {
		waitUntil(expression, JsonNode::asBoolean, limit);
	}

	JsonNode waitUntil(String expression, Predicate<JsonNode> done, Duration limit) throws Exception {
		long end = System.nanoTime() + limit.toNanos();
		JsonNode value = null;
		while (System.nanoTime() < end) {
			value = evaluate(expression);
			if (done.test(value)) {
				return value;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("still not so after " + limit.toSeconds() + " s: " + expression + " = " + value);
	}

	/** Types text where the focus is, as a keyboard would insert it. */
	void type(String text) throws Exception {
		call("Input.insertText", Map.of("text", text));
	}

	void press(String key, String code, int keyCode, int modifiers) throws Exception {
		call("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", key, "code", code, "windowsVirtualKeyCode", keyCode, "modifiers", modifiers));
		call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", code, "windowsVirtualKeyCode", keyCode, "modifiers", modifiers));
	}

	void screenshot(Path png) throws Exception {
		JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
		Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
	}

	@Override
	public void close() throws Exception {
		try {
			page.sendClose(WebSocket.NORMAL_CLOSURE, "done");
		} catch (RuntimeException ignored) {
			// closing anyway
		}
		// Chromium's helpers (renderer, crash handler) can outlive the browser for a moment and keep writing
		// into the profile, which the test's temporary folder then fails to delete: wait for them too
		List<ProcessHandle> helpers = process.descendants().toList();
		process.destroy();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		for (ProcessHandle helper : helpers) {
			helper.destroy();
			try {
				helper.onExit().get(10, TimeUnit.SECONDS);
			} catch (java.util.concurrent.TimeoutException e) {
				helper.destroyForcibly();
			}
		}
	}

	private final class Listener implements WebSocket.Listener {
		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				try {
					JsonNode message = JSON.readTree(partial.toString());
					if (message.has("id")) {
						CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
						if (answer != null) {
							answer.complete(message);
						}
					}
				} catch (IOException e) {
					// not ours to judge: the next reply will do
				}
				partial.setLength(0);
			}
			socket.request(1);
			return null;
		}
	}
}
