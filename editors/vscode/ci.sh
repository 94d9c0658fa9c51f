#!/usr/bin/env bash
# Builds and tests the VS Code extension against the CLI jar, then packages entente.vsix.
# Needs: Node 18+, Java 17+, and ../../cli/target/entente.jar
#   (cd ../.. && mvn -B -ntp -q -pl cli -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")"
JAR="${ENTENTE_JAR:-../../cli/target/entente.jar}"
if [[ ! -f "$JAR" ]]; then
  echo "editors/vscode/ci.sh: $JAR not found; build it with: mvn -B -ntp -q -pl cli -am package -DskipTests" >&2
  exit 2
fi
npm ci --no-audit --no-fund
npm run compile
npm run bundle # one file, out/extension.js (esbuild); the tests check it needs no node_modules
ENTENTE_JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")" npm test
mkdir -p server
cp "$JAR" server/entente.jar
log="$(mktemp)"
npm run package 2>&1 | tee "$log"
# no vsce warning (it advises a bundle when the package carries loose JavaScript files)
if grep -qE 'WARNING|should bundle' "$log" || unzip -l entente.vsix | grep -q 'node_modules/'; then
  echo "editors/vscode/ci.sh: vsce warned or the package carries node_modules (see above)" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "editors/vscode/entente.vsix built"
