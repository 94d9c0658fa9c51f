package org.entente.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Assembles a self-contained chart page: a template with the common style, the chart libraries bundled
 * in this jar at build time (Vega, Vega-Lite, vega-embed from npm; charts/pom.xml), a page's own script
 * and its data, all inlined so that the page needs no network when it is opened. Used by
 * {@code entente report} (docs/report.md) and the sweep summary (docs/sweep.md).
 *
 * <p>A template holds the placeholders {@code <!--TITLE-->} (each occurrence, HTML-escaped),
 * {@code /*STYLE*&#47;}, {@code <!--LIBRARIES-->}, {@code /*DATA*&#47;null} and {@code /*SCRIPT*&#47;}.
 */
public final class ChartPage {

    private static final String FOLDER = "/org/entente/charts/";
    static final String[] LIBRARIES = { "lib/vega/build/vega.min.js", "lib/vega-lite/build/vega-lite.min.js",
            "lib/vega-embed/build/vega-embed.min.js" };

    private ChartPage() {
    }

    /**
     * The page: {@code template} with the title, the common style followed by {@code extraStyle}, the
     * libraries, the JSON {@code dataJson} and the page's {@code script} put in place.
     */
    public static String render(String template, String title, String extraStyle, String dataJson, String script) {
        StringBuilder libraries = new StringBuilder();
        for (String library : LIBRARIES) {
            libraries.append("<script>").append(inlineScript(stripSourceMap(resource(ChartPage.class, FOLDER + library))))
                    .append("</script>\n");
        }
        String style = resource(ChartPage.class, FOLDER + "chart-page.css") + extraStyle;
        // replace() not replaceAll(): the inlined texts contain '$' and '\'
        return template
                .replace("<!--TITLE-->", escapeHtml(title))
                .replace("/*STYLE*/", style)
                .replace("<!--LIBRARIES-->", libraries.toString())
                .replace("/*DATA*/null", inlineScript(dataJson))
                .replace("/*SCRIPT*/", inlineScript(script));
    }

    /**
     * Text inside a script element must not close it: {@code </script} becomes {@code <\/script}, the same
     * text inside a JavaScript or JSON string (the only place it can occur in the libraries and the data).
     */
    public static String inlineScript(String text) {
        return text.replaceAll("(?i)</(script)", "<\\\\/$1");
    }

    /** The page is opened offline: no reference to a .map file next to it. */
    private static String stripSourceMap(String text) {
        return text.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
    }

    public static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A text resource of {@code owner}'s jar (an absolute path), or a clear failure when the build left it out. */
    public static String resource(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the page resource " + path
                        + " is missing from the jar (rebuild with 'mvn package' so npm installs the chart libraries)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
