/**
 * Jest's Node environment plus one embedded Cosmos-compatible server per jest worker, which the
 * test files that worker runs share (each with a database of its own, see embedded-store.ts).
 *
 * This module lives outside jest's per-file module registry, so the server is loaded once per
 * worker instead of once per test file, and its query parser (slow on a query's first run: 0.2
 * to 1 s of CPU for a query with nested parentheses) learns each query once. One server per
 * worker, not one for the whole run, keeps the store's work on both cores.
 */
const { TestEnvironment } = require("jest-environment-node");
// TypeScript: jest compiles what its test environment requires with the project's transform.
const { startEmbeddedCosmos } = require("../../functions/local/embedded-cosmos.ts");

// When the worker's work is done (Jest sent its end and nothing is left to run), it exits at once
// instead of tearing down its heap first. That teardown of a heap of a few hundred MB took longer
// than the 500 ms Jest allows on a loaded machine (npm run test:stress: "A worker process has failed
// to exit gracefully" at the end of 2 of 3 passes, though no handle was open after any file); with
// 2.5 million objects under two busy loops, a natural exit took 241-273 ms, process.exit 77-191 ms.
process.once("beforeExit", (code) => process.exit(code));

/** The worker's server, started on first use. */
let server;

function sharedServer() {
  server ??= startEmbeddedCosmos().then((started) => {
    // The worker may exit while the server still listens: it is not a reason to stay.
    started.unref();
    return started;
  });
  return server;
}

class CosmosTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    /** The shared server's endpoint, for test/support/embedded-store.ts. */
    this.global.sharedCosmosEndpoint = async () => (await sharedServer()).endpoint;
  }
}

module.exports = CosmosTestEnvironment;
