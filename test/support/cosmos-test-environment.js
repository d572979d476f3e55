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
