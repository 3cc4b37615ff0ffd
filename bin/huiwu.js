#!/usr/bin/env node
// A file command runs in a worker thread with memory and reading-time limits (src/cli/runInWorker.ts).
// An installed huiwu (npm pack, npm install -g) has only the compiled build in lib/: it starts fast
// and needs no tsx. A clone has the sources, which run through tsx, so a lib/ left from an earlier
// build never runs old code; HUIWU_COMPILED=1 runs lib/ in a clone (npm run build:cli first).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const compiled = join(__dirname, "../lib/cli/runInWorker.js");
const sources = join(__dirname, "../src/cli/runInWorker.ts");
let runInWorker;
if (existsSync(compiled) && (!existsSync(sources) || process.env.HUIWU_COMPILED === "1")) {
  ({ runInWorker } = require(compiled));
} else {
  require("tsx/cjs");
  ({ runInWorker } = require(sources));
}
runInWorker(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
