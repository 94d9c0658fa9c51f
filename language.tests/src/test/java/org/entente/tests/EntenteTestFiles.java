package org.entente.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's files (examples/) and the test resources. */
public final class EntenteTestFiles {

	private EntenteTestFiles() {
	}

	/** The repository root: Surefire passes it as entente.root; from an IDE, walk up. */
	public static Path root() {
		String configured = System.getProperty("entente.root");
		if (configured != null) {
			return Paths.get(configured).toAbsolutePath().normalize();
		}
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Cannot find the repository root (a folder with examples/)");
		}
		return dir;
	}

	/** Every .entente file of the repository (build output and npm packages left out), sorted. */
	public static List<Path> allEntenteFiles() {
		try (Stream<Path> walk = Files.walk(root())) {
			return walk.filter(p -> p.toString().endsWith(".entente"))
					.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("node_modules")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path examples() {
		return root().resolve("examples");
	}

	public static String resource(String name) {
		try (InputStream in = EntenteTestFiles.class.getResourceAsStream("/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
