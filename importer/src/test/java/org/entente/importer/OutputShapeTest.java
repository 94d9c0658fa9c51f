package org.entente.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every line of imported scenarios against the subset of the Entente grammar (docs/language.md)
 * that the importer emits, and that every reference names a declared state. This is no
 * substitute for the real parser, but catches malformed lines, bad IDs and dangling names.
 */
class OutputShapeTest {

    static final String ID = "\\^?[A-Za-z_][A-Za-z0-9_]*";
    static final String IDS = ID + "(?:, " + ID + ")*";
    static final String N = "\\d+(?:\\.\\d+)?";
    static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";

    static final List<Pattern> LINES = Stream.of(
            "", "//.*", "/\\*", " \\*.*", " \\*/",
            "scenario " + ID + " " + STRING,
            "    from \\d+ to \\d+",
            "region " + ID + " " + STRING,
            "state " + ID + " " + STRING + " \\{",
            "    //.*",
            "    (?:military " + N + ")?(?: ?economy " + N + ")?(?: ?population " + N + ")?",
            "    great power",
            "    region " + ID,
            "    borders " + IDS,
            "(?:alliance|pact|entente) " + ID + " \\{",
            "    members " + ID + ", " + IDS,
            "    signed \\d+",
            "    defense(?: against " + IDS + ")?(?: unless provoked)?",
            "    offense against " + IDS,
            "    neutrality(?: against " + IDS + ")?",
            "    nonaggression",
            "    consultation",
            "\\}").map(Pattern::compile).toList();

    static Stream<Arguments> imports() {
        List<Arguments> out = new ArrayList<>();
        for (int year : new int[] {1816, 1870, 1914, 1938, 1962, 1990, 2016}) {
            for (Region r : Region.values()) {
                out.add(Arguments.of(year, r));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("imports")
    void everyLineHasAnEmittedShapeAndEveryNameIsDeclared(int year, Region region) {
        ImportResult r;
        try {
            r = ScenarioImporter.importScenario(ImportRequest.forRegion(year, region, TestData.realDataDir()));
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith("No state of region " + region.cliName());
            return;
        }
        check(r.scenarioText());
    }

    static void check(String text) {
        Set<String> states = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^state (" + ID + ") ").matcher(text);
        while (m.find()) {
            states.add(m.group(1));
        }
        assertThat(states).isNotEmpty();
        Set<String> treaties = new HashSet<>();
        int depth = 0;
        for (String line : text.split("\n", -1)) {
            assertThat(LINES).as("line shape: '%s'", line).anyMatch(p -> p.matcher(line).matches());
            assertThat(line).as("capabilities line is not empty").isNotEqualTo("    ");
            if (line.endsWith("{")) {
                depth++;
                assertThat(depth).as(line).isEqualTo(1);
            } else if (line.equals("}")) {
                depth--;
            }
            String t = line.trim();
            String list = null;
            if (t.startsWith("borders ") || t.startsWith("members ")) {
                list = t.substring(8);
            } else if (t.contains(" against ") && !t.startsWith("//")) {
                list = t.substring(t.indexOf(" against ") + 9).replace(" unless provoked", "");
            }
            if (list != null) {
                List<String> names = List.of(list.split(", "));
                assertThat(states).as(line).containsAll(names);
                assertThat(new HashSet<>(names)).as("no duplicates: " + line).hasSize(names.size());
            }
            Matcher tm = Pattern.compile("^(?:alliance|pact|entente) (" + ID + ") \\{$").matcher(line);
            if (tm.matches()) {
                assertThat(treaties.add(tm.group(1))).as("unique treaty " + tm.group(1)).isTrue();
            }
        }
        assertThat(depth).isZero();
        assertThat(text).endsWith("}\n");
    }
}
