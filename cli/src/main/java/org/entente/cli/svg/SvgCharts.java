package org.entente.cli.svg;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.charts.ChartPage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Vega-Lite specs drawn as SVG text without a browser: the report's own chart libraries (the npm builds
 * of Vega and Vega-Lite the HTML report inlines) run in GraalJS inside the JVM, and Vega's
 * {@code view.toSVG()} writes the SVG (its string renderer needs no DOM; text widths are estimated).
 * Used by {@code entente report --format svg} (docs/report.md); reusable for any Vega-Lite spec.
 *
 * <p>This is the only class that touches the JavaScript engine. The engine (about 90 MB of jars) is not in
 * entente.jar: the cli loads this class through {@code SvgEngine}, so other commands never load it.
 * One instance is one JavaScript context and is not thread-safe; opening one parses the libraries
 * (seconds: GraalJS runs interpreted on a stock JDK).
 */
public final class SvgCharts implements AutoCloseable {

	private static final String REPORT = "/org/entente/cli/report/";
	/** The chart libraries live in the charts module's part of the jar (docs/report.md, "How it is built"). */
	private static final String LIBRARIES = "/org/entente/charts/lib/";
	/** In order: the headless shims, the libraries, the report's chart specs (report-charts.js). */
	private static final String[] SCRIPTS = { REPORT + "svg-headless.js", LIBRARIES + "vega/build/vega.min.js",
			LIBRARIES + "vega-lite/build/vega-lite.min.js", REPORT + "report-charts.js" };
	/** A drawing that keeps scheduling timers is a bug in a spec or a shim, not something to wait for. */
	private static final int MAX_TIMERS = 10_000;

	/** One chart of the report: its id (as in the page), title and Vega-Lite spec as JSON. */
	public record Chart(String id, String title, String specJson) {
	}

	private final Context context;
	private final Value api;

	private SvgCharts(Context context) {
		this.context = context;
		this.api = context.getBindings("js").getMember("ententeSvg");
	}

	/** A JavaScript context with Vega, Vega-Lite and the report's chart specs loaded. */
	public static SvgCharts open() {
		Context context = Context.newBuilder("js")
				// no JIT compiler on a stock JDK: interpreted is expected, not worth a warning per run
				.option("engine.WarnInterpreterOnly", "false")
				// Vega's console messages are not the command's output
				.out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream())
				.build();
		try {
			for (String script : SCRIPTS) {
				context.eval(Source.newBuilder("js", resource(script), script).buildLiteral());
			}
			return new SvgCharts(context);
		} catch (RuntimeException e) {
			context.close();
			throw e;
		}
	}

	/** One Vega-Lite spec (JSON text) drawn as an SVG document, in a context of its own. */
	public static String render(String vegaLiteSpecJson) {
		try (SvgCharts charts = open()) {
			return charts.toSvg(vegaLiteSpecJson);
		}
	}

	/**
	 * Every chart of a report (the data of schema entente-report/1, docs/report.md) drawn as SVG, keyed by
	 * the chart's id in page order; charts with nothing to show are left out. Only JDK types in and out,
	 * so it can be called across class loaders.
	 */
	public static Map<String, String> renderReport(String reportDataJson) {
		try (SvgCharts charts = open()) {
			Map<String, String> svgs = new LinkedHashMap<>();
			for (Chart chart : charts.reportCharts(reportDataJson)) {
				svgs.put(chart.id(), charts.toSvg(chart.specJson()));
			}
			return svgs;
		}
	}

	/** The report's charts as Vega-Lite specs: the very specs the HTML page draws (report-charts.js). */
	public List<Chart> reportCharts(String reportDataJson) {
		try {
			Value list = context.eval("js", "JSON.parse").execute(api.invokeMember("reportSpecs", reportDataJson));
			Value stringify = context.eval("js", "JSON.stringify");
			List<Chart> charts = new ArrayList<>();
			for (long i = 0; i < list.getArraySize(); i++) {
				Value chart = list.getArrayElement(i);
				charts.add(new Chart(chart.getMember("id").asString(), chart.getMember("title").asString(),
						stringify.execute(chart.getMember("spec")).asString()));
			}
			return charts;
		} catch (PolyglotException e) {
			throw new IllegalStateException("the report's charts could not be made: " + e.getMessage(), e);
		}
	}

	/** One Vega-Lite spec (JSON text) drawn as an SVG document. */
	public String toSvg(String vegaLiteSpecJson) {
		try {
			// promise jobs run when each call returns to Java; timers are run here one by one
			Value job = api.invokeMember("start", vegaLiteSpecJson);
			for (int timers = 0; !job.hasMember("svg") && !job.hasMember("error"); timers++) {
				if (timers > MAX_TIMERS || !api.invokeMember("runTimer").asBoolean()) {
					throw new IllegalStateException("Vega did not finish drawing the chart");
				}
			}
			if (job.hasMember("error")) {
				throw new IllegalStateException("Vega could not draw the chart: " + job.getMember("error").asString());
			}
			return job.getMember("svg").asString();
		} catch (PolyglotException e) {
			throw new IllegalStateException("Vega could not draw the chart: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		context.close();
	}

	private static String resource(String name) {
		return ChartPage.resource(SvgCharts.class, name);
	}
}
