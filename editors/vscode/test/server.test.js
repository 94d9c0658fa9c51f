// Starts the language server exactly as the extension does (out/serverCommand.js), then speaks
// LSP to it with vscode-jsonrpc: open a document, wait for diagnostics, ask for completion.
// The jar: $ENTENTE_JAR, else ../../cli/target/entente.jar.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const { serverCommand } = require('../out/serverCommand');

const jar = process.env.ENTENTE_JAR || path.resolve(__dirname, '..', '..', '..', 'cli', 'target', 'entente.jar');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-vscode-'));
const docUri = pathToFileURL(path.join(workspace, 'europe.entente')).toString();
const text = [
  'scenario Test',
  'state Germany "German Empire" { military 2.2 economy 3.5 population 65 }',
  'state France { borders Germany, Prussia }',
  'alliance Dual { members ',
  '}',
  '',
].join('\n');

let server;
let connection;
const diagnostics = new Map();
const waiters = [];
let stdoutGarbage = '';

before(async () => {
  const command = serverCommand({ jar }, path.resolve(__dirname, '..'));
  server = spawn(command.command, command.args, { stdio: ['pipe', 'pipe', 'pipe'] });
  server.stderr.resume();
  connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin),
  );
  connection.onError(([error]) => { stdoutGarbage += String(error); });
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    waiters.splice(0).forEach((resolve) => resolve());
  });
  connection.listen();
  const result = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).toString(),
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
  });
  assert.ok(result.capabilities.completionProvider, 'completion advertised');
  assert.equal(result.capabilities.signatureHelpProvider, undefined, 'no empty signature help');
  connection.sendNotification('initialized', {});
});

after(async () => {
  if (connection) {
    await connection.sendRequest('shutdown');
    connection.sendNotification('exit');
  }
  await new Promise((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    const timer = setTimeout(() => { server.kill(); resolve(); }, 10000);
    server.on('exit', () => { clearTimeout(timer); resolve(); });
  });
  fs.rmSync(workspace, { recursive: true, force: true });
});

function diagnosticsFor(uri, timeoutMs = 30000) {
  if (diagnostics.has(uri)) return Promise.resolve(diagnostics.get(uri));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics for ' + uri)), timeoutMs);
    const check = () => {
      if (diagnostics.has(uri)) { clearTimeout(timer); resolve(diagnostics.get(uri)); } else { waiters.push(check); }
    };
    waiters.push(check);
  });
}

test('diagnostics are published for an unresolved state', async () => {
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: docUri, languageId: 'entente', version: 1, text },
  });
  const published = await diagnosticsFor(docUri);
  const unresolved = published.find((d) => d.code === 'org.entente.unresolved-name');
  assert.ok(unresolved, JSON.stringify(published));
  assert.match(unresolved.message, /No state named 'Prussia'/);
  assert.equal(unresolved.range.start.line, 2);
  assert.equal(stdoutGarbage, '', 'stdout carries only the protocol');
});

test('completion after members offers the states with their details', async () => {
  const result = await connection.sendRequest('textDocument/completion', {
    textDocument: { uri: docUri },
    position: { line: 3, character: 'alliance Dual { members '.length },
  });
  const items = Array.isArray(result) ? result : result.items;
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('Germany') && labels.includes('France'), labels.join(','));
  assert.ok(!labels.includes('Dual'), 'treaties are not offered as members');
  const germany = items.find((i) => i.label === 'Germany');
  assert.match(germany.detail, /German Empire/);
  assert.match(germany.detail, /military 2\.2/);
});

test('the quick fix creates the missing state', async () => {
  const published = await diagnosticsFor(docUri);
  const unresolved = published.find((d) => d.code === 'org.entente.unresolved-name');
  const actions = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: docUri },
    range: unresolved.range,
    context: { diagnostics: [unresolved] },
  });
  assert.deepEqual(actions.map((a) => a.title), ["Create state 'Prussia'"]);
  const edit = actions[0].edit.changes[docUri][0];
  assert.equal(edit.newText, '\nstate Prussia { }');
});
