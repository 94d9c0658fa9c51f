package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.entente.charts.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium from Debian ({@code chromium}, installed by .ci/run;
 * the test is skipped when it is not on the PATH) opens the page offline and runs its scripts; the
 * DOM it dumps must hold every chart drawn as SVG with its title, and no error. A screenshot is kept in
 * {@code cli/target/report-screenshots/} for anyone to look at.
 */
class ReportBrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

	@TempDir
	Path dir;

	@Test
	void everyChartIsDrawnWithItsTitleAndTheExpectationsAreListed() throws Exception {
		HeadlessChromium chromium = HeadlessChromium.find(dir);
		assumeTrue(chromium != null, "chromium is not installed");
		Files.createDirectories(SCREENSHOTS);
		Path html = SCREENSHOTS.resolve("report.html").toAbsolutePath();
		CliRunner r = CliRunner.run("report", ReportCommandTest.example("europe-1914.entente").toString(), "-o", html.toString(),
				"--samples", "20", "--seed", "7");
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);

		String dom = chromium.run("--dump-dom", html.toUri().toString()).out();
		assertThat(dom).contains("data-rendered=\"true\"").doesNotContain("class=\"chart-error\"");
		String[][] charts = {
				{ "power", "Power shares over time", "Share of system power (%)" },
				{ "postures", "Postures by state and year", "Posture" },
				{ "wars", "Wars: who fought whom", "Pair of states" },
				{ "network", "Alliance network", "Treaty clause" },
				{ "threats", "Threat matrix, 1914", "Threat score (0–1)" },
				{ "landscape-best", "Landscape 1914: the best configurations", "Energy E" },
				{ "landscape-frustration", "Landscape 1914: frustration at the global minimum", "Frustration F" },
				{ "samples", "Probability at war by pair and year", "P(at war)" } };
		for (String[] chart : charts) {
			String section = HeadlessChromium.chartSection(dom, chart[0]);
			assertThat(section).as(chart[0]).contains("<svg").contains(chart[1]).contains(chart[2]);
			// marks: the SVG renderer draws rects, symbols, lines and areas as paths
			assertThat(Pattern.compile("<path").matcher(section).results().count()).as(chart[0] + " marks").isGreaterThan(5);
			// the chart as an SVG file of its own (for papers): a download link to the drawn SVG
			assertThat(section).contains("class=\"save-svg\"").contains("download=\"entente-" + chart[0] + ".svg\"").contains("href=\"blob:");
		}
		assertThat(HeadlessChromium.chartSection(dom, "expectations")).contains("7 of 7 hold.").contains("expect in 1914: Germany at war with Russia")
				.contains("class=\"outcome pass\"");

		chromium.screenshot(html, "1280,4000", SCREENSHOTS.resolve("report.png").toAbsolutePath());
	}

}
