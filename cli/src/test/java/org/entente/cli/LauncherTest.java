package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./entente} launcher, run by bash in a copy of the repository's layout with a fake
 * {@code mvn} on the PATH and a fake {@code java} in JAVA_HOME that record how they were called:
 * when it builds (missing jar, a source newer than the jar) and when not (generated folders,
 * tests), what it shows of the build, and that the class-data archive is made once, used, remade
 * for a newer jar, and left out when it cannot be made.
 */
class LauncherTest {

	@TempDir
	Path root;

	private Path jar;
	private Path calls;

	@BeforeEach
	void layout() throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
		Files.copy(CliRunner.root().resolve("entente"), root.resolve("entente"));
		executable(root.resolve("entente"));
		Files.writeString(root.resolve("pom.xml"), "<project/>");
		for (String module : List.of("engine", "language", "cli", "bench")) {
			Files.createDirectories(root.resolve(module + "/src/main/java"));
			Files.createDirectories(root.resolve(module + "/src/test/java"));
			Files.writeString(root.resolve(module + "/pom.xml"), "<project/>");
			Files.writeString(root.resolve(module + "/src/main/java/A.java"), "class A {}");
		}
		Files.createDirectories(root.resolve("language/src/main/xtend-gen"));
		Files.createDirectories(root.resolve("cli/target"));
		jar = root.resolve("cli/target/entente.jar");
		calls = root.resolve("calls.log");
		Path bin = Files.createDirectories(root.resolve("fake/bin"));
		// mvn: prints Maven's module headers and some noise, writes the jar; FAIL_BUILD makes it fail
		Files.writeString(bin.resolve("mvn"), """
				#!/bin/bash
				echo "mvn $*" >> "$CALLS"
				echo "[INFO] Scanning for projects..."
				echo "[INFO] Building Entente engine (semantics, plain Java) 0.1.0-SNAPSHOT        [1/2]"
				echo "INFO: Registering project language at 'file:/somewhere'"
				echo "[INFO] Building jar: /somewhere/engine.jar"
				echo "[INFO] Building Entente command line 0.1.0-SNAPSHOT                          [2/2]"
				if [ -n "$FAIL_BUILD" ]; then echo "[ERROR] COMPILATION ERROR: A.java:[1,1] broken"; exit 1; fi
				echo jar > cli/target/entente.jar
				""");
		// java: the training run writes the class list, -Xshare:dump the archive, anything else is the command
		Files.writeString(bin.resolve("java"), """
				#!/bin/bash
				echo "java $*" >> "$CALLS"
				for a in "$@"; do
				  case "$a" in
				    -XX:DumpLoadedClassList=*) [ -n "$FAIL_TRAINING" ] && exit 1; echo classes > "${a#*=}"; exit 0 ;;
				    -XX:SharedArchiveFile=*) dump_to="${a#*=}" ;;
				    -Xshare:dump) dump=1 ;;
				  esac
				done
				if [ -n "$dump" ]; then echo archive > "$dump_to"; exit 0; fi
				echo "ran: $*"
				""");
		executable(bin.resolve("mvn"));
		executable(bin.resolve("java"));
		try (var files = Files.walk(root)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				at(p, 0); // every source from long ago
			}
		}
	}

	@Test
	void buildsOnceOnAFreshCloneShowingOneLinePerModuleThenRuns() throws Exception {
		Result first = launch("check", "x.entente");
		assertThat(first.exit()).isZero();
		assertThat(first.err()).contains("first run; building")
				.contains("entente:   [1/2] Entente engine (semantics, plain Java)")
				.contains("entente:   [2/2] Entente command line")
				.doesNotContain("Registering project").doesNotContain("Building jar").doesNotContain("Scanning");
		assertThat(first.out()).contains("ran: ").contains("-jar " + jar + " check x.entente");
		assertThat(builds()).isEqualTo(1);

		Result second = launch("check", "x.entente");
		assertThat(second.err()).doesNotContain("building");
		assertThat(builds()).isEqualTo(1);
	}

	@Test
	void rebuildsWhenASourceOrAPomIsNewerThanTheJar() throws Exception {
		launch("--version");
		for (String source : List.of("language/src/main/java/A.java", "pom.xml", "cli/pom.xml")) {
			at(jar, 10);
			at(root.resolve(source), 20);
			Result result = launch("--version");
			assertThat(result.err()).contains(source + " is newer than the jar; building");
			at(root.resolve(source), 0);
		}
		assertThat(builds()).isEqualTo(4);
	}

	@Test
	void doesNotRebuildForTestsGeneratedFoldersOrTheBenchmarks() throws Exception {
		launch("--version");
		for (String file : List.of("engine/src/test/java/T.java", "language/src/main/xtend-gen/G.java",
				"bench/src/main/java/B.java", "cli/src/main/web/node_modules/pkg/index.js")) {
			Files.createDirectories(root.resolve(file).getParent());
			Files.writeString(root.resolve(file), "class X {}");
			at(root.resolve(file), 20);
		}
		at(jar, 10);
		assertThat(launch("--version").err()).doesNotContain("building");
		assertThat(builds()).isEqualTo(1);
	}

	@Test
	void aFailedBuildShowsItsErrorsAndRunsNothing() throws Exception {
		Result result = launch(List.of("FAIL_BUILD=1"), "check", "x.entente");
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.err()).contains("the build failed").contains("[ERROR] COMPILATION ERROR: A.java:[1,1] broken");
		assertThat(result.out()).doesNotContain("ran:");
	}

	@Test
	void makesTheArchiveOnceUsesItAndRemakesItForANewerJar() throws Exception {
		launch("--version");
		Path archive = root.resolve("cli/target/entente.jsa");
		assertThat(archive).exists();
		Result run = launch("check", "x.entente");
		assertThat(run.out()).contains("-XX:SharedArchiveFile=" + archive).contains("-Xshare:auto")
				.contains("-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0");
		assertThat(dumps()).isEqualTo(1);

		at(archive, 10);
		at(jar, 20);
		assertThat(launch("check", "x.entente").out()).contains("-XX:SharedArchiveFile=" + archive);
		assertThat(dumps()).isEqualTo(2);
	}

	@Test
	void runsWithoutAnArchiveWhenItCannotBeMade() throws Exception {
		Result result = launch(List.of("FAIL_TRAINING=1"), "check", "x.entente");
		assertThat(result.exit()).isZero();
		assertThat(result.out()).contains("-jar " + jar + " check x.entente").doesNotContain("SharedArchiveFile")
				.doesNotContain("ArchiveRelocationMode");
		assertThat(root.resolve("cli/target")).isDirectoryNotContaining("glob:**.jsa*");
	}

	@Test
	void shortRunsUseC1AndTheLanguageServerKeepsTheFullJit() throws Exception {
		assertThat(launch("check", "x.entente").out()).contains("-XX:TieredStopAtLevel=1").contains("-XX:+UseParallelGC -XX:InitialRAMPercentage=4");
		assertThat(launch("lsp").out()).doesNotContain("TieredStopAtLevel").contains("-XX:+UseParallelGC -XX:InitialRAMPercentage=4");
	}

	@Test
	void cdsOffNeitherMakesNorUsesTheArchive() throws Exception {
		Result result = launch(List.of("ENTENTE_CDS=off"), "check", "x.entente");
		assertThat(result.out()).doesNotContain("SharedArchiveFile");
		assertThat(root.resolve("cli/target/entente.jsa")).doesNotExist();
	}

	private record Result(int exit, String out, String err) {
	}

	private Result launch(String... args) throws Exception {
		return launch(List.of(), args);
	}

	private Result launch(List<String> env, String... args) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(concat(List.of("/bin/bash", root.resolve("entente").toString()), args))
				.directory(root.toFile());
		builder.environment().put("PATH", root.resolve("fake/bin") + ":/usr/bin:/bin");
		builder.environment().put("JAVA_HOME", root.resolve("fake").toString());
		builder.environment().put("CALLS", calls.toString());
		builder.environment().remove("ENTENTE_JAVA_OPTS");
		builder.environment().remove("ENTENTE_CDS");
		for (String pair : env) {
			builder.environment().put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		Path out = Files.createTempFile(root, "out", ".txt");
		Path err = Files.createTempFile(root, "err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		int exit = process.waitFor();
		return new Result(exit, Files.readString(out), Files.readString(err));
	}

	private long builds() throws IOException {
		return Files.readAllLines(calls).stream().filter(l -> l.startsWith("mvn ")).count();
	}

	private long dumps() throws IOException {
		return Files.readAllLines(calls).stream().filter(l -> l.contains("-Xshare:dump")).count();
	}

	/** Sets a modification time, in seconds after a day long past (what the build writes is newer). */
	private static void at(Path file, int seconds) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2001-01-01T00:00:00Z").plusSeconds(seconds)));
	}

	private static void executable(Path file) throws IOException {
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static List<String> concat(List<String> head, String... tail) {
		List<String> all = new java.util.ArrayList<>(head);
		all.addAll(List.of(tail));
		return all;
	}

}
