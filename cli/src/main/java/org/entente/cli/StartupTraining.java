package org.entente.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.entente.ide.server.EntenteServerLauncher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A short, silent run of what users start most (check, run, landscape, the language server's
 * first diagnostics and a hover) on a bundled example, so that the JVM can record the classes they
 * load into a class-data-sharing archive: {@code java -XX:ArchiveClassesAtExit=entente.jsa -cp
 * entente.jar org.entente.cli.StartupTraining}. The {@code ./entente} launcher does this once per
 * jar (see docs/performance.md, "Cold start"). Exit 0 when every step answered.
 */
public final class StartupTraining {

	private static final ObjectMapper JSON = new ObjectMapper();

	private StartupTraining() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("entente-training");
		Path file = dir.resolve("training.entente");
		try (InputStream in = StartupTraining.class.getResourceAsStream("training.entente")) {
			Files.copy(in, file);
		}
		int failures = 0;
		for (String[] command : new String[][] { { "check", file.toString() }, { "check", "--format", "json", file.toString() },
				{ "run", file.toString() }, { "run", "--format", "json", file.toString() }, { "landscape", file.toString() } }) {
			int code = Main.execute(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
			failures += code == Main.OK ? 0 : 1;
		}
		failures += languageServer(file) ? 0 : 1;
		deleteTree(dir);
		System.exit(failures == 0 ? Main.OK : Main.FAILED);
	}

	private static void deleteTree(Path dir) throws IOException {
		try (var paths = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** initialize, didOpen, the first diagnostics, a hover, shutdown: over pipes, in this JVM. */
	private static boolean languageServer(Path file) throws Exception {
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 16);
		Thread server = new Thread(() -> {
			try {
				EntenteServerLauncher.serve(serverIn, serverOut);
			} catch (Exception e) {
				// the pipes closed: the session is over
			}
		}, "training-server");
		server.setDaemon(true);
		server.start();
		String uri = file.toUri().toString();
		send(toServer, Map.of("jsonrpc", "2.0", "id", 1, "method", "initialize", "params",
				Map.of("rootUri", file.getParent().toUri().toString(), "capabilities", Map.of())));
		boolean diagnosed = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			JsonNode message = read(fromServer);
			if (message == null) {
				return false;
			}
			if (message.path("id").asInt() == 1 && message.has("result")) {
				send(toServer, Map.of("jsonrpc", "2.0", "method", "initialized", "params", Map.of()));
				send(toServer, Map.of("jsonrpc", "2.0", "method", "textDocument/didOpen", "params", Map.of("textDocument",
						Map.of("uri", uri, "languageId", "entente", "version", 1, "text", Files.readString(file)))));
			} else if (message.has("id") && message.has("method")) {
				send(toServer, Map.of("jsonrpc", "2.0", "id", message.get("id"), "result", Map.of()));
			} else if (!diagnosed && "textDocument/publishDiagnostics".equals(message.path("method").asText())) {
				diagnosed = true;
				send(toServer, Map.of("jsonrpc", "2.0", "id", 2, "method", "textDocument/hover", "params",
						Map.of("textDocument", Map.of("uri", uri), "position", Map.of("line", 9, "character", 8))));
			} else if (message.path("id").asInt() == 2) {
				send(toServer, Map.of("jsonrpc", "2.0", "id", 3, "method", "shutdown"));
			} else if (message.path("id").asInt() == 3) {
				toServer.close();
				server.join(TimeUnit.SECONDS.toMillis(5));
				return diagnosed;
			}
		}
		return false;
	}

	private static void send(OutputStream out, Object message) throws IOException {
		byte[] body = JSON.writeValueAsBytes(message);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/** One framed message, or null at the end of the stream. */
	private static JsonNode read(InputStream in) throws IOException {
		int length = -1;
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int c; (c = in.read()) != -1;) {
			if (c != '\n') {
				line.write(c);
				continue;
			}
			String header = line.toString(StandardCharsets.US_ASCII).trim();
			line.reset();
			if (header.isEmpty()) {
				byte[] body = in.readNBytes(length);
				return body.length == length ? JSON.readTree(body) : null;
			}
			if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
				length = Integer.parseInt(header.substring(15).trim());
			}
		}
		return null;
	}
}
