package org.entente.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made data folders for the history harness's tests: the {@code *.csv.fixture} files of a test resource folder. */
public final class HistoryFixtures {
	private HistoryFixtures() {
	}

	/**
	 * Copies the tables of resource folder {@code folder} (e.g. "/prewar", which holds a README.md) into
	 * {@code target} without their ".fixture" suffix (kept so that nothing else reads them as data), and returns it.
	 */
	public static Path copy(String folder, Path target) throws IOException, URISyntaxException {
		Files.createDirectories(target);
		Path fixtures = Path.of(HistoryFixtures.class.getResource(folder + "/README.md").toURI()).getParent();
		try (var files = Files.list(fixtures)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				String name = f.getFileName().toString();
				if (name.endsWith(".csv.fixture")) {
					Files.copy(f, target.resolve(name.substring(0, name.length() - ".fixture".length())));
				}
			}
		}
		return target;
	}
}
