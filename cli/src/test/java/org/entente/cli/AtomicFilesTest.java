package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesTheWholeTextAndLeavesNoTemporaryFile() throws Exception {
		Path target = dir.resolve("sub/out.entente");
		AtomicFiles.write(target, "state A { }\n");
		assertThat(Files.readString(target)).isEqualTo("state A { }\n");
		try (var files = Files.list(target.getParent())) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void aNewFileIsReadableByOthersAsUsual() throws Exception {
		Path target = dir.resolve("new.entente");
		AtomicFiles.write(target, "x");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
	}

	@Test
	void aReplacedFileKeepsItsPermissions() throws Exception {
		Path target = dir.resolve("old.entente");
		Files.writeString(target, "old");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
		AtomicFiles.write(target, "new");
		assertThat(Files.readString(target)).isEqualTo("new");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
	}
}
