package org.entente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the entente command in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

	static CliRunner run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRunner(code, out.toString(), err.toString());
	}

	static java.nio.file.Path root() {
		return java.nio.file.Paths.get(System.getProperty("entente.root", "..")).toAbsolutePath().normalize();
	}
}
