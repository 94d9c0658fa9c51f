package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.entente.charts.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary page in a real browser, as the report's ReportBrowserTest (module cli) does it: headless
 * Chromium from Debian (skipped when {@code chromium} is not on the PATH) opens the page offline with
 * a fresh profile and runs its scripts; the DOM it dumps must hold one chart per parameter drawn as SVG
 * with its titles and axis titles, and the browser's log no console message (the page logs nothing; an
 * error or a Vega warning would show there). A screenshot is kept in
 * {@code sweep/target/summary-screenshots/}.
 */
class SummaryBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "summary-screenshots");

    @TempDir
    Path dir;

    @Test
    void everyParameterHasItsChartDrawnWithoutAnyConsoleMessage() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find(dir);
        assumeTrue(chromium != null, "chromium is not installed");
        Files.createDirectories(SCREENSHOTS);
        Path plan = SweepFixtures.plan(dir);
        Path html = SCREENSHOTS.resolve("summary.html").toAbsolutePath();
        SweepFixtures.Result r = SweepFixtures.sweep(plan.toString(), "--plain", "--quiet", "--out",
                SCREENSHOTS.resolve("summary").toAbsolutePath().toString());
        assertThat(r.code()).as(r.err()).isZero();

        HeadlessChromium.Output page = chromium.run("--dump-dom", html.toUri().toString());
        assertThat(page.log()).as("console messages").doesNotContain("CONSOLE");
        String dom = page.out();
        assertThat(dom).contains("data-rendered=\"true\"").doesNotContain("class=\"chart-error\"")
                .contains("july.entente, plan july.yaml: 6 points × 4 sampled runs = 24 runs, seed 1914.");
        String[][] charts = {
                { "treaty.DualAlliance.reliability", "probability of honouring, 0–1" },
                { "state.Germany.military", "capability, as in the scenario" },
                { "state.Russia.doctrine", "0 defensive – 1 offensive" } };
        List<String> postures = Files.readAllLines(SCREENSHOTS.resolve("summary.csv")).stream()
                .map(line -> line.split(",")).filter(cells -> cells.length > 6 && cells[5].equals("posture"))
                .map(cells -> cells[6]).distinct().toList();
        for (String[] chart : charts) {
            String section = HeadlessChromium.chartSection(dom, chart[0]);
            assertThat(section).as(chart[0]).contains("How the outcomes move with " + chart[0]).contains("<svg")
                    .contains(chart[0] + " (" + chart[1] + ")")
                    .contains("Wars at the end of 1918").contains("Share of runs at war at the end of 1918 (%)").contains("Pair of states")
                    .contains("Expectations").contains("Share of runs in which it holds (%)").contains("in 1914: Germany at war with Russia")
                    .contains("Postures").contains("Share of state-turns (%)")
                    .contains("Polarity in 1918").contains("multipolar");
            // the postures the model gave (the summary's own rows), each drawn in the chart
            assertThat(postures).isNotEmpty().allSatisfy(posture -> assertThat(section).as(chart[0]).contains(posture));
            // marks: the SVG renderer draws points and lines as paths
            assertThat(Pattern.compile("<path").matcher(section).results().count()).as(chart[0] + " marks").isGreaterThan(30);
        }
        assertThat(Pattern.compile("<section class=\"chart\"").matcher(dom).results().count()).isEqualTo(3);

        chromium.screenshot(html, "1100,3600", SCREENSHOTS.resolve("summary.png").toAbsolutePath());
    }

}
