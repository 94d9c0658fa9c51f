package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente lsp} in a child JVM, spoken to over stdio and over a socket, as an editor would. */
class LspCommandTest {

	@TempDir
	Path workspace;

	private static Process start(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(
				Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
	}

	private static void send(OutputStream out, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/** Reads one framed message; fails if anything but a protocol header arrives. */
	private static String receive(InputStream in) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("stream ended; got: " + header);
			}
			header.write(b);
		}
		String head = header.toString(StandardCharsets.US_ASCII);
		assertThat(head).as("only protocol on stdout").startsWith("Content-Length: ");
		Matcher length = Pattern.compile("Content-Length: (\\d+)").matcher(head);
		assertThat(length.find()).isTrue();
		byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
		return new String(body, StandardCharsets.UTF_8);
	}

	private static String receiveUntil(InputStream in, String needle) throws IOException {
		for (int i = 0; i < 50; i++) {
			String message = receive(in);
			if (message.contains(needle)) {
				return message;
			}
		}
		throw new AssertionError("no message with " + needle);
	}

	private String initialize() {
		return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
				+ workspace.toUri() + "\",\"capabilities\":{}}}";
	}

	private void converse(InputStream in, OutputStream out) throws IOException {
		send(out, initialize());
		String initialized = receiveUntil(in, "\"id\":1");
		assertThat(initialized).contains("\"capabilities\"").contains("\"completionProvider\"")
				.contains("\"inlayHintProvider\"").doesNotContain("signatureHelpProvider");
		send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
		Path file = workspace.resolve("a.entente");
		send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
				+ file.toUri() + "\",\"languageId\":\"entente\",\"version\":1,\"text\":\"state A { borders B }\\n\"}}}");
		String diagnostics = receiveUntil(in, "publishDiagnostics");
		assertThat(diagnostics).contains("No state named \\u0027B\\u0027").contains("org.entente.unresolved-name");
		send(out, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\""
				+ file.toUri() + "\"},\"position\":{\"line\":0,\"character\":18}}}");
		assertThat(receiveUntil(in, "\"id\":2")).contains("\"label\":\"A\"");
		send(out, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
		receiveUntil(in, "\"id\":3");
		send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
	}

	@Test
	void stdioCarriesOnlyTheProtocolAndAnswersAnEditor() throws Exception {
		Process server = start();
		try {
			converse(server.getInputStream(), server.getOutputStream());
			assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
			assertThat(server.exitValue()).isZero();
		} finally {
			server.destroyForcibly();
		}
	}

	@Test
	void portListensOnLoopback() throws Exception {
		int port;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		Process server = start("--port", Integer.toString(port));
		try {
			Socket socket = null;
			// a generous deadline: a fresh JVM on a loaded 2-core machine can take tens of seconds to listen
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (socket == null && server.isAlive() && System.nanoTime() < deadline) {
				try {
					socket = new Socket("127.0.0.1", port);
				} catch (IOException notYet) {
					Thread.sleep(100);
				}
			}
			assertThat(socket).as("server listening").isNotNull();
			try (Socket s = socket) {
				converse(s.getInputStream(), s.getOutputStream());
			}
			assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
		} finally {
			server.destroyForcibly();
		}
	}

	@Test
	void aBadPortIsAUsageError() {
		CliRunner result = CliRunner.run("lsp", "--port", "70000");
		assertThat(result.exitCode()).isEqualTo(Main.USAGE);
		assertThat(result.err()).contains("--port");
		assertThat(Files.exists(workspace)).isTrue();
	}
}
