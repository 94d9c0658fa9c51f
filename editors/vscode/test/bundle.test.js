// The extension ships as one bundled file (npm run bundle, esbuild): out/extension.js needs nothing at
// run time but VS Code's own 'vscode' module and Node's built-ins, so the package carries no
// node_modules (vsce's "bundle your extension" advice).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

const bundle = path.join(__dirname, '..', 'out', 'extension.js');

test('out/extension.js requires only vscode and Node built-ins', () => {
  const text = fs.readFileSync(bundle, 'utf8');
  const required = [...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  assert.ok(required.includes('vscode'), 'the bundle uses the vscode API');
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const outside = [...new Set(required)].filter((name) => name !== 'vscode' && !builtins.has(name));
  assert.deepEqual(outside, [], 'modules the bundle would load from node_modules or out/');
});

test('the package leaves node_modules and the unbundled output out', () => {
  const ignored = fs.readFileSync(path.join(__dirname, '..', '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  assert.ok(ignored.includes('node_modules/**'));
  assert.ok(ignored.includes('out/**') && ignored.includes('!out/extension.js'));
});

test('the bundle loads and exports activate and deactivate', () => {
  const Module = require('node:module');
  const load = Module._load;
  Module._load = function (request, ...rest) {
    // a stand-in for VS Code's API: loading the bundle must not need more than its presence
    return request === 'vscode' ? new Proxy({}, { get: () => new Proxy(function () {}, { get: () => ({}) }) }) : load.call(this, request, ...rest);
  };
  try {
    const extension = require(bundle);
    assert.equal(typeof extension.activate, 'function');
    assert.equal(typeof extension.deactivate, 'function');
  } finally {
    Module._load = load;
  }
});
