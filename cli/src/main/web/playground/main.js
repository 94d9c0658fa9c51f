// The playground's editor (entente serve, docs/report.md): CodeMirror 6 tied to the language server
// of 'entente lsp' over a WebSocket -- diagnostics with their quick fixes, completion, hover -- a Run
// button that shows the report's charts for the text, and the repository's examples in a menu.

import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, hoverTooltip } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { setDiagnostics, lintGutter, lintKeymap, forEachDiagnostic } from "@codemirror/lint";
import { autocompletion, completionKeymap, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from "@codemirror/language";
import { LspConnection } from "./lsp.js";

const URI = "file:///entente-playground/playground.entente";
const KEYWORDS = new Set(("actor against aggressive allied annexes armed-group arms at attacks balances bandwagons bipolar bloc borders " +
  "breached buck-passes by collapses consultation defense defensive dispute doctrine durable economy expect expired expires force " +
  "forces from guarantee high ideology in intent is joins kind landscape lapsed leaves low medium members military multipolar " +
  "neutrality nonaggression not offense offensive omnibalances opposes organization peace polarity population power propensity " +
  "provoked proximity region reliability revisionist rivalry sanctions scenario secure seed settings signed size soft-balances " +
  "sponsor stability state status-quo step strength targets threat to treaty unipolar unless war weights with alliance").split(" "));

// Highlighting only (the language server checks the text): comments, strings, numbers, keywords.
const entente = StreamLanguage.define({
  startState: () => ({ comment: false }),
  token(stream, state) {
    if (state.comment) {
      if (stream.skipTo("*/")) { stream.pos += 2; state.comment = false; } else stream.skipToEnd();
      return "comment";
    }
    if (stream.eatSpace()) return null;
    if (stream.match("//")) { stream.skipToEnd(); return "comment"; }
    if (stream.match("/*")) { state.comment = true; return "comment"; }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^-?\d+(\.\d+)?%?/)) return "number";
    const word = stream.match(/^[A-Za-z_][\w-]*/);
    if (word) return KEYWORDS.has(word[0]) ? "keyword" : "variableName";
    stream.next();
    return null;
  },
});

const $ = (id) => document.getElementById(id);
const status = (text, error) => { $("status").textContent = text; $("status").className = error ? "error" : "ok"; };

let lsp = null;
let version = 1;
let sentVersion = 1;
let changeTimer = null;
let lastDiagnostics = [];

function offset(doc, position) {
  const line = Math.min(Math.max(position.line, 0), doc.lines - 1);
  const l = doc.line(line + 1);
  return Math.min(l.from + Math.max(position.character, 0), l.to);
}

function position(doc, pos) {
  const line = doc.lineAt(pos);
  return { line: line.number - 1, character: pos - line.from };
}

function sendChanges() {
  clearTimeout(changeTimer);
  changeTimer = null;
  if (!lsp || sentVersion === version) return;
  sentVersion = version;
  lsp.notify("textDocument/didChange", { textDocument: { uri: URI, version }, contentChanges: [{ text: view.state.doc.toString() }] });
}

function applyEdits(edits) {
  const doc = view.state.doc;
  const changes = edits.map((e) => ({ from: offset(doc, e.range.start), to: offset(doc, e.range.end), insert: e.newText }));
  view.dispatch({ changes });
}

function applyWorkspaceEdit(edit) {
  if (!edit) return false;
  let edits = [];
  if (edit.changes) edits = edits.concat(edit.changes[URI] || []);
  for (const change of edit.documentChanges || []) if (change.textDocument && change.textDocument.uri === URI) edits = edits.concat(change.edits);
  if (edits.length) applyEdits(edits);
  return edits.length > 0;
}

