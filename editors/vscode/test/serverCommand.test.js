// How the extension starts the server: the fast-start JVM options, and the class-data archive beside
// the jar used only when it exists (a missing one must not change anything else).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { serverCommand, archiveFor, FAST_START_OPTIONS, ARCHIVE_IN_PLACE } = require('../out/serverCommand');

function fakeJar() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-command-'));
  const jar = path.join(dir, 'entente.jar');
  fs.writeFileSync(jar, '');
  return jar;
}

test('fast-start options come first, the user\'s vmArgs after them, then -jar JAR lsp', () => {
  const jar = fakeJar();
  const command = serverCommand({ jar, java: '/opt/java/bin/java', vmArgs: ['-Xmx1g'] }, '/nowhere');
  assert.equal(command.command, '/opt/java/bin/java');
  assert.deepEqual(command.args, [...FAST_START_OPTIONS, '-Xmx1g', '-jar', jar, 'lsp']);
  assert.ok(!command.args.some((a) => a.startsWith('-XX:TieredStopAtLevel')), 'the long-lived server keeps the full JIT');
});

test('the archive beside the jar is used when it exists, with -Xshare:auto so a stale one is ignored', () => {
  const jar = fakeJar();
  assert.equal(archiveFor(jar), path.join(path.dirname(jar), 'entente.jsa'));
  fs.writeFileSync(archiveFor(jar), 'stale');
  const command = serverCommand({ jar }, '/nowhere');
  const at = command.args.indexOf(`-XX:SharedArchiveFile=${archiveFor(jar)}`);
  assert.ok(at >= 0);
  assert.equal(command.args[at + 1], '-Xshare:auto');
  assert.deepEqual(command.args.slice(at + 2, at + 2 + ARCHIVE_IN_PLACE.length), ARCHIVE_IN_PLACE);
  assert.ok(ARCHIVE_IN_PLACE.includes('-XX:ArchiveRelocationMode=0'));
  assert.deepEqual(command.args.slice(-3), ['-jar', jar, 'lsp']);
});
