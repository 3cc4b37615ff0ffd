// The worker thread's entry (see runInWorker.ts): it runs the TypeScript sources as bin/huiwu.js
// does, through tsx, which each thread registers for itself.
require("tsx/cjs");
require("./worker.ts");