// The quick fixes of each diagnostic (textDocument/codeAction) become the buttons of its tooltip.
async function showDiagnostics(params) {
  if (params.uri !== URI) return;
  lastDiagnostics = params.diagnostics;
  const atVersion = version;
  let actions = [];
  if (params.diagnostics.length) {
    const doc = view.state.doc;
    try {
      actions = await lsp.request("textDocument/codeAction", {
        textDocument: { uri: URI },
        range: { start: { line: 0, character: 0 }, end: position(doc, doc.length) },
        context: { diagnostics: params.diagnostics, only: ["quickfix"] },
      }) || [];
    } catch (e) {
      actions = [];
    }
  }
  if (atVersion !== version) return; // the text changed meanwhile: newer diagnostics are coming
  const doc = view.state.doc;
  const severities = { 1: "error", 2: "warning", 3: "info", 4: "hint" };
  const diagnostics = params.diagnostics.map((d) => {
    const from = offset(doc, d.range.start);
    let to = offset(doc, d.range.end);
    const fixes = actions.filter((a) => (a.diagnostics || []).some((x) => sameDiagnostic(x, d)));
    return {
      from, to: Math.max(to, from), severity: severities[d.severity] || "error", message: d.message,
      source: d.code ? String(d.code) : undefined,
      actions: fixes.map((a) => ({ name: a.title, apply: () => runAction(a) })),
    };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  $("checks").textContent = errors ? errors + (errors === 1 ? " error" : " errors") : "no errors";
  $("checks").className = errors ? "error" : "ok";
}

function sameDiagnostic(a, b) {
  return a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

async function runAction(action) {
  if (action.edit) applyWorkspaceEdit(action.edit);
  const command = action.command && typeof action.command === "object" ? action.command : (typeof action.command === "string" ? action : null);
  if (command) await lsp.request("workspace/executeCommand", { command: command.command, arguments: command.arguments });
}

const kinds = { 2: "method", 3: "function", 5: "property", 6: "variable", 7: "class", 9: "namespace", 10: "property", 12: "constant",
  13: "enum", 14: "keyword", 15: "text", 18: "type", 20: "constant", 21: "constant", 22: "class" };

async function complete(context) {
  const word = context.matchBefore(/[\w-]*/);
  if (!lsp || (!context.explicit && word.from === word.to)) return null;
  sendChanges();
  let result;
  try {
    result = await lsp.request("textDocument/completion", { textDocument: { uri: URI }, position: position(context.state.doc, context.pos) });
  } catch (e) {
    return null;
  }
  const items = Array.isArray(result) ? result : (result && result.items) || [];
  return {
    from: word.from,
    options: items.map((item) => {
      const text = item.textEdit ? item.textEdit.newText : item.insertText || item.label;
      return {
        label: item.label, detail: item.detail, type: kinds[item.kind] || "text",
        info: item.documentation ? (typeof item.documentation === "string" ? item.documentation : item.documentation.value) : undefined,
        apply: text,
      };
    }),
    validFor: /^[\w-]*$/,
  };
}

// The hovers' Markdown is simple (paragraphs, '- ' items, **bold**, `code`): drawn as text, never as HTML.
function markdown(text) {
  const dom = document.createElement("div");
  dom.className = "hover";
  for (const line of text.split("\n")) {
    const block = document.createElement("div");
    block.className = line.startsWith("- ") ? "item" : line.trim() ? "para" : "gap";
    line.replace(/^- /, "").split(/(\*\*[^*]+\*\*|`[^`]+`)/).forEach((part) => {
      if (part.startsWith("**") && part.endsWith("**") && part.length > 4) {
        const b = document.createElement("strong");
        b.textContent = part.slice(2, -2);
        block.appendChild(b);
      } else if (part.startsWith("`") && part.endsWith("`") && part.length > 2) {
        const c = document.createElement("code");
        c.textContent = part.slice(1, -1);
        block.appendChild(c);
      } else {
        block.appendChild(document.createTextNode(part));
      }
    });
    dom.appendChild(block);
  }
  return dom;
}

const hover = hoverTooltip(async (view, pos) => {
  if (!lsp) return null;
  sendChanges();
  let result;
  try {
    result = await lsp.request("textDocument/hover", { textDocument: { uri: URI }, position: position(view.state.doc, pos) });
  } catch (e) {
    return null;
  }
  if (!result || !result.contents) return null;
  const parts = Array.isArray(result.contents) ? result.contents : [result.contents];
  const text = parts.map((p) => (typeof p === "string" ? p : p.value)).join("\n\n").trim();
  if (!text) return null;
  const range = result.range;
  return {
    pos: range ? offset(view.state.doc, range.start) : pos,
    end: range ? offset(view.state.doc, range.end) : pos,
    create() {
      return { dom: markdown(text) };
    },
  };
});

const view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: $("initial").textContent.replace(/^\n/, ""),
    extensions: [
      lineNumbers(), highlightActiveLineGutter(), history(), drawSelection(), highlightActiveLine(), bracketMatching(), closeBrackets(),
      EditorView.lineWrapping, entente, syntaxHighlighting(defaultHighlightStyle), lintGutter(), hover,
      autocompletion({ override: [complete] }),
      keymap.of([{ key: "Mod-Enter", run: () => { run(); return true; } }, ...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap,
        ...completionKeymap, ...lintKeymap, indentWithTab]),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        version++;
        clearTimeout(changeTimer);
        changeTimer = setTimeout(sendChanges, 300);
      }),
    ],
  }),
});

async function connect() {
  const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/lsp";
  const connection = new LspConnection(url);
  connection.on("textDocument/publishDiagnostics", showDiagnostics);
  connection.on("workspace/applyEdit", (params) => ({ applied: applyWorkspaceEdit(params.edit) }));
  connection.on("workspace/configuration", (params) => (params.items || []).map(() => null));
  try {
    await connection.opened;
    await connection.request("initialize", {
      processId: null, rootUri: null, capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: false },
          completion: { completionItem: { snippetSupport: false, documentationFormat: ["plaintext"] } },
          hover: { contentFormat: ["plaintext", "markdown"] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
        },
        workspace: { applyEdit: true },
      },
    });
    connection.notify("initialized", {});
    lsp = connection;
    sentVersion = version;
    lsp.notify("textDocument/didOpen", { textDocument: { uri: URI, languageId: "entente", version, text: view.state.doc.toString() } });
    $("server").textContent = "language server connected";
    $("server").className = "ok";
    connection.closed.then(() => {
      lsp = null;
      $("server").textContent = "language server disconnected (reload the page)";
      $("server").className = "error";
    });
  } catch (e) {
    $("server").textContent = "no language server: " + e.message;
    $("server").className = "error";
  }
}

async function run() {
  const button = $("run");
  button.disabled = true;
  status("Running\u2026");
  try {
    const response = await fetch("report", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: view.state.doc.toString() });
    const text = await response.text();
    if (response.ok) {
      $("report").srcdoc = text;
      status("Ran at " + new Date().toLocaleTimeString() + ".");
    } else {
      let message = text;
      try { message = JSON.parse(text).error; } catch (e) { /* not JSON */ }
      status(message, true);
    }
  } catch (e) {
    status("The playground server does not answer: " + e, true);
  } finally {
    button.disabled = false;
  }
}

async function loadExamples() {
  try {
    const names = await (await fetch("examples")).json();
    for (const name of names) {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name;
      $("examples").appendChild(option);
    }
  } catch (e) {
    status("The examples could not be listed: " + e, true);
  }
}

$("examples").addEventListener("change", async (event) => {
  const name = event.target.value;
  if (!name) return;
  const text = await (await fetch("examples/" + name.split("/").map(encodeURIComponent).join("/"))).text();
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  status("Opened " + name + "; press Run.");
  event.target.value = "";
});
$("run").addEventListener("click", run);

// for the browser test (ReportBrowserTest's playground part) and the curious: what the editor shows
window.playground = {
  view,
  diagnostics() {
    const out = [];
    forEachDiagnostic(view.state, (d, from, to) => out.push({ from, to, severity: d.severity, message: d.message, actions: (d.actions || []).map((a) => a.name) }));
    return out;
  },
  connected: () => lsp !== null,
  /** Applies the quick fix named like {@code fix} of the first diagnostic whose message contains {@code text}. */
  fix(text, fix) {
    let action = null;
    forEachDiagnostic(view.state, (d) => {
      if (!action && d.message.includes(text)) action = (d.actions || []).find((a) => a.name.includes(fix)) || null;
    });
    if (action) action.apply(view, 0, 0);
    return action ? action.name : null;
  },
  run,
};

loadExamples();
connect();
view.focus();
