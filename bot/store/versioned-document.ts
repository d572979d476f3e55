/**
 * Read-modify-write with ETags. Every document read here comes with its ETag, and every
 * replace carries `If-Match`, so a concurrent change is detected instead of overwritten.
 */
import { BulkOperationType, type Container, type ItemDefinition, type OperationInput } from "@azure/cosmos";
import { AppError, isAppError } from "../errors";
import { cosmosStatus, withStoreErrors } from "./cosmos-store";

export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface DocumentCodec<T> {
  type: string;
  /** Current schema version written by this code. */
  schemaVersion: number;
  id: (value: T) => string;
  /** Parses a stored document of any known version into the current shape. */
  decode: (document: Record<string, unknown>) => T;
  /**
   * When the document is due for deletion (ISO timestamp), for documents under retention. Written
   * as `expiresAt` (the sweeper's criterion) and turned into a per-document `ttl` (the containers
   * run with defaultTtl -1).
   */
  expiresAt?: (value: T) => string | undefined;
}

const COSMOS_SYSTEM_FIELDS = ["_rid", "_self", "_etag", "_attachments", "_ts"];
const ENVELOPE_FIELDS = ["id", "type", "schemaVersion", "ttl"];

const MAX_TTL_SECONDS = 2_147_483_647;

/**
 * Seconds from now until `expiresAt`, at least 1. Deliberately the real clock, not an injected
 * one: Cosmos counts `ttl` from its own write timestamp (`_ts`), so only wall-clock time matches.
 */
export function ttlUntil(expiresAt: string, nowMs = Date.now()): number {
  const seconds = Math.ceil((Date.parse(expiresAt) - nowMs) / 1000);
  return Math.min(MAX_TTL_SECONDS, Math.max(1, Number.isFinite(seconds) ? seconds : 1));
}

export function encode<T extends { orgId: string }>(codec: DocumentCodec<T>, value: T): ItemDefinition {
  const expiresAt = codec.expiresAt?.(value);
  return {
    ...value,
    id: codec.id(value),
    type: codec.type,
    schemaVersion: codec.schemaVersion,
    ...(expiresAt ? { expiresAt, ttl: ttlUntil(expiresAt) } : {}),
  };
}

/** A document without the fields Cosmos adds (`_rid`, `_etag`, …): what we wrote. */
export function stripCosmosSystemFields(document: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...document };
  for (const field of COSMOS_SYSTEM_FIELDS) delete copy[field];
  return copy;
}

/** The domain fields of a stored document, for a codec's decode. */
export function stripSystemFields(document: Record<string, unknown>): Record<string, unknown> {
  const copy = stripCosmosSystemFields(document);
  for (const field of ENVELOPE_FIELDS) delete copy[field];
  return copy;
}

/** A document that came back from a query (with its `_etag`), for a conditional write after it. */
export function decodeVersioned<T>(codec: DocumentCodec<T>, document: Record<string, unknown>): Versioned<T> {
  const etag = document._etag;
  if (typeof etag !== "string") throw new AppError("INTERNAL", `${codec.type} document without _etag`);
  return { value: codec.decode(document), etag };
}

export async function readVersioned<T>(
  container: Container,
  codec: DocumentCodec<T>,
  id: string,
  orgId: string,
): Promise<Versioned<T> | undefined> {
  return withStoreErrors(async () => {
    const response = await container.item(id, orgId).read<Record<string, unknown>>();
    if (response.statusCode === 404 || !response.resource) return undefined;
    return { value: codec.decode(response.resource), etag: response.etag };
  });
}

export async function createDocument<T extends { orgId: string }>(
  container: Container,
  codec: DocumentCodec<T>,
  value: T,
): Promise<Versioned<T>> {
  return withStoreErrors(async () => {
    const response = await container.items.create(encode(codec, value));
    return { value, etag: response.etag };
  });
}

export async function replaceIfMatch<T extends { orgId: string }>(
  container: Container,
  codec: DocumentCodec<T>,
  value: T,
  etag: string,
): Promise<Versioned<T>> {
  return withStoreErrors(async () => {
    const response = await container
      .item(codec.id(value), value.orgId)
      .replace(encode(codec, value), { accessCondition: { type: "IfMatch", condition: etag } });
    return { value, etag: response.etag };
  });
}

