/**
 * Keeps the embedded server's data across restarts: restores `.data/cosmos-snapshot.json` at
 * start, writes it a few seconds after changes and once more on stop (atomically, via rename).
 */
import * as fs from "node:fs";
import type { CosmosStore } from "../../bot/store/cosmos-store";
import { exportSnapshot, importSnapshot, type StoreSnapshot } from "../../bot/store/snapshot";

export interface SnapshotKeeper {
  restore(): Promise<number>;
  markDirty(): void;
  stop(): Promise<void>;
}

export function createSnapshotKeeper(store: CosmosStore, file: string, intervalMs = 3_000): SnapshotKeeper {
  let isDirty = false;
  let writing: Promise<void> = Promise.resolve();

  const write = async () => {
    isDirty = false;
    const snapshot = await exportSnapshot(store);
    const temporary = `${file}.tmp`;
    await fs.promises.writeFile(temporary, JSON.stringify(snapshot));
    await fs.promises.rename(temporary, file);
  };
  const timer = setInterval(() => {
    if (isDirty) writing = writing.then(write).catch(() => undefined);
  }, intervalMs);
  timer.unref();

  return {
    async restore() {
      if (!fs.existsSync(file)) return 0;
      const snapshot = JSON.parse(await fs.promises.readFile(file, "utf8")) as StoreSnapshot;
      return importSnapshot(store, snapshot);
    },
    markDirty() {
      isDirty = true;
    },
    async stop() {
      clearInterval(timer);
      await writing;
      await write();
    },
  };
}
