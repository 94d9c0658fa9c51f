// What Vega and Vega-Lite need besides the JavaScript language when they run without a browser, inside the
// JVM for 'entente report --format svg' (SvgCharts, docs/report.md), and the entry points the Java side
// calls. Vega's SVG string renderer needs no DOM and estimates text widths without a canvas.
(function () {
  "use strict";

  // Vega-Lite copies its (JSON-like) specs with structuredClone, a browser and Node global.
  if (typeof globalThis.structuredClone !== "function") {
    globalThis.structuredClone = function clone(value) {
      if (value === null || typeof value !== "object") return value;
      if (value instanceof Date) return new Date(value.getTime());
      if (value instanceof RegExp) return new RegExp(value.source, value.flags);
      if (Array.isArray(value)) return value.map(clone);
      if (value instanceof Map) return new Map([...value].map(([k, v]) => [clone(k), clone(v)]));
      if (value instanceof Set) return new Set([...value].map(clone));
      const copy = {};
      for (const key of Object.keys(value)) copy[key] = clone(value[key]);
      return copy;
    };
  }

  // Timers: queued here and run by the Java side, earliest first, once the promise jobs are done
  // (there is no wall clock to wait for: a chart is drawn once, nothing animates).
  const timers = [];
  let nextTimer = 1;
  globalThis.setTimeout = (callback, delay, ...args) => {
    const id = nextTimer++;
    timers.push({ id, callback, args, at: Number(delay) || 0 });
    return id;
  };
  globalThis.clearTimeout = (id) => {
    const i = timers.findIndex((t) => t.id === id);
    if (i >= 0) timers.splice(i, 1);
  };

  // Text widths. Without a canvas Vega estimates 0.8 em per character, so labels that fit in the browser
  // come out cut ("AustriaHungary \u2013 Belg\u2026") and layouts too wide. Vega lets a headless user
  // set textMetrics.width (as vl-convert does); this one adds up Helvetica's advance widths (the Adobe
  // core font metrics, per 1000 em) scaled to DejaVu Sans, the default sans-serif of Linux and about the
  // widest common one, so the layout matches Chromium's and a narrower font only leaves some room.
  const HELVETICA = (() => {
    const widths = {};
    const table = [
      [" !\"#$%&'()*+,-./", [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278]],
      ["0123456789:;<=>?@", [556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015]],
      ["ABCDEFGHIJKLMNOPQRSTUVWXYZ", [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]],
      ["[\\]^_`", [278, 278, 278, 469, 556, 333]],
      ["abcdefghijklmnopqrstuvwxyz", [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]],
      ["{|}~\u2013\u2014\u00d7\u2026\u2192", [334, 260, 334, 584, 556, 1000, 584, 1000, 1000]],
    ];
    for (const [chars, advances] of table) [...chars].forEach((c, i) => { widths[c] = advances[i]; });
    return widths;
  })();
  const DEJAVU_OVER_HELVETICA = 1.12;
  const BOLD = 1.1;
  function textWidth(item, text) {
    const value = text == null ? item.text : text;
    const string = value == null ? "" : Array.isArray(value) ? value.join(" ") : String(value);
    let units = 0;
    for (const c of string) units += HELVETICA[c] || 556;
    const weight = item.fontWeight;
    const bold = weight === "bold" || weight === "bolder" || Number(weight) >= 600;
    const size = item.fontSize == null ? 11 : Number(item.fontSize);
    return (units / 1000) * size * DEJAVU_OVER_HELVETICA * (bold ? BOLD : 1);
  }

  globalThis.ententeSvg = {
    // Starts drawing one Vega-Lite spec (JSON text); the returned job gets .svg or .error.
    start(vegaLiteSpecJson) {
      const job = {};
      vega.textMetrics.width = textWidth;
      (async () => {
        const spec = vegaLite.compile(JSON.parse(vegaLiteSpecJson)).spec;
        const view = new vega.View(vega.parse(spec), { renderer: "none", logLevel: vega.Error });
        try {
          job.svg = await view.toSVG();
        } finally {
          view.finalize();
        }
      })().catch((e) => { job.error = String((e && e.message) || e); });
      return job;
    },
    // Runs the earliest queued timer; false when none is left.
    runTimer() {
      if (timers.length === 0) return false;
      let k = 0;
      for (let i = 1; i < timers.length; i++) if (timers[i].at < timers[k].at) k = i;
      const timer = timers.splice(k, 1)[0];
      timer.callback(...timer.args);
      return true;
    },
    // The report's charts (report-charts.js) as [{id, title, spec}] in JSON, those with nothing to show left out.
    reportSpecs(reportDataJson) {
      const charts = ententeReportCharts(JSON.parse(reportDataJson));
      return JSON.stringify(charts.map((c) => ({ id: c.id, title: c.title, spec: c.spec() })).filter((c) => c.spec !== null));
    },
  };
})();
