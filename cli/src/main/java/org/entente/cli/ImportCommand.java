package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.importer.DataDirectory;
import org.entente.importer.ImportException;
import org.entente.importer.ImportRequest;
import org.entente.importer.SeaBorders;
import org.entente.importer.ImportResult;
import org.entente.importer.Region;
import org.entente.importer.ScenarioImporter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente import}: a scenario written from the Correlates of War and ATOP tables. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = {
				"Write a scenario for one year from Correlates of War and ATOP tables.",
				"States, capabilities (NMC), land borders (direct contiguity) and alliances in force (ATOP). "
						+ "Missing values are reported on standard error and left out, never invented." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:scenario written",
				"1:the data cannot produce it (unknown state, missing or malformed table)",
				"2:usage error" })
public class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year to import.")
	int year;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Selection selection;

	static class Selection {
		@Option(names = "--states", split = ",", paramLabel = "ABB",
				description = "COW state abbreviations, comma-separated (e.g. GMY,FRN,RUS).")
		List<String> states;

		@Option(names = "--region", paramLabel = "REGION",
				description = "Every state of a region: europe, americas, africa, middle-east, asia, oceania.")
		String region;
	}

	@Option(names = "--data", paramLabel = "DIR",
			description = "Folder with the COW and ATOP tables (default: the ENTENTE_DATA environment variable).")
	Path data;

	@Option(names = "--sea-borders", paramLabel = "MILES", defaultValue = "0",
			description = "Also write states separated by at most MILES of water as bordering (COW Direct Contiguity: 12, 24, 150 "
					+ "or 400); default ${DEFAULT-VALUE}, land borders only.")
	int seaMiles;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
	Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		SeaBorders sea;
		try {
			sea = SeaBorders.ofMiles(seaMiles);
		} catch (IllegalArgumentException e) {
			err.println("entente: --sea-borders: " + e.getMessage());
			return Main.USAGE;
		}
		try {
			Path dataDir = DataDirectory.resolve(data);
			ImportRequest request = selection.states != null
					? ImportRequest.forStates(year, selection.states, dataDir)
					: ImportRequest.forRegion(year, Region.parse(selection.region), dataDir);
			request = request.withSeaBorders(sea);
			ImportResult result = ScenarioImporter.importScenario(request);
			result.notes().forEach(note -> err.println("entente: note: " + note));
			if (output == null) {
				out.print(result.scenarioText());
			} else {
				AtomicFiles.write(output, result.scenarioText());
				err.println("entente: wrote " + output);
			}
			return Main.OK;
		} catch (ImportException e) {
			err.println("entente: " + e.getMessage());
			return Main.FAILED;
		} catch (IOException e) {
			err.println("entente: cannot write '" + output + "': " + e.getMessage());
			return Main.FAILED;
		}
	}
}
