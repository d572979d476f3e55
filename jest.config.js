/** Jest runs TypeScript through ts-jest in transpile-only mode; `tsc --noEmit` does the type check. */
/** @type {import('jest').Config} */
module.exports = {
  // Node's, plus an embedded Cosmos-compatible server per worker that its test files share.
  testEnvironment: "<rootDir>/test/support/cosmos-test-environment.js",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 30_000,
  // Cosmos and HTTP tests each start their own servers on free ports; two workers suit the 2-core machines.
  maxWorkers: 2,
  // A worker's heap grows with every file it runs (to about 1 GB over test/unit). Such a worker
  // needed more than Jest's 500 ms to exit on a loaded machine and was force-exited ("A worker
  // process has failed to exit gracefully") although it held no open handle; a fresh worker past
  // this much keeps exits quick (checked: no open handles after each file's teardown).
  workerIdleMemoryLimit: "512MB",
  // A skipped test would hide a missing feature: `.ci/run` and this reporter both refuse them.
  reporters: ["default", "<rootDir>/test/support/no-skipped-tests-reporter.js"],
  // The app's log lines of the whole suite are scanned for personal data at the end; property tests get their fresh seed.
  globalSetup: "<rootDir>/test/support/global-setup.js",
  globalTeardown: "<rootDir>/test/support/log-scan-teardown.js",
};
