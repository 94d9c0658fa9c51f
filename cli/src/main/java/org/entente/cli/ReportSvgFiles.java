package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.entente.cli.svg.SvgEngine;

/**
 * {@code entente report --format svg}: the report's charts as SVG files (docs/report.md, "SVG files for
 * papers"). A class of its own so that loading ReportCommand, which every start of the command line does,
 * loads nothing of the SVG path.
 */
final class ReportSvgFiles {

	private ReportSvgFiles() {
	}

	/** One SVG file per chart, entente-ID.svg (the names of the page's "Save as SVG" links), into the folder. */
	static int write(Path output, String data, String summary, PrintWriter out, PrintWriter err) {
		try {
			Files.createDirectories(output);
		} catch (IOException | RuntimeException e) {
			err.println("entente: cannot write into '" + output + "': " + ReportCommand.reason(e));
			return Main.FAILED;
		}
		Map<String, String> svgs;
		try {
			svgs = SvgEngine.renderReport(data);
		} catch (SvgEngine.UnavailableException | RuntimeException e) {
			err.println("entente: cannot draw the charts as SVG: " + e.getMessage());
			return Main.FAILED;
		}
		for (Map.Entry<String, String> svg : svgs.entrySet()) {
			Path target = output.resolve("entente-" + svg.getKey() + ".svg");
			try {
				AtomicFiles.write(target, svg.getValue());
			} catch (IOException | RuntimeException e) {
				err.println("entente: cannot write '" + target + "': " + ReportCommand.reason(e));
				return Main.FAILED;
			}
		}
		out.println("Wrote " + svgs.size() + " SVG files to " + output + summary);
		return Main.OK;
	}
}
