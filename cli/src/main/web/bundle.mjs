// Bundles the playground's editor (playground/main.js and the CodeMirror packages it imports) into one
// script; run by the Maven build (cli/pom.xml) as `node bundle.mjs OUTFILE`. The esbuild API rather than
// its command, which works whether or not npm ran esbuild's install script.
import { build } from "esbuild";

const outfile = process.argv[2];
if (!outfile) {
  console.error("usage: node bundle.mjs OUTFILE");
  process.exit(2);
}
await build({
  entryPoints: ["playground/main.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "eof",
  logLevel: "warning",
  outfile,
});
