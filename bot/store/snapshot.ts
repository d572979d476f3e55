/**
 * Copies every document of every container to a plain object and back, and replays single
 * document writes. The local Cosmos-compatible server keeps data in memory only; the local
 * runtime keeps it on disk as a snapshot plus a journal of the writes since (functions/local/).
 */
import { z } from "zod";
import { CONTAINER_NAMES, type ContainerName } from "./container-definitions";
import { isAppError } from "../errors";
import { withStoreErrors, type CosmosStore } from "./cosmos-store";
import { eachPage } from "./query-pages";
import { stripCosmosSystemFields } from "./versioned-document";

export type StoreSnapshot = Partial<Record<ContainerName, Record<string, unknown>[]>>;

export const storeSnapshotSchema: z.ZodType<StoreSnapshot> = z.partialRecord(
  z.enum(CONTAINER_NAMES),
  z.array(z.record(z.string(), z.unknown())),
);

const partitionKeyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One document written or deleted, as the store acknowledged it. */
export const storeMutationSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("put"),
    container: z.enum(CONTAINER_NAMES),
    /** The document as stored after the write. */
    document: z.record(z.string(), z.unknown()).and(z.object({ id: z.string() })),
  }),
  z.object({
    kind: z.literal("delete"),
    container: z.enum(CONTAINER_NAMES),
    id: z.string(),
    partitionKey: partitionKeyValueSchema,
  }),
]);
export type StoreMutation = z.infer<typeof storeMutationSchema>;

export async function exportSnapshot(store: CosmosStore): Promise<StoreSnapshot> {
  const snapshot: StoreSnapshot = {};
  for (const name of CONTAINER_NAMES) {
    const documents: Record<string, unknown>[] = [];
    const iterator = store.container(name).items.readAll<Record<string, unknown>>({ maxItemCount: 500 });
    for await (const page of eachPage(iterator)) documents.push(...page.map(stripCosmosSystemFields));
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

/**
 * Applies writes in their order. Each carries the document's state after the write, so applying
 * one that the store already holds changes nothing: a replay may start before it is needed.
 */
export async function applyMutations(store: CosmosStore, mutations: readonly StoreMutation[]): Promise<void> {
  for (const mutation of mutations) {
    const container = store.container(mutation.container);
    if (mutation.kind === "put") {
      const document = stripCosmosSystemFields(mutation.document);
      await withStoreErrors(() => container.items.upsert(document));
      continue;
    }
    try {
      await withStoreErrors(() => container.item(mutation.id, mutation.partitionKey ?? undefined).delete());
    } catch (error) {
      // Deleted already (the snapshot was taken after the delete): nothing left to do.
      if (!isAppError(error, "NOT_FOUND")) throw error;
    }
  }
}