/** The most operations Cosmos takes in one bulk request. */
const MAX_BULK_OPERATIONS = 100;

/**
 * Writes each value If-Match its ETag, as `replaceIfMatch` would one by one, but in one bulk request
 * per hundred: each operation stands alone (not a transaction), so one that lost a race does not
 * hold back the others. Per value, in order: its new version, or undefined when it changed since
 * it was read (412) or is gone (404). An operation the bulk did not settle (throttled, not
 * attempted) is written on its own, with the store's usual retries.
 *
 * `items.bulk` is marked deprecated for `executeBulkOperations`, which waits in one-second steps
 * for partial batches: every claim of the delivery worker would take a second longer.
 */
export async function replaceEachIfMatch<T extends { orgId: string }>(
  container: Container,
  codec: DocumentCodec<T>,
  entries: readonly Versioned<T>[],
): Promise<(Versioned<T> | undefined)[]> {
  const written: (Versioned<T> | undefined)[] = [];
  for (let start = 0; start < entries.length; start += MAX_BULK_OPERATIONS) {
    const chunk = entries.slice(start, start + MAX_BULK_OPERATIONS);
    const operations: OperationInput[] = chunk.map(({ value, etag }) => ({
      operationType: BulkOperationType.Replace,
      id: codec.id(value),
      partitionKey: value.orgId,
      ifMatch: etag,
      resourceBody: encode(codec, value),
    }));
    const results = await withStoreErrors(() => container.items.bulk(operations, { continueOnError: true }));
    written.push(
      ...(await Promise.all(
        chunk.map(async (entry, index) => {
          const result = results[index];
          const status = result?.statusCode ?? 0;
          if (status === 412 || status === 404) return undefined;
          if (status < 200 || status >= 300) return replaceUnlessChanged(container, codec, entry);
          if (!result?.eTag) throw new AppError("INTERNAL", `${codec.type} bulk write answered without an ETag`);
          return { value: entry.value, etag: result.eTag };
        }),
      )),
    );
  }
  return written;
}

/** `replaceIfMatch`, with undefined where the document changed since or is gone. */
async function replaceUnlessChanged<T extends { orgId: string }>(
  container: Container,
  codec: DocumentCodec<T>,
  { value, etag }: Versioned<T>,
): Promise<Versioned<T> | undefined> {
  try {
    return await replaceIfMatch(container, codec, value, etag);
  } catch (error) {
    if (isAppError(error, "CONFLICT") || isAppError(error, "NOT_FOUND")) return undefined;
    throw error;
  }
}

/**
 * Deletes a document, with `If-Match` when an ETag is given (CONFLICT when it changed since).
 * False when it was already gone: deleting twice is not an error.
 */
export async function deleteDocument(container: Container, id: string, orgId: string, etag?: string): Promise<boolean> {
  return withStoreErrors(async () => {
    try {
      await container
        .item(id, orgId)
        .delete(etag ? { accessCondition: { type: "IfMatch", condition: etag } } : undefined);
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 404) return false;
      throw error;
    }
  });
}

/**
 * Applies `mutate` to the freshest version until the write wins. Use it where the change can be
 * re-applied to whatever is current (flags, preferences); where a person edited text against a
 * version they saw, use `replaceIfMatch` and let the CONFLICT reach them. A `mutate` that returns
 * the current value unchanged (the same object) writes nothing: of many concurrent turns making
 * the same change, one writes and the rest find it done instead of running out of attempts.
 */
export async function updateWithRetry<T extends { orgId: string }>(
  container: Container,
  codec: DocumentCodec<T>,
  id: string,
  orgId: string,
  mutate: (current: T) => T,
  maxAttempts = 5,
): Promise<Versioned<T> | undefined> {
  for (let attempt = 1; ; attempt++) {
    const current = await readVersioned(container, codec, id, orgId);
    if (!current) return undefined;
    const next = mutate(current.value);
    if (next === current.value) return current;
    try {
      return await replaceIfMatch(container, codec, next, current.etag);
    } catch (error) {
      if (!isAppError(error, "CONFLICT") || attempt >= maxAttempts) throw error;
    }
  }
}

export { AppError };
