package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The repository's examples ({@code examples/**.entente}), copied into the jar at build time
 * (cli/pom.xml) for the playground's menu: name (path under examples/) to text.
 */
final class PlaygroundExamples {

	static final String FOLDER = "/org/entente/cli/playground/examples/";

	private PlaygroundExamples() {
	}

	static Map<String, String> load() {
		URL url = PlaygroundExamples.class.getResource(FOLDER);
		if (url == null) {
			return Map.of();
		}
		try {
			URI uri = url.toURI();
			if (uri.getScheme().equals("jar")) {
				FileSystem jar;
				try {
					jar = FileSystems.newFileSystem(uri, Map.of());
				} catch (FileSystemAlreadyExistsException e) {
					jar = FileSystems.getFileSystem(uri);
				}
				return read(jar.getPath(FOLDER));
			}
			return read(Path.of(uri));
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, String> read(Path folder) throws IOException {
		Map<String, String> examples = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".entente"))::iterator) {
				String name = folder.relativize(file).toString().replace('\\', '/');
				examples.put(name, Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return Collections.unmodifiableMap(examples);
	}
}
