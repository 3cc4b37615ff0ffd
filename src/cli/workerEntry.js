// The worker thread's entry when running on the sources (see runInWorker.ts): it runs the
// TypeScript through tsx, which each thread registers for itself. The compiled build in lib/
// starts its worker on worker.js instead, so nothing there needs tsx.
require("tsx/cjs");
require("./worker.ts");
