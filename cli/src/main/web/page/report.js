// The report page (docs/report.md): draws one section per chart of report-charts.js (the Vega-Lite specs
// reshaped from the data the cli inlined, window.ENTENTE_REPORT, schema entente-report/1) and the
// expectations as a table.
(function () {
  "use strict";
  const data = window.ENTENTE_REPORT;
  const trace = data.trace;
  const turns = trace.turns;
  const states = trace.scenario.states;
  const chartsElement = document.getElementById("charts");

  document.getElementById("summary").textContent =
    trace.scenario.name + ", " + trace.scenario.from + "\u2013" + trace.scenario.to +
    " (" + turns.length + " turns, " + states.length + " states). Threat matrix and landscape: " + data.year + ".";

  // the charts and their specs: report-charts.js, shared with 'entente report --format svg'
  const charts = globalThis.ententeReportCharts(data);

  // --- drawing
  function section(id, title, note) {
    const element = document.createElement("section");
    element.className = "chart";
    element.id = "chart-" + id;
    const heading = document.createElement("h2");
    heading.textContent = title;
    element.appendChild(heading);
    if (note) {
      const p = document.createElement("p");
      p.className = "note";
      p.textContent = note;
      element.appendChild(p);
    }
    chartsElement.appendChild(element);
    return element;
  }

  // Each chart as an SVG file of its own, for papers (Vega draws it; nothing leaves the page). The link is
  // refreshed when pressed, so a chart with a slider is saved as it is shown.
  function offerSvg(element, id, view) {
    const link = document.createElement("a");
    link.className = "save-svg";
    link.textContent = "Save as SVG";
    link.download = "entente-" + id + ".svg";
    const refresh = () => view.toSVG().then((svg) => {
      if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
      link.href = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    });
    link.addEventListener("mousedown", refresh);
    element.appendChild(link);
    return refresh();
  }

  function fail(element, message) {
    const p = document.createElement("p");
    p.className = "chart-error";
    p.textContent = "This chart could not be drawn: " + message;
    element.appendChild(p);
  }

  const drawn = [];
  for (const chart of charts) {
    let spec;
    try {
      spec = chart.spec();
    } catch (e) {
      fail(section(chart.id, chart.title, chart.note), String(e));
      continue;
    }
    if (spec === null) continue;
    const element = section(chart.id, chart.title, chart.note);
    const body = document.createElement("div");
    body.className = "chart-body";
    element.appendChild(body);
    drawn.push(vegaEmbed(body, spec, { renderer: "svg", actions: false })
      .then((result) => offerSvg(element, chart.id, result.view))
      .catch((e) => fail(element, String(e && e.message || e))));
  }

  // expectations as a table
  const expectations = trace.expectations;
  const element = section("expectations", "Expectations",
    expectations.length === 0 ? "The scenario states no expectation." : expectations.filter((e) => e.outcome === "pass").length + " of " + expectations.length + " hold.");
  if (expectations.length > 0) {
    const table = document.createElement("table");
    table.className = "expectations";
    table.innerHTML = "<thead><tr><th>Outcome</th><th>Expectation</th><th>Observed</th></tr></thead>";
    const tbody = document.createElement("tbody");
    for (const e of expectations) {
      const row = document.createElement("tr");
      const cells = [e.outcome === "pass" ? "PASS" : e.outcome === "fail" ? "FAIL" : "not evaluated", "expect " + e.expect, e.observed];
      cells.forEach((text, i) => {
        const cell = document.createElement("td");
        cell.textContent = text;
        if (i === 0) cell.className = "outcome " + e.outcome;
        row.appendChild(cell);
      });
      tbody.appendChild(row);
    }
    table.appendChild(tbody);
    element.appendChild(table);
  }

  Promise.allSettled(drawn).then(() => document.body.setAttribute("data-rendered", "true"));
})();
