package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Assembles the self-contained report page: the template with its style and script, the chart
 * libraries bundled in the jar at build time (Vega, Vega-Lite, vega-embed from npm; cli/pom.xml) and
 * the data, all inlined so that the page needs no network when it is opened.
 */
final class ReportPage {

	private static final String FOLDER = "/org/entente/cli/report/";
	static final String[] LIBRARIES = { "lib/vega/build/vega.min.js", "lib/vega-lite/build/vega-lite.min.js",
			"lib/vega-embed/build/vega-embed.min.js" };

	private ReportPage() {
	}

	static String render(String title, String dataJson) {
		StringBuilder libraries = new StringBuilder();
		for (String library : LIBRARIES) {
			libraries.append("<script>").append(inlineScript(stripSourceMap(resource(library)))).append("</script>\n");
		}
		// replace() not replaceAll(): the inlined texts contain '$' and '\'
		return resource("report.html")
				.replace("<!--TITLE-->", escapeHtml(title))
				.replace("/*STYLE*/", resource("report.css"))
				.replace("<!--LIBRARIES-->", libraries.toString())
				.replace("/*DATA*/null", inlineScript(dataJson))
				.replace("/*SCRIPT*/", inlineScript(resource("report-charts.js") + "\n" + resource("report.js")));
	}

	/**
	 * Text inside a script element must not close it: {@code </script} becomes {@code <\/script}, the same
	 * text inside a JavaScript or JSON string (the only place it can occur in the libraries and the data).
	 */
	static String inlineScript(String text) {
		return text.replaceAll("(?i)</(script)", "<\\\\/$1");
	}

	/** The page is opened offline: no reference to a .map file next to it. */
	private static String stripSourceMap(String text) {
		return text.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
	}

	static String escapeHtml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** A resource of the report (the page's files, lib/ the chart libraries), as text. */
	static String resource(String name) {
		try (InputStream in = ReportPage.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("the report resource " + name
						+ " is missing from the jar (rebuild with 'mvn package' so npm installs the chart libraries)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
