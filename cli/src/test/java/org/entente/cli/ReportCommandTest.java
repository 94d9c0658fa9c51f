package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** entente report: a self-contained page with the engine's numbers, written atomically, and every exit code. */
class ReportCommandTest {

	@TempDir
	Path dir;

	static Path example(String name) {
		return CliRunner.root().resolve("examples").resolve(name);
	}

	/** The data object the page draws, read back from the script element it is inlined in. */
	static JsonNode data(String html) throws Exception {
		Matcher m = Pattern.compile("window\\.ENTENTE_REPORT = (\\{.*?\\});</script>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("inlined data").isTrue();
		return new ObjectMapper().readTree(m.group(1).replace("<\\/", "</"));
	}

	@Test
	void writesOneSelfContainedPageWithTheTraceTreatiesAndLandscape() throws Exception {
		Path html = dir.resolve("out/report.html");
		CliRunner r = CliRunner.run("report", example("europe-1914.entente").toString(), "-o", html.toString(), "--year", "1914");
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.out()).contains("Wrote " + html).contains("5 turns, 7 of 7 expectations hold");
		String page = Files.readString(html);
		// no network at view time: no external script, style, font or image
		assertThat(page).doesNotContainPattern("(?i)<script[^>]+src=").doesNotContainPattern("(?i)<link[^>]+href=")
				.doesNotContain("sourceMappingURL").contains("<title>Entente report: The July Crisis</title>");
		// the three libraries inlined (together about 800 KB), the printable style
		assertThat(page).contains("vegaEmbed").contains("@media print").hasSizeGreaterThan(700_000);
		JsonNode data = data(page);
		assertThat(data.path("schema").asText()).isEqualTo("entente-report/1");
		assertThat(data.path("year").asInt()).isEqualTo(1914);
		assertThat(data.path("trace").path("schema").asText()).isEqualTo("entente-trace/1");
		assertThat(data.path("trace").path("turns")).hasSize(5);
		// the whole threat matrix of the chosen year, none of the other years
		JsonNode germany1914 = data.path("trace").path("turns").get(0).path("states").get(0);
		assertThat(germany1914.path("threats")).hasSize(6);
		assertThat(data.path("trace").path("turns").get(1).path("states").get(0).has("threats")).isFalse();
		JsonNode dual = data.path("treaties").get(0);
		assertThat(dual.path("name").asText()).isEqualTo("DualAlliance");
		assertThat(dual.path("members").toString()).isEqualTo("[\"Germany\",\"AustriaHungary\"]");
		assertThat(dual.path("clauses").toString()).isEqualTo("[\"defense\"]");
		assertThat(data.path("landscape").path("year").asInt()).isEqualTo(1914);
		assertThat(data.path("landscape").path("best").size()).isEqualTo(5);
		assertThat(data.path("samples").isNull()).isTrue();
		try (Stream<Path> files = Files.list(html.getParent())) {
			assertThat(files).containsExactly(html); // no temporary file left behind
		}
	}

	@Test
	void withSamplesThePageCarriesTheProbabilityAtWarOfEachPairByYear() throws Exception {
		Path html = dir.resolve("sampled.html");
		CliRunner r = CliRunner.run("report", example("europe-1914.entente").toString(), "-o", html.toString(), "--samples", "20", "--seed", "7");
		assertThat(r.exitCode()).as(r.err()).isZero();
		String page = Files.readString(html);
		assertThat(page).contains("\"samples\":{\"runs\":20,\"seed\":7,\"atWar\":[{\"a\":");
		// the scenario's own attack (in 1914: Germany attacks Belgium) happens in every sample
		assertThat(page).contains("{\"a\":\"Germany\",\"b\":\"Belgium\",\"year\":1914,\"probability\":1.0}");
		Path again = dir.resolve("again.html");
		CliRunner.run("report", example("europe-1914.entente").toString(), "-o", again.toString(), "--samples", "20", "--seed", "7");
		assertThat(Files.readString(again)).as("the same seed gives the same page").isEqualTo(page);
		assertThat(CliRunner.run("report", example("europe-1914.entente").toString(), "-o", html.toString(), "--samples", "0").exitCode())
				.isEqualTo(2);
		assertThat(CliRunner.run("report", example("europe-1914.entente").toString(), "-o", html.toString(), "--seed", "3").exitCode())
				.isEqualTo(2);
	}

	@Test
	void theSameFileGivesTheSameBytes() throws Exception {
		Path a = dir.resolve("a.html"), b = dir.resolve("b.html");
		CliRunner.run("report", example("europe-1914.entente").toString(), "-o", a.toString());
		CliRunner.run("report", example("europe-1914.entente").toString(), "-o", b.toString());
		assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
	}

	@Test
	void aFileWithErrorsIsReportedWithItsPositionAndNothingIsWritten() throws Exception {
		Path broken = dir.resolve("broken.entente");
		Files.writeString(broken, "scenario S from 2000 to 2001\nstate A { borders Atlantis }\n");
		Path html = dir.resolve("report.html");
		CliRunner r = CliRunner.run("report", broken.toString(), "-o", html.toString());
		assertThat(r.exitCode()).isEqualTo(1);
		assertThat(r.err()).contains(broken + ":2:").contains("Atlantis");
		assertThat(html).doesNotExist();
	}

	@Test
	void usageErrorsExitWithTwo() {
		Path html = dir.resolve("report.html");
		assertThat(CliRunner.run("report", example("europe-1914.entente").toString()).exitCode()).isEqualTo(2);
		CliRunner missing = CliRunner.run("report", dir.resolve("nowhere.entente").toString(), "-o", html.toString());
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("nowhere.entente");
		CliRunner year = CliRunner.run("report", example("europe-1914.entente").toString(), "-o", html.toString(), "--year", "1900");
		assertThat(year.exitCode()).isEqualTo(2);
		assertThat(year.err()).contains("--year 1900 is outside the scenario's turns 1914..1918");
		assertThat(CliRunner.run("report", example("europe-1914.entente").toString(), "-o", html.toString(), "--top", "0").exitCode())
				.isEqualTo(2);
		assertThat(html).doesNotExist();
	}

	@Test
	void anOutputThatCannotBeWrittenIsAClearError() throws Exception {
		Path file = dir.resolve("file");
		Files.writeString(file, "x");
		CliRunner r = CliRunner.run("report", example("europe-1914.entente").toString(), "-o", file.resolve("report.html").toString());
		assertThat(r.exitCode()).isEqualTo(1);
		assertThat(r.err()).contains("entente: cannot write '" + file.resolve("report.html") + "': '" + file + "' is in the way: it exists and is not a folder")
				.doesNotContain("\tat ");
	}
}
