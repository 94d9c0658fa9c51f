package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The summary page OUT.html: self-contained (the chart libraries inlined, nothing fetched), one chart per
 * parameter that takes more than one value, and its data (the JSON inlined in the page) the same shares
 * as the CSV table: per point, and per value of the parameter the mean over the points with that value.
 */
class SummaryPageTest {

    @TempDir
    static Path dir;
    static String html, csv;
    static JsonNode data;

    @BeforeAll
    static void sweep() throws Exception {
        Path plan = SweepFixtures.plan(dir);
        SweepFixtures.Result r = SweepFixtures.sweep(plan.toString(), "--plain", "--quiet", "--out", dir.resolve("july").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("entente: wrote " + dir.resolve("july.html"));
        html = Files.readString(dir.resolve("july.html"));
        csv = Files.readString(dir.resolve("july.csv"));
        data = embeddedData(html);
    }

    static JsonNode embeddedData(String page) throws Exception {
        Matcher m = Pattern.compile("window\\.ENTENTE_SWEEP = (\\{.*?\\});</script>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("the inlined data").isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Entente sweep of july.entente</title>")
                .contains("vega-lite").contains("section.chart").doesNotContain("<script src").doesNotContain("<link ")
                .doesNotContain("sourceMappingURL");
        assertThat(html.length()).isGreaterThan(800_000);
    }

    @Test
    void oneChartPerParameterWithItsAxisTitle() {
        assertThat(data.get("schema").asText()).isEqualTo("entente-sweep-summary/1");
        assertThat(data.get("points").asInt()).isEqualTo(6);
        assertThat(data.get("samples").asInt()).isEqualTo(4);
        assertThat(data.get("lastYear").asInt()).isEqualTo(1918);
        List<String> names = new ArrayList<>();
        data.get("parameters").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).containsExactly("treaty.DualAlliance.reliability", "state.Germany.military", "state.Russia.doctrine");
        JsonNode reliability = data.get("parameters").get(0);
        assertThat(reliability.get("axis").asText()).isEqualTo("treaty.DualAlliance.reliability (probability of honouring, 0–1)");
        assertThat(reliability.get("drawn").asBoolean()).isFalse();
        assertThat(reliability.get("distinct").asInt()).isEqualTo(2);
        assertThat(data.get("parameters").get(2).get("drawn").asBoolean()).isTrue();
        assertThat(data.get("parameters").get(2).get("distinct").asInt()).isEqualTo(6);
        // every panel is there: the chosen pairs, the expectations (7, all shown), postures, polarity
        List<String> panels = new ArrayList<>();
        reliability.get("values").forEach(v -> { if (!panels.contains(v.get("panel").asText())) panels.add(v.get("panel").asText()); });
        assertThat(panels).containsExactly("war", "expectation", "posture", "polarity");
        assertThat(data.get("expectations")).hasSize(7);
        assertThat(data.get("pairs").size()).isBetween(1, 6);
    }

    @Test
    void theChartsDataAreTheTablesShares() {
        // the CSV's shares: war at the end of 1918, expectations, postures, polarity in 1918, by point
        Map<String, Double> table = new HashMap<>();
        Map<Integer, double[]> parameters = new HashMap<>();
        for (String line : csv.lines().skip(1).toList()) {
            String[] f = line.split(",", -1);
            int point = Integer.parseInt(f[0]);
            parameters.put(point, new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]) });
            String measure = f[5], year = f[7];
            boolean shown = switch (measure) {
                case "war", "polarity" -> year.equals("1918");
                case "expectation", "posture" -> true;
                default -> false;
            };
            if (shown) table.put(point + "|" + measure + "|" + f[6], Double.parseDouble(f[8]));
        }
        int checked = 0;
        for (int c = 0; c < 3; c++) {
            JsonNode parameter = data.get("parameters").get(c);
            Map<String, double[]> sums = new HashMap<>();
            for (JsonNode v : parameter.get("values")) {
                int point = v.get("point").asInt();
                assertThat(v.get("x").asDouble()).isEqualTo(parameters.get(point)[c]);
                String key = point + "|" + v.get("panel").asText() + "|" + v.get("subject").asText();
                assertThat(v.get("y").asDouble()).as(key).isCloseTo(table.getOrDefault(key, 0.0), within(1e-12));
                double[] s = sums.computeIfAbsent(v.get("x").asDouble() + "|" + v.get("panel").asText() + "|" + v.get("subject").asText(),
                        k -> new double[2]);
                s[0] += v.get("y").asDouble();
                s[1]++;
                checked++;
            }
            for (JsonNode m : parameter.get("means")) {
                double[] s = sums.get(m.get("x").asDouble() + "|" + m.get("panel").asText() + "|" + m.get("subject").asText());
                assertThat(m.get("y").asDouble()).isCloseTo(s[0] / s[1], within(1e-12));
                assertThat(m.get("points").asInt()).isEqualTo((int) s[1]);
            }
            assertThat(parameter.get("means")).hasSize(sums.size());
        }
        assertThat(checked).isGreaterThan(3 * 6 * 10);
        // every expectation's rate and every pair chosen appear at every point (zeros included)
        JsonNode first = data.get("parameters").get(0).get("values");
        long warRows = 0;
        for (JsonNode v : first) if (v.get("panel").asText().equals("war")) warRows++;
        assertThat(warRows).isEqualTo(6L * data.get("pairs").size());
    }
}
