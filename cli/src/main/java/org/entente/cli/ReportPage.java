package org.entente.cli;

import org.entente.charts.ChartPage;

/**
 * Assembles the self-contained report page: the report's template and script with the chart libraries,
 * the common style and the data, all inlined by {@link ChartPage} (module charts, shared with the sweep
 * summary) so that the page needs no network when it is opened.
 */
final class ReportPage {

	private static final String FOLDER = "/org/entente/cli/report/";

	private ReportPage() {
	}

	static String render(String title, String dataJson) {
		return ChartPage.render(resource("report.html"), title, "", dataJson,
				resource("report-charts.js") + "\n" + resource("report.js"));
	}

	private static String resource(String name) {
		return ChartPage.resource(ReportPage.class, FOLDER + name);
	}
}
