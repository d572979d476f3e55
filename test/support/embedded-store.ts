/**
 * The store a test file works against: a database of its own on the jest worker's shared embedded
 * Cosmos-compatible server (see cosmos-test-environment.js), or on a server of its own for tests
 * that stop the server to make an outage.
 */
import { createCosmosStore, type CosmosStore } from "../../bot/store/cosmos-store";
import { EMBEDDED_COSMOS_KEY, startEmbeddedCosmos, type EmbeddedCosmos } from "../../functions/local/embedded-cosmos";
import { freePorts } from "./free-ports";

declare global {
  /** The jest worker's shared embedded server (test/support/cosmos-test-environment.js). */
  var sharedCosmosEndpoint: (() => Promise<string>) | undefined;
}

export interface TestStore {
  server: EmbeddedCosmos;
  store: CosmosStore;
  database: string;
  /** Only a test file's own server may be stopped (an outage); the shared one serves the worker's other files too. */
  hasOwnServer: boolean;
}

export interface TestStoreOptions {
  database?: string;
  /** A server for this file alone, which the test may stop and restart. */
  ownServer?: boolean;
}

/**
 * How long a store request may take in tests. The app's 5 s keep a Teams turn within its 15 s
 * when a real store hangs; no test has a store that hangs (an outage stops the server, which
 * refuses connections at once), so here a deadline would only measure how busy the machine is:
 * on a loaded machine a request waits behind every other process, and Node runs an expired timer
 * before it reads the answer that has arrived meanwhile. A store that really hangs still fails
 * the test, at jest's own test timeout.
 */
export const TEST_STORE_REQUEST_TIMEOUT_MS = 120_000;

let databases = 0;

/**
 * Against a real account or the official emulator when COSMOS_ENDPOINT is set (contract tests
 * then use a database of their own), else against an embedded server.
 */
export async function startTestStore(options: TestStoreOptions = {}): Promise<TestStore> {
  const database = options.database ?? `test-${process.pid}-${Date.now()}-${++databases}`;
  const { server, hasOwnServer } = await serverFor(options);
  const hostname = new URL(server.endpoint).hostname;
  const store = await createCosmosStore({
    endpoint: server.endpoint,
    key: server.key || undefined,
    database,
    isLoopback: hostname === "127.0.0.1" || hostname === "localhost",
    requestTimeoutMs: TEST_STORE_REQUEST_TIMEOUT_MS,
  });
  await store.ensureContainers();
  return { server, store, database, hasOwnServer };
}

async function serverFor(options: TestStoreOptions): Promise<{ server: EmbeddedCosmos; hasOwnServer: boolean }> {
  const external = process.env.COSMOS_ENDPOINT;
  if (external && !options.ownServer) {
    return { server: sharedServer(external, process.env.COSMOS_KEY ?? ""), hasOwnServer: false };
  }
  if (globalThis.sharedCosmosEndpoint && !options.ownServer)
    return { server: sharedServer(await globalThis.sharedCosmosEndpoint(), EMBEDDED_COSMOS_KEY), hasOwnServer: false };
  // Outage tests, and a test environment without the shared server. Not on a port the OS chooses:
  // an outage starts the server again on the same port, which the OS may have handed on meanwhile.
  const [port] = await freePorts(1);
  return { server: await startEmbeddedCosmos(port), hasOwnServer: true };
}

function sharedServer(endpoint: string, key: string): EmbeddedCosmos {
  return {
    endpoint,
    key,
    stop: async () => {
      throw new Error(
        "the shared test store serves other test files: use startTestStore({ ownServer: true }) to stop one",
      );
    },
    unref: () => undefined,
  };
}

/** Drops the file's database on a shared server (its memory goes with it), then closes the client. */
export async function stopTestStore(testStore: TestStore | undefined): Promise<void> {
  if (!testStore) return;
  if (!testStore.hasOwnServer) await testStore.store.container("config").database.delete();
  await testStore.store.close();
  if (testStore.hasOwnServer) await testStore.server.stop();
}
