package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.entente.cli.history.HistoryHarness;
import org.entente.cli.history.ReplayException;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.importer.ImportException;
import org.entente.importer.ImportRequest;
import org.entente.importer.Region;
import org.entente.importer.ScenarioImporter;
import org.entente.importer.StateSystemYear;
import org.entente.importer.history.War;
import org.entente.importer.history.WarData;
import org.junit.jupiter.api.Test;

/**
 * Imports always run (docs/import.md, "Imports always run"): every region every 5th year from 1816 to
 * 2016, and the states of every war of cow_war_dyadic.csv at its onset, each check with no errors and
 * run to the last turn. Every file is checked and run once, in memory. Run time: about 52 s on the
 * shared 2-core build machine (45 s for 214 region files, 7 s for 84 wars; the importer caches the parsed
 * tables, see CsvTable); keep it under ~60 s for CI (2 cores).
 */
class ImportsAlwaysRunTest {

	static Path data() {
		return CliRunner.root().resolve("data");
	}

	@Test
	void everyRegionEveryFifthYearChecksWithoutErrorsAndRuns() throws ImportException {
		List<String> failures = new ArrayList<>();
		int files = 0;
		for (int year = 1816; year <= 2016; year += 5) {
			for (Region region : Region.values()) {
				ImportRequest request = ImportRequest.forRegion(year, region, data());
				String text;
				try {
					text = ScenarioImporter.importScenario(request).scenarioText();
				} catch (ImportException e) {
					if (e.getMessage().startsWith("No state of region")) {
						continue; // no state of this region in the system yet (e.g. africa 1816)
					}
					throw e;
				}
				files++;
				checkAndRun(region.cliName() + "-" + year + ".entente", text, year + ScenarioImporter.YEARS_AFTER, failures);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(files).isGreaterThan(150);
	}

	@Test
	void theStatesOfEveryWarAtItsOnsetCheckWithoutErrorsAndRun() throws ImportException {
		List<String> failures = new ArrayList<>();
		WarData wars = WarData.read(data());
		for (int number : wars.warNumbers()) {
			War war = wars.war(number);
			StateSystemYear system = StateSystemYear.read(data(), war.firstYear());
			TreeSet<String> states = new TreeSet<>();
			war.participants().stream().filter(system::inSystem)
					.forEach(c -> states.add(system.state(c).orElseThrow().abbreviation()));
			String text = ScenarioImporter.importScenario(
					ImportRequest.forStates(war.firstYear(), List.copyOf(states), data())).scenarioText();
			checkAndRun("war-" + number + "-" + war.firstYear() + ".entente", text,
					war.firstYear() + ScenarioImporter.YEARS_AFTER, failures);
		}
		assertThat(failures).isEmpty();
		assertThat(wars.warNumbers()).hasSize(84);
	}

	private static void checkAndRun(String name, String text, int lastYear, List<String> failures) {
		try {
			Trace trace = HistoryHarness.checkAndRun(name, text, SimulationOptions.defaults()).trace();
			if (trace.last().year() != lastYear) {
				failures.add(name + ": ran to " + trace.last().year() + ", not " + lastYear);
			}
		} catch (ReplayException e) {
			e.errors().forEach(d -> failures.add(d.toHumanString()));
		} catch (RuntimeException e) {
			failures.add(name + ": " + e);
		}
	}
}
