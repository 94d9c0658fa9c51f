package org.entente.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartPageTest {

    @Test
    void textThatWouldCloseTheScriptIsEscaped() {
        assertThat(ChartPage.inlineScript("\"</script><b>\" </SCRIPT")).isEqualTo("\"<\\/script><b>\" <\\/SCRIPT");
    }

    @Test
    void thePageInlinesTheStyleTheLibrariesTheDataAndTheScript() {
        String page = ChartPage.render("<title><!--TITLE--></title><style>/*STYLE*/</style><!--LIBRARIES--><h1><!--TITLE--></h1>"
                + "<script>var d = /*DATA*/null;</script><script>/*SCRIPT*/</script>", "A & <B>", ".extra{}",
                "{\"s\":\"</script>\"}", "draw(d);");
        assertThat(page).startsWith("<title>A &amp; &lt;B&gt;</title>").contains("<h1>A &amp; &lt;B&gt;</h1>")
                .contains("section.chart").contains(".extra{}")
                .contains("var d = {\"s\":\"<\\/script>\"};").contains("<script>draw(d);</script>")
                .doesNotContain("sourceMappingURL").doesNotContain("<!--LIBRARIES-->");
        // the three libraries, each in a script element of its own, and nothing fetched
        assertThat(page.split("<script>", -1)).hasSize(1 + 3 + 2);
        assertThat(page).contains("vega-lite").doesNotContain("<script src");
    }
}
