package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * entente report --format svg: one well-formed SVG file per chart of the page, each with its title, axis
 * titles and legend titles (drawn by the same Vega-Lite specs in a JavaScript engine inside the JVM), and a
 * clear error for an output that cannot be a folder.
 */
class ReportSvgTest {

	@TempDir
	Path dir;

	/** Every chart's file and the texts it must show: title, axis titles (with units), legend titles. */
	static Map<String, List<String>> expectedCharts() {
		Map<String, List<String>> charts = new LinkedHashMap<>();
		charts.put("entente-power.svg", List.of("Power shares over time", "Year", "Share of system power (%)", "State", "Germany"));
		charts.put("entente-postures.svg", List.of("Postures by state and year", "Year", "State", "Posture", "balance"));
		charts.put("entente-wars.svg", List.of("Wars: who fought whom", "Year", "Pair of states", "Entry", "attack",
				"AustriaHungary \u2013 UnitedKingdom"));
		charts.put("entente-network.svg", List.of("Alliance network", "Treaty clause", "Bloc", "Year 1914", "defense"));
		charts.put("entente-threats.svg", List.of("Threat matrix, 1914", "Threatened by", "Threatened state", "Threat score (0\u20131)"));
		charts.put("entente-landscape-best.svg", List.of("Landscape 1914: the best configurations",
				"Energy E (size \u00d7 size \u00d7 propensity, summed over split pairs)", "Rank"));
		charts.put("entente-landscape-frustration.svg", List.of("Landscape 1914: frustration at the global minimum", "State",
				"Frustration F (size \u00d7 propensity)", "Side"));
		charts.put("entente-samples.svg", List.of("Probability at war by pair and year", "Year", "Pair of states", "P(at war)"));
		return charts;
	}

	@Test
	void writesEveryChartOfThePageAsAWellFormedSvgFileWithItsTitleAndAxes() throws Exception {
		Path folder = dir.resolve("figures/july-1914"); // created, parents too
		CliRunner r = CliRunner.run("report", ReportCommandTest.example("europe-1914.entente").toString(), "--format", "svg",
				"-o", folder.toString(), "--year", "1914", "--samples", "3", "--seed", "7");
		assertThat(r.exitCode()).as(r.err()).isZero();
		assertThat(r.out()).isEqualTo("Wrote 8 SVG files to " + folder + " (5 turns, 7 of 7 expectations hold)." + System.lineSeparator());
		Map<String, List<String>> expected = expectedCharts();
		try (Stream<Path> files = Files.list(folder)) {
			// one file per chart, no temporary file left behind, nothing else (the expectations are a table)
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected.keySet());
		}
		for (Map.Entry<String, List<String>> chart : expected.entrySet()) {
			String svg = Files.readString(folder.resolve(chart.getKey()));
			Document document = parse(svg);
			assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
			assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
			assertThat(document.getDocumentElement().getAttribute("width")).as(chart.getKey()).matches("[1-9][0-9]*");
			assertThat(texts(document)).as(chart.getKey()).containsAll(chart.getValue())
					// text widths measured like the browser's (svg-headless.js): no label cut short with an ellipsis
					.noneMatch(text -> text.contains("\u2026"));
			assertThat(svg).as("no reference outside the file").doesNotContain("href=\"http").doesNotContain("<image");
		}
	}

	@Test
	void aFileWhereTheFolderShouldBeIsAClearErrorBeforeAnythingRuns() throws Exception {
		Path file = Files.writeString(dir.resolve("figures"), "not a folder");
		CliRunner r = CliRunner.run("report", ReportCommandTest.example("europe-1914.entente").toString(), "--format", "svg",
				"-o", file.toString());
		assertThat(r.exitCode()).isEqualTo(1);
		assertThat(r.err()).isEqualTo("entente: cannot write into '" + file
				+ "': it is a file, and --format svg writes a folder of SVG files" + System.lineSeparator());
		assertThat(Files.readString(file)).isEqualTo("not a folder");
	}

	@Test
	void aFolderThatCannotBeMadeIsAClearError() throws Exception {
		Path file = Files.writeString(dir.resolve("notes.txt"), "x");
		Path folder = file.resolve("figures");
		CliRunner r = CliRunner.run("report", ReportCommandTest.example("europe-1914.entente").toString(), "--format", "svg",
				"-o", folder.toString());
		assertThat(r.exitCode()).isEqualTo(1);
		assertThat(r.err()).contains("entente: cannot write into '" + folder + "': '" + file
				+ "' is in the way: it exists and is not a folder").doesNotContain("Exception");
		assertThat(r.out()).isEmpty();
	}

	@Test
	void anUnknownFormatIsAUsageError() {
		CliRunner r = CliRunner.run("report", ReportCommandTest.example("europe-1914.entente").toString(), "--format", "png",
				"-o", dir.resolve("x").toString());
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("--format").contains("html, svg");
	}

	/** The JDK's XML parser, with no DTD or external entity (an SVG needs neither). */
	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	static List<String> texts(Document document) {
		NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}
}
