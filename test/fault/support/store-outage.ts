/**
 * An outage of the Cosmos-compatible server and its end. The embedded server keeps data in
 * memory only, so what it held when it stopped is kept aside and put back into a new server on
 * the same port, as a real account would still have it after the outage.
 */
import { exportSnapshot, importSnapshot, type StoreSnapshot } from "../../../bot/store/snapshot";
import { startEmbeddedCosmos } from "../../../functions/local/embedded-cosmos";
import type { TestStore } from "../../support/embedded-store";

export interface StoreOutage {
  /** Keeps what the store holds, then stops the server: every request fails from now on. */
  begin(): Promise<void>;
  /** A server on the same port with the data the old one held; the app's client reconnects by itself. */
  end(): Promise<void>;
  isDown(): boolean;
}

export function storeOutage(testStore: TestStore): StoreOutage {
  if (!testStore.hasOwnServer) throw new Error("an outage needs a store server of its own ({ ownStore: true })");
  let kept: StoreSnapshot | undefined;
  return {
    async begin() {
      kept = await exportSnapshot(testStore.store);
      await testStore.server.stop();
    },
    async end() {
      if (!kept) throw new Error("the outage has not begun");
      const port = Number(new URL(testStore.server.endpoint).port);
      // The harness stops whatever server the test store names when the test file ends.
      testStore.server = await startEmbeddedCosmos(port);
      await testStore.store.ensureContainers();
      await importSnapshot(testStore.store, kept);
      kept = undefined;
    },
    isDown: () => kept !== undefined,
  };
}
