#!/usr/bin/env node
// Starts a language server command, opens one file and prints the seconds from the start of the
// process to the first textDocument/publishDiagnostics for that file. No dependencies: plain
// JSON-RPC framing over the server's stdin/stdout.
//   node lsp-first-diagnostics.js FILE COMMAND [ARG ...]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');

const [file, ...command] = process.argv.slice(2);
if (!file || command.length === 0) {
  console.error('usage: lsp-first-diagnostics.js FILE COMMAND [ARG ...]');
  process.exit(2);
}
const absolute = path.resolve(file);
const uri = pathToFileURL(absolute).toString();
const text = fs.readFileSync(absolute, 'utf8');

const started = process.hrtime.bigint();
const server = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
const send = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
};
const timeout = setTimeout(() => { console.error('no diagnostics within 60 s'); server.kill(); process.exit(1); }, 60000);

let buffer = Buffer.alloc(0);
let done = false;
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.id === 1 && message.result) {
      send({ method: 'initialized', params: {} });
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'entente', version: 1, text } } });
    } else if (message.id !== undefined && message.method) {
      send({ id: message.id, result: null }); // client/registerCapability, workspace/configuration ...
    } else if (!done && message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(`${seconds.toFixed(3)} ${message.params.diagnostics.length}`);
      send({ id: 2, method: 'shutdown', params: null });
    } else if (message.id === 2) {
      send({ method: 'exit', params: null });
      server.stdin.end();
    }
  }
});
server.on('exit', () => { clearTimeout(timeout); process.exit(done ? 0 : 1); });
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(path.dirname(absolute)).toString(), capabilities: {} } });
