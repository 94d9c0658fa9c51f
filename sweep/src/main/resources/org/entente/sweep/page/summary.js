// The sweep's summary page (docs/sweep.md, "The summary page"): one chart per parameter that takes more than
// one value, each with a panel per outcome (wars, expectations, postures, polarity). The data was computed by
// the sweep (window.ENTENTE_SWEEP, schema entente-sweep-summary/1); this script only lays it out for Vega-Lite.
(function () {
  "use strict";
  const data = window.ENTENTE_SWEEP;
  const chartsElement = document.getElementById("charts");
  const WIDTH = 620;
  const runs = data.points * data.samples;

  document.getElementById("summary").textContent =
    data.scenario + ", plan " + data.plan + ": " + data.points + (data.points === 1 ? " point" : " points") + " \u00d7 " +
    data.samples + (data.samples === 1 ? " sampled run" : " sampled runs") + " = " + runs + " runs, seed " + data.seed + ".";

  // the four panels, in order: title and y axis of each
  const panels = [
    { panel: "war", title: "Wars at the end of " + data.lastYear, legend: "Pair of states",
      y: "Share of runs at war at the end of " + data.lastYear + " (%)",
      note: data.pairs.length === 0 ? null : "The pairs whose share varies most across the points (at most 6)." },
    { panel: "expectation", title: "Expectations", legend: "Expectation",
      y: "Share of runs in which it holds (%)",
      note: data.expectations.length < data.allExpectations ? data.expectations.length + " of " + data.allExpectations +
        " expectations: those whose pass rate varies most." : null },
    { panel: "posture", title: "Postures", legend: "Posture", y: "Share of state-turns (%)", note: null },
    { panel: "polarity", title: "Polarity in " + data.lastYear, legend: "Polarity", y: "Share of runs (%)", note: null },
  ];
  const postureColors = { domain: ["fighting", "balance", "soft-balance", "omnibalance", "buck-pass", "bandwagon", "secure"],
                          range: ["#b2182b", "#2166ac", "#67a9cf", "#5aae61", "#e08214", "#8073ac", "#bababa"] };

  function panelSpec(parameter, p) {
    const values = parameter.values.filter((v) => v.panel === p.panel);
    if (values.length === 0) return null;
    const means = parameter.means.filter((v) => v.panel === p.panel);
    const x = { field: "x", type: "quantitative", title: parameter.axis, scale: { zero: false } };
    const y = { field: "y", type: "quantitative", title: p.y, axis: { format: ".0%" }, scale: { domain: [0, 1] } };
    const subjects = [...new Set(values.map((v) => v.subject))];
    // the postures keep the report's colours, the legend only those taken
    const postureScale = { domain: postureColors.domain.filter((d) => subjects.includes(d)),
                           range: postureColors.range.filter((c, i) => subjects.includes(postureColors.domain[i])) };
    const color = { field: "subject", type: "nominal", title: p.legend, legend: { labelLimit: 320 },
                    ...(p.panel === "posture" ? { scale: postureScale } : { sort: subjects }) };
    // the line of means first: the legend takes its symbols from the first layer (the dots are faint)
    const layers = [];
    if (!parameter.drawn) {
      layers.push({
        data: { values: means },
        mark: { type: "line", point: true, strokeWidth: 2 },
        encoding: { x: x, y: y, color: color,
                    tooltip: [{ field: "subject", title: p.legend }, { field: "x", title: parameter.name },
                              { field: "y", title: "mean share", format: ".1%" }, { field: "points", title: "points averaged" }] },
      });
    }
    layers.push({
      data: { values: values },
      mark: { type: "point", filled: true, size: 40, opacity: parameter.drawn ? 0.8 : 0.3 },
      encoding: { x: x, y: y, color: color,
                  tooltip: [{ field: "point", title: "point" }, { field: "subject", title: p.legend }, { field: "x", title: parameter.name },
                            { field: "y", title: "share", format: ".1%" }] },
    });
    return { title: { text: p.title, subtitle: p.note || undefined, anchor: "start" }, width: WIDTH, height: 200, layer: layers };
  }

  function section(parameter) {
    const s = document.createElement("section");
    s.className = "chart";
    s.id = "chart-" + parameter.name;
    const h = document.createElement("h2");
    h.textContent = "How the outcomes move with " + parameter.name;
    const note = document.createElement("p");
    note.className = "note";
    note.textContent = parameter.drawn
      ? "Drawn from a distribution: one dot per point (" + parameter.distinct + " values); the other parameters vary too."
      : "Lines: the mean over the points with that value (" + parameter.distinct + " values), the other parameters varying; " +
        "dots: the points themselves.";
    const body = document.createElement("div");
    body.className = "chart-body";
    s.append(h, note, body);
    chartsElement.append(s);
    const spec = {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      vconcat: panels.map((p) => panelSpec(parameter, p)).filter((x) => x !== null),
      resolve: { scale: { color: "independent" } },
      config: { legend: { orient: "right" } },
    };
    return vegaEmbed(body, spec, { actions: false, renderer: "svg" }).catch((e) => {
      body.textContent = "This chart could not be drawn: " + e;
      body.className = "chart-error";
    });
  }

  if (data.parameters.length === 0) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = "No parameter of the plan takes more than one value: there is nothing to chart. The CSV table has the outcomes.";
    chartsElement.append(p);
  }
  // data-rendered: every chart drawn (or failed), for tests and screenshots
  Promise.all(data.parameters.map(section)).then(() => document.body.setAttribute("data-rendered", "true"));
})();
