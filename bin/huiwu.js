#!/usr/bin/env node
// Runs the TypeScript sources directly; tsx compiles them on the fly. A file command runs in a
// worker thread with memory and reading-time limits (src/cli/runInWorker.ts).
require("tsx/cjs");
const { runInWorker } = require("../src/cli/runInWorker.ts");
runInWorker(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
