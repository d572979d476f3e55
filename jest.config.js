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
  // A skipped test would hide a missing feature: `.ci/run` and this reporter both refuse them.
  reporters: ["default", "<rootDir>/test/support/no-skipped-tests-reporter.js"],
  // The app's log lines of the whole suite are scanned for personal data at the end; property tests get their fresh seed.
  globalSetup: "<rootDir>/test/support/global-setup.js",
  globalTeardown: "<rootDir>/test/support/log-scan-teardown.js",
};
