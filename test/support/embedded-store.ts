/** A fresh embedded Cosmos-compatible server and store per test file, on a free loopback port. */
import { createCosmosStore, type CosmosStore } from "../../bot/store/cosmos-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../functions/local/embedded-cosmos";

export interface TestStore {
  server: EmbeddedCosmos;
  store: CosmosStore;
  database: string;
}

/**
 * Against a real account or the official emulator when COSMOS_ENDPOINT is set (contract tests
 * then use a database of their own), else against the embedded server.
 */
export async function startTestStore(database = `test-${process.pid}-${Date.now()}`): Promise<TestStore> {
  const external = process.env.COSMOS_ENDPOINT;
  const server: EmbeddedCosmos = external
    ? { endpoint: external, key: process.env.COSMOS_KEY ?? "", stop: async () => undefined }
    : await startEmbeddedCosmos();
  const store = await createCosmosStore({
    endpoint: server.endpoint,
    key: server.key || undefined,
    database,
    isLoopback: new URL(server.endpoint).hostname === "127.0.0.1" || new URL(server.endpoint).hostname === "localhost",
    requestTimeoutMs: 3_000,
  });
  await store.ensureContainers();
  return { server, store, database };
}

export async function stopTestStore(testStore: TestStore | undefined): Promise<void> {
  testStore?.store.dispose();
  await testStore?.server.stop();
}
