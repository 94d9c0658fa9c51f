package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The language server as a Neovim user meets it: a real headless Neovim (Debian 12's 0.7.2 in CI,
 * installed by .ci/run) runs {@code src/test/resources/nvim/e2e.lua}, which attaches the built-in LSP
 * client to {@code entente lsp} (started from this test's classpath), and exercises diagnostics,
 * a quick fix, completion, hover, definition, rename and formatting on one buffer. Skipped only
 * when {@code nvim} is not on the PATH. Every wait is bounded (in Lua, and the process here).
 */
class NeovimEndToEndTest {

	private static final String SCENARIO = """
			scenario Crisis "A test crisis"
			    from 1914 to 1916

			state Germany "German Empire" { military 2.2 economy 3.5 population 65 borders France, Russia }
			state Russia { military 2.6 economy 1.8 population 160 borders Germany }
			state France { military 1.9 economy 1.6 population 40 borders Germany, Belgium }

			alliance FrancoRussian { members France, Russia signed 1894 defense against Germany }
			""";

	@TempDir
	Path folder;

	@Test
	void neovimGetsDiagnosticsCompletionHoverDefinitionRenameFormattingAndAQuickFix() throws Exception {
		String nvim = onPath("nvim");
		assumeTrue(nvim != null, "nvim is not installed");
		Path scenario = folder.resolve("crisis.entente");
		Files.writeString(scenario, SCENARIO);
		Path script = folder.resolve("e2e.lua");
		try (InputStream lua = getClass().getResourceAsStream("/nvim/e2e.lua")) {
			Files.copy(lua, script);
		}
		Path out = folder.resolve("result.json");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> server = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp");

		ProcessBuilder builder = new ProcessBuilder(nvim, "--headless", "--noplugin", "-n", "-i", "NONE", "-u", script.toString())
				.directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("nvim.log").toFile());
		Map<String, String> env = builder.environment();
		env.put("ENTENTE_FILE", scenario.toString());
		env.put("ENTENTE_OUT", out.toString());
		env.put("ENTENTE_CMD", new ObjectMapper().writeValueAsString(server));
		env.put("ENTENTE_TIMEOUT_MS", "60000");
		for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
			env.put(xdg, folder.resolve("xdg").toString());
		}
		Process process = builder.start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		assertThat(finished).as("nvim finished; its log: %s", log()).isTrue();
		assertThat(out).as("nvim wrote its observations; its log: %s", log()).exists();

		JsonNode result = new ObjectMapper().readTree(Files.readString(out));
		assertThat(result.get("errors").isEmpty() ? "" : result.get("errors").toString()).as("failed steps").isEmpty();
		JsonNode steps = result.get("steps");

		assertThat(steps.get("diagnosticsOnOpen").toString()).contains("Belgium");
		assertThat(steps.get("capabilities").get("codeLens").asBoolean()).as("no lenses without executeCommand").isFalse();

		JsonNode quickFix = steps.get("quickFix");
		assertThat(quickFix.get("titles").get(0).asText()).isEqualTo("Create state 'Belgium'");
		assertThat(quickFix.get("text").asText()).contains("state Belgium { }\n");

		assertThat(steps.get("diagnosticsAfterEdit").toString()).contains("Rusia");

		JsonNode completion = steps.get("completion");
		assertThat(completion.get("labels").toString()).contains("\"Germany\"", "\"Russia\"", "\"France\"", "\"Belgium\"");
		assertThat(completion.get("snippets").asInt()).as("no snippets for a client without snippetSupport").isZero();

		assertThat(steps.get("hover").asText()).contains("German Empire");
		assertThat(steps.get("definition").get("line").asInt()).isEqualTo(steps.get("definition").get("expected").asInt());

		assertThat(steps.get("rename").asText()).contains("state Gaul {", "borders Gaul, Russia", "members Gaul, Russia")
				.doesNotContain("France");
		assertThat(steps.get("renameRefused").asText()).contains("Germany is already declared");

		assertThat(result.get("finalText").asText()).isEqualTo("""
				scenario Crisis "A test crisis"
				    from 1914 to 1916

				state Germany "German Empire" {
				    military 2.2 economy 3.5 population 65
				    borders Gaul, Russia
				}
				state Russia {
				    military 2.6 economy 1.8 population 160
				    borders Germany
				}
				state Gaul {
				    military 1.9 economy 1.6 population 40
				    borders Germany, Belgium
				}
				state Belgium {
				}

				alliance FrancoRussian {
				    members Gaul, Russia
				    signed 1894
				    defense against Germany
				}
				""");
	}

	private String log() throws IOException {
		Path log = folder.resolve("nvim.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)";
	}

	private static String onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(File.pathSeparator)) {
			Path candidate = Path.of(dir, program);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}
}
