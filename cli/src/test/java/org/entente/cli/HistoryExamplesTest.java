package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.landscape.ScenarioLandscapeOracle;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * Regression test of the history files in examples/history: their expectations state what happened,
 * and the model meets only some of them. Which ones is recorded in
 * examples/history/expected-results.txt; any change (a failure that starts to pass counts too) fails
 * this test, so it is noticed and docs/validation-against-history.md is brought up to date.
 *
 * <p>To re-record after a deliberate change: {@code mvn -o -q -pl cli -am verify -Dtest=HistoryExamplesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dentente.history.record=true}, then review the diff.
 */
class HistoryExamplesTest {

	static final String RECORD = "expected-results.txt";

	static Path history() {
		return CliRunner.root().resolve("examples").resolve("history");
	}

	static List<Path> files() throws Exception {
		try (Stream<Path> s = Files.list(history())) {
			return s.filter(f -> f.toString().endsWith(".entente")).sorted().toList();
		}
	}

	@Test
	void thereAreHistoryFiles() throws Exception {
		assertThat(files()).extracting(f -> f.getFileName().toString())
				.contains("europe-1914-cow.entente", "europe-1936-cow.entente");
	}

	@Test
	void everyHistoryFileChecksWithoutErrors() throws Exception {
		for (Path f : files()) {
			StringWriter err = new StringWriter();
			ScenarioInput.Loaded loaded = ScenarioInput.load(f, new PrintWriter(err));
			assertThat(loaded.ok()).as(f + ": " + err).isTrue();
		}
	}

	@Test
	void outcomesMatchTheRecordedList() throws Exception {
		List<String> actual = new ArrayList<>();
		for (Path f : files()) {
			StringWriter err = new StringWriter();
			ScenarioInput.Loaded loaded = ScenarioInput.load(f, new PrintWriter(err));
			assertThat(loaded.ok()).as(f + ": " + err).isTrue();
			Trace trace = Simulation.run(loaded.scenario(), SimulationOptions.defaults().withLandscape(new ScenarioLandscapeOracle()));
			for (ExpectationResult r : trace.expectations()) {
				actual.add(f.getFileName() + ": " + r.outcome() + " " + r.expectation().describe());
			}
		}
		Path record = history().resolve(RECORD);
		if (Boolean.getBoolean("entente.history.record")) {
			List<String> out = new ArrayList<>();
			out.add("# Outcome of every expectation of examples/history with default settings (HistoryExamplesTest).");
			out.add("# A change here is a change in what the model says about history: update");
			out.add("# docs/validation-against-history.md with it. Re-record with -Dentente.history.record=true.");
			out.addAll(actual);
			Files.write(record, out, StandardCharsets.UTF_8);
		}
		List<String> expected = Files.readAllLines(record, StandardCharsets.UTF_8).stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		assertThat(actual)
				.as("outcomes of examples/history differ from %s; if the change is intended, re-record and update "
						+ "docs/validation-against-history.md", RECORD)
				.containsExactlyElementsOf(expected);
	}

	@Test
	void recordCoversBothOutcomes() throws Exception {
		List<String> lines = Files.readAllLines(history().resolve(RECORD), StandardCharsets.UTF_8);
		assertThat(lines).anyMatch(l -> l.contains(": PASS ")).anyMatch(l -> l.contains(": FAIL "))
				.noneMatch(l -> l.contains(": NOT_EVALUATED "));
	}
}
