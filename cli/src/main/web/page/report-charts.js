// The report's charts (docs/report.md) as Vega-Lite specs, reshaped from the data the cli made (schema
// entente-report/1). No number is computed here beyond reshaping (and the circle layout of the alliance
// network); they all come from the engine. No DOM: the page (report.js) draws these specs with
// vega-embed, and 'entente report --format svg' renders the very same specs to SVG files with Vega
// inside the JVM (SvgCharts), so the page and the files show the same charts.
(function () {
  "use strict";

  // The charts of one report, in page order: [{id, title, note, spec}], spec() returning a finished
  // Vega-Lite spec (title, fonts and legend placed), or null when the chart has nothing to show.
  function ententeReportCharts(data) {
    const trace = data.trace;
    const turns = trace.turns;
    const years = turns.map((t) => t.year);
    const states = trace.scenario.states;
    const WIDTH = 900;

    const yearAxis = { field: "year", type: "ordinal", title: "Year", axis: { labelAngle: 0 } };

    // --- the charts, in page order; each returns a Vega-Lite spec, or null when it has nothing to show.
    // To add one, push {id, title, note, spec} here; the id names its SVG file (entente-ID.svg).
    const charts = [];

    // 1. Power shares over time
    charts.push({
      id: "power", title: "Power shares over time",
      note: "Each living state's share of the system's power (CINC-style composite of military, economy, population; docs/semantics.md).",
      spec: () => ({
        width: WIDTH - 160, height: 320,
        data: { values: turns.flatMap((t) => t.states.map((s) => ({ year: t.year, state: s.name, power: s.power, greatPower: s.greatPower ? "yes" : "no" }))) },
        mark: { type: "line", point: true },
        encoding: {
          x: yearAxis,
          y: { field: "power", type: "quantitative", title: "Share of system power (%)", axis: { format: ".0%" } },
          color: { field: "state", type: "nominal", title: "State", sort: states },
          tooltip: [{ field: "state" }, { field: "year" }, { field: "power", title: "power share", format: ".1%" }, { field: "greatPower", title: "great power" }],
        },
      }),
    });

    // 2. Postures by state and year
    charts.push({
      id: "postures", title: "Postures by state and year",
      note: "The posture each state chose each turn (balance-of-threat semantics); hover for the engine's reason.",
      spec: () => ({
        width: Math.max(200, Math.min(WIDTH - 220, 60 * years.length)), height: { step: 26 },
        data: { values: turns.flatMap((t) => t.states.map((s) => ({ year: t.year, state: s.name, posture: s.posture, reason: s.reason, target: s.target || "none" }))) },
        mark: { type: "rect", stroke: "white" },
        encoding: {
          x: yearAxis,
          y: { field: "state", type: "nominal", title: "State", sort: states },
          color: { field: "posture", type: "nominal", title: "Posture",
                   scale: { domain: ["fighting", "balance", "soft-balance", "omnibalance", "buck-pass", "bandwagon", "secure"],
                            range: ["#b2182b", "#2166ac", "#67a9cf", "#5aae61", "#e08214", "#8073ac", "#bababa"] } },
          tooltip: [{ field: "state" }, { field: "year" }, { field: "posture" }, { field: "target" }, { field: "reason" }],
        },
      }),
    });

    // 3. Wars: who fought whom, each entry with its cause
    const pairLabel = (a, b) => (states.indexOf(a) <= states.indexOf(b) ? a + " \u2013 " + b : b + " \u2013 " + a);
    const atWar = turns.flatMap((t) => t.states.flatMap((s) => s.atWarWith
      .filter((e) => states.indexOf(s.name) < states.indexOf(e))
      .map((e) => ({ year: t.year, pair: pairLabel(s.name, e), status: "at war" }))));
    const entries = turns.flatMap((t) => t.warEntries.map((w) => ({
      year: t.year, war: "war #" + w.war, kind: w.kind, state: w.state, against: w.against || "",
      pair: w.against ? pairLabel(w.state, w.against) : w.state, cause: w.cause, chain: (w.chain || []).join(" \u2192 "),
    })));
    charts.push({
      id: "wars", title: "Wars: who fought whom",
      note: "Grey cells: the pair is at war that turn. Marks: each entry into (or exit from) a war; hover for its cause and the chain that led to it.",
      spec: () => (atWar.length + entries.length === 0 ? null : {
        width: Math.max(200, Math.min(WIDTH - 300, 60 * years.length)), height: { step: 24 },
        layer: [
          { data: { values: atWar }, mark: { type: "rect", color: "#d9d9d9", stroke: "white", strokeWidth: 2 },
            encoding: { x: { ...yearAxis, scale: { domain: years } }, y: { field: "pair", type: "nominal", title: "Pair of states" },
                        tooltip: [{ field: "pair" }, { field: "year" }, { field: "status" }] } },
          { data: { values: entries }, mark: { type: "point", filled: true, size: 160, opacity: 0.9 },
            encoding: {
              x: { ...yearAxis, scale: { domain: years } }, y: { field: "pair", type: "nominal", title: "Pair of states" },
              color: { field: "kind", type: "nominal", title: "Entry",
                       scale: { domain: ["attack", "enters", "stays-out", "peace", "ends"], range: ["#b2182b", "#ef8a62", "#4393c3", "#1a9850", "#666666"] } },
              shape: { field: "kind", type: "nominal", title: "Entry", scale: { domain: ["attack", "enters", "stays-out", "peace", "ends"] } },
              tooltip: [{ field: "war" }, { field: "year" }, { field: "kind" }, { field: "state" }, { field: "against" }, { field: "cause" }, { field: "chain" }],
            } },
        ],
      }),
    });

    // 4. Alliance network per year: treaties in force, edges by clause type, states coloured by bloc
    const n = states.length;
    const position = new Map(states.map((s, i) => [s, { x: Math.cos(2 * Math.PI * i / n - Math.PI / 2), y: Math.sin(2 * Math.PI * i / n - Math.PI / 2) }]));
    const treatyByName = new Map(data.treaties.map((t) => [t.name, t]));
    const treatyPairs = (t) => {
      if (t.kind === "guarantee") return t.guarantors.flatMap((g) => t.recipients.filter((r) => r !== g).map((r) => [g, r]));
      const pairs = [];
      t.members.forEach((a, i) => t.members.slice(i + 1).forEach((b) => pairs.push([a, b])));
      return pairs;
    };
    const edges = turns.flatMap((t) => Object.entries(t.treaties).filter(([, status]) => status === "in force").flatMap(([name]) => {
      const treaty = treatyByName.get(name);
      if (!treaty) return [];
      const clause = treaty.clauses.length ? treaty.clauses[0] : "(no clause)";
      return treatyPairs(treaty).filter(([a, b]) => position.has(a) && position.has(b)).map(([a, b], k) => ({
        year: t.year, treaty: treaty.label, kind: treaty.kind, clause: clause, clauses: treaty.clauses.join(", ") || "none",
        a: a, b: b, x: position.get(a).x, y: position.get(a).y, x2: position.get(b).x, y2: position.get(b).y,
      }));
    }));
    const nodes = turns.flatMap((t) => t.states.map((s) => ({
      year: t.year, state: s.name, bloc: s.bloc == null ? "none" : "bloc " + s.bloc, posture: s.posture, power: s.power,
      x: position.get(s.name).x, y: position.get(s.name).y,
    })));
    const hidden = { axis: null, scale: { domain: [-1.35, 1.35] } };
    charts.push({
      id: "network", title: "Alliance network",
      note: "States on a circle; a line for each pair of parties of a treaty in force that year, coloured by the treaty's first clause; states coloured by the bloc the engine found. Move the slider to change the year.",
      spec: () => ({
        width: 520, height: 520,
        params: [{ name: "year", value: data.year, bind: { input: "range", min: years[0], max: years[years.length - 1], step: trace.scenario.step, name: "Year " } }],
        layer: [
          { data: { values: edges }, transform: [{ filter: "datum.year == year" }],
            mark: { type: "rule", strokeWidth: 3, opacity: 0.8 },
            encoding: { x: { field: "x", type: "quantitative", ...hidden }, y: { field: "y", type: "quantitative", ...hidden },
                        x2: { field: "x2" }, y2: { field: "y2" },
                        color: { field: "clause", type: "nominal", title: "Treaty clause" },
                        tooltip: [{ field: "treaty" }, { field: "kind" }, { field: "clauses" }, { field: "a", title: "party" }, { field: "b", title: "party" }, { field: "year" }] } },
          { data: { values: nodes }, transform: [{ filter: "datum.year == year" }],
            mark: { type: "circle", size: 420, stroke: "white", strokeWidth: 1.5, opacity: 1 },
            encoding: { x: { field: "x", type: "quantitative", ...hidden }, y: { field: "y", type: "quantitative", ...hidden },
                        fill: { field: "bloc", type: "nominal", title: "Bloc", scale: { scheme: "set2" } },
                        tooltip: [{ field: "state" }, { field: "bloc" }, { field: "posture" }, { field: "power", format: ".1%" }] } },
          { data: { values: nodes }, transform: [{ filter: "datum.year == year" }],
            mark: { type: "text", dy: -18, fontSize: 12, fontWeight: "bold" },
            encoding: { x: { field: "x", type: "quantitative", ...hidden }, y: { field: "y", type: "quantitative", ...hidden }, text: { field: "state" } } },
          { data: { values: [{}] }, mark: { type: "text", x: 0, y: 0, align: "left", fontSize: 14, color: "#57606a" },
            encoding: { text: { value: { expr: "'Year ' + year" } } } },
        ],
        resolve: { scale: { color: "independent" } },
      }),
    });

    // 5. Threat matrix of the chosen year
    const threatTurn = turns.find((t) => t.year === data.year);
    const threats = threatTurn ? threatTurn.states.flatMap((s) => (s.threats || []).map((b) => ({
      from: s.name, to: b.to, value: b.value, source: b.source, power: b.powerTerm, proximity: b.proximityTerm, offensive: b.offensiveTerm, intent: b.intentTerm,
    }))) : [];
    charts.push({
      id: "threats", title: "Threat matrix, " + data.year,
      note: "How much each state (row) feels threatened by each other state (column), the engine's threat score 0\u20131 with its terms (docs/semantics.md); hover for the breakdown.",
      spec: () => (threats.length === 0 ? null : {
        width: { step: 56 }, height: { step: 30 },
        data: { values: threats },
        encoding: {
          x: { field: "to", type: "nominal", title: "Threatened by", sort: states, axis: { labelAngle: -30 } },
          y: { field: "from", type: "nominal", title: "Threatened state", sort: states },
        },
        layer: [
          { mark: "rect", encoding: { color: { field: "value", type: "quantitative", title: "Threat score (0\u20131)", scale: { scheme: "orangered", domain: [0, 1] } },
            tooltip: [{ field: "from", title: "state" }, { field: "to", title: "threatened by" }, { field: "value", title: "threat", format: ".3f" }, { field: "source" },
                      { field: "power", title: "power term", format: ".3f" }, { field: "proximity", title: "proximity term", format: ".3f" },
                      { field: "offensive", title: "offensive term", format: ".3f" }, { field: "intent", title: "intent term", format: ".3f" }] } },
          { mark: { type: "text", fontSize: 11 }, encoding: { text: { field: "value", type: "quantitative", format: ".2f" },
            color: { condition: { test: "datum.value > 0.6", value: "white" }, value: "black" } } },
        ],
      }),
    });

    // 6. Landscape of the chosen year: best configurations and each actor's frustration
    const landscape = data.landscape;
    if (landscape) {
      const split = (c) => c.sideA.join(", ") + " | " + (c.sideB.length ? c.sideB.join(", ") : "\u2013");
      charts.push({
        id: "landscape-best", title: "Landscape " + landscape.year + ": the best configurations",
        note: "Axelrod & Bennett (1993): the energy of each of the lowest-energy two-coalition splits, each written side A | side B (lower is more stable; docs/landscape.md). " +
          (landscape.exact ? "Exact: all " + landscape.configurationsExamined + " configurations examined." : "Heuristic: best found by seeded descents, not guaranteed optimal."),
        spec: () => ({
          width: 360, height: { step: 28 },
          data: { values: landscape.best.map((c, i) => ({ rank: "#" + (i + 1), split: split(c), energy: c.energy, label: "#" + (i + 1) + "  " + split(c) })) },
          mark: { type: "bar" },
          encoding: {
            y: { field: "label", type: "nominal", title: null, sort: null, axis: { labelLimit: 460 } },
            x: { field: "energy", type: "quantitative", title: "Energy E (size \u00d7 size \u00d7 propensity, summed over split pairs)" },
            color: { field: "rank", type: "nominal", title: "Rank", sort: null, scale: { scheme: "blues", reverse: true } },
            tooltip: [{ field: "rank" }, { field: "split" }, { field: "energy", format: ".4f" }],
          },
        }),
      });
      charts.push({
        id: "landscape-frustration", title: "Landscape " + landscape.year + ": frustration at the global minimum",
        note: "Each state's side in the minimum-energy split and its frustration F (size \u00d7 propensity towards the other side): positive means it would rather be on the other side.",
        spec: () => ({
          width: WIDTH - 360, height: { step: 26 },
          data: { values: landscape.globalMinimum.standings.map((s) => ({ actor: s.actor, side: "side " + s.side, frustration: s.frustration, size: s.size })) },
          mark: { type: "bar" },
          encoding: {
            y: { field: "actor", type: "nominal", title: "State", sort: null },
            x: { field: "frustration", type: "quantitative", title: "Frustration F (size \u00d7 propensity)" },
            color: { field: "side", type: "nominal", title: "Side", scale: { range: ["#4c78a8", "#f58518"] } },
            tooltip: [{ field: "actor" }, { field: "side" }, { field: "frustration", format: ".4f" }, { field: "size", format: ".4f" }],
          },
        }),
      });
    }

    // 7. Sampled runs (with --samples): drawn only when the data has them
    if (data.samples && Array.isArray(data.samples.atWar)) {
      charts.push({
        id: "samples", title: "Probability at war by pair and year",
        note: "Share of " + data.samples.runs + " sampled runs in which the pair is at war that turn.",
        spec: () => ({
          width: Math.max(200, Math.min(WIDTH - 300, 60 * years.length)), height: { step: 24 },
          data: { values: data.samples.atWar.map((p) => ({ year: p.year, pair: pairLabel(p.a, p.b), probability: p.probability })) },
          mark: "rect",
          encoding: { x: yearAxis, y: { field: "pair", type: "nominal", title: "Pair of states" },
                      color: { field: "probability", type: "quantitative", title: "P(at war)", scale: { scheme: "reds", domain: [0, 1] }, legend: { format: ".0%" } },
                      tooltip: [{ field: "pair" }, { field: "year" }, { field: "probability", format: ".0%" }] },
        }),
      });
    }

    return charts.map((chart) => ({ id: chart.id, title: chart.title, note: chart.note, spec: () => finish(chart, chart.spec()) }));
  }

  function finish(chart, spec) {
    if (spec === null) return null;
    spec.$schema = "https://vega.github.io/schema/vega-lite/v5.json";
    spec.title = { text: chart.title, anchor: "start", fontSize: 14 };
    spec.config = { font: "system-ui, sans-serif", legend: { orient: "right" }, view: { stroke: null } };
    return spec;
  }

  globalThis.ententeReportCharts = ententeReportCharts;
})();
