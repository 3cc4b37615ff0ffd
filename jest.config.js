const os = require("os");

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default (cores − 1) is a single worker on a two-core machine; the suites spend much
  // of their time waiting on LibreOffice and Chromium, so two workers there cut the run by a third.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  setupFiles: ["<rootDir>/test/setup.ts"],
  testTimeout: 60000,
};
