/**
 * Copies every document of every container to a plain object and back. The local
 * Cosmos-compatible server keeps data in memory only; the local runtime snapshots it to disk.
 */
import { CONTAINER_NAMES, type ContainerName } from "./container-definitions";
import { withStoreErrors, type CosmosStore } from "./cosmos-store";
import { stripCosmosSystemFields } from "./versioned-document";

export type StoreSnapshot = Partial<Record<ContainerName, Record<string, unknown>[]>>;

export async function exportSnapshot(store: CosmosStore): Promise<StoreSnapshot> {
  const snapshot: StoreSnapshot = {};
  for (const name of CONTAINER_NAMES) {
    const documents: Record<string, unknown>[] = [];
    const iterator = store.container(name).items.readAll<Record<string, unknown>>({ maxItemCount: 500 });
    while (iterator.hasMoreResults()) {
      const page = await withStoreErrors(() => iterator.fetchNext());
      documents.push(...page.resources.map(stripCosmosSystemFields));
    }
    snapshot[name] = documents;
  }
  return snapshot;
}

export async function importSnapshot(store: CosmosStore, snapshot: StoreSnapshot): Promise<number> {
  let count = 0;
  for (const name of CONTAINER_NAMES) {
    for (const document of snapshot[name] ?? []) {
      await withStoreErrors(() => store.container(name).items.upsert(document));
      count++;
    }
  }
  return count;
}
