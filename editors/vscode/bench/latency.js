#!/usr/bin/env node
// Language-server latency on a generated 5,000-line scenario, end to end over stdio (JSON-RPC
// included), with the server started as the extension starts it. Not a test: a measurement.
//   node bench/latency.js [path/to/entente.jar] [lines]
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { performance } = require('node:perf_hooks');
const rpc = require('vscode-jsonrpc/node');
const { serverCommand } = require('../out/serverCommand');
const { generateScenario } = require('./generate');

const jar = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', '..', 'cli', 'target', 'entente.jar'));
const lineCount = Number(process.argv[3] || 5000);
const WARMUP = 15; // rounds discarded: the JIT warms up as in any editing session
const ROUNDS = 50;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${samples.length})`;
}

async function main() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-latency-'));
  const { text, states } = generateScenario(lineCount);
  const lines = text.split('\n');
  const file = path.join(workspace, 'large.entente');
  const uri = pathToFileURL(file).toString();
  const command = serverCommand({ jar }, path.resolve(__dirname, '..'));
  const server = spawn(command.command, command.args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  let onDiagnostics = null;
  let lastDiagnostics = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri) {
      lastDiagnostics = p.diagnostics;
      if (onDiagnostics) onDiagnostics();
    }
  });
  connection.listen();
  const nextDiagnostics = () => new Promise((resolve) => { onDiagnostics = () => { onDiagnostics = null; resolve(); }; });

  let t0 = performance.now();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {} });
  connection.sendNotification('initialized', {});
  const initMs = performance.now() - t0;

  t0 = performance.now();
  let waiting = nextDiagnostics();
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
  await waiting;
  const openMs = performance.now() - t0;
  const errors = lastDiagnostics.filter((d) => d.severity === 1).length;

  // a new alliance at the end with the caret after "members "
  let version = 1;
  const endLine = lines.length - 1;
  const insert = 'alliance New { members  }\n';
  waiting = nextDiagnostics();
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ range: { start: { line: endLine, character: 0 }, end: { line: endLine, character: 0 } }, text: insert }],
  });
  await waiting;
  const completionAt = { line: endLine, character: 'alliance New { members '.length };
  const stateLine = lines.findIndex((l) => l.startsWith('state S100 '));
  const midLine = Math.floor(lines.length / 2);
  const referenceLine = lines.findIndex((l, i) => i > midLine && l.includes('members '));
  const referenceChar = lines[referenceLine].indexOf('members ') + 'members '.length + 1;

  let completion = [];
  const completionMid = [];
  const hover = [];
  const hoverReference = [];
  const diagnostics = [];
  let items = 0;
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    if (i === WARMUP) {
      [completion, completionMid, hover, hoverReference, diagnostics].forEach((a) => a.splice(0));
    }
    t0 = performance.now();
    const result = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: completionAt });
    completion.push(performance.now() - t0);
    items = (Array.isArray(result) ? result : result.items).length;

    t0 = performance.now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: stateLine + 1, character: 4 } });
    completionMid.push(performance.now() - t0);

    t0 = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: stateLine, character: 7 } });
    hover.push(performance.now() - t0);

    t0 = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: referenceLine, character: referenceChar } });
    hoverReference.push(performance.now() - t0);

    // an edit in the middle (a capability changes), then time until diagnostics arrive
    const editLine = stateLine + 1;
    const value = `military ${(2 + i / 10).toFixed(1)}`;
    const current = i === 0 ? lines[editLine].trim().split(' economy')[0] : `military ${(2 + (i - 1) / 10).toFixed(1)}`;
    waiting = nextDiagnostics();
    t0 = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line: editLine, character: 4 }, end: { line: editLine, character: 4 + current.length } }, text: value }],
    });
    await waiting;
    diagnostics.push(performance.now() - t0);
  }

  const report = [
    `Scenario: ${lines.length} lines, ${states.length} states; ${errors} errors on open.`,
    `initialize: ${initMs.toFixed(0)} ms; open to first diagnostics: ${openMs.toFixed(0)} ms`,
    `completion after 'members ' at the end (${items} items): ${stats(completion)}`,
    `completion inside a state block (middle of the file): ${stats(completionMid)}`,
    `hover on a state declaration: ${stats(hover)}`,
    `hover on a state reference: ${stats(hoverReference)}`,
    `diagnostics after an edit (didChange to publishDiagnostics): ${stats(diagnostics)}`,
  ].join('\n');
  console.log(report);
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  fs.rmSync(workspace, { recursive: true, force: true });
}

main().catch((e) => { console.error(e); process.exit(1); });
