// Preloaded into a measured process (node --require): on exit, writes the process's peak resident
// memory and its run time to the file HUIWU_BENCH_PEAK names. Workers count: they share the process.
const { writeFileSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const file = process.env.HUIWU_BENCH_PEAK;
if (file) {
  process.on("exit", (code) => {
    const peakMb = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
    writeFileSync(file, JSON.stringify({ peakMb, ms: performance.now(), code }));
  });
}
