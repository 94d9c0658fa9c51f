package org.entente.loading;

import java.nio.file.Path;

/** A file the user named that cannot be read; the message says why in plain words. */
public class UnreadableFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path path;

	public UnreadableFileException(Path path, String reason) {
		super("cannot read '" + path + "': " + reason);
		this.path = path;
	}

	public Path getPath() {
		return path;
	}
}
