#!/usr/bin/env node
// Runs the TypeScript sources directly; tsx compiles them on the fly.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
