/**
 * Read-modify-write with ETags. Every document read here comes with its ETag, and every
 * replace carries `If-Match`, so a concurrent change is detected instead of overwritten.
 */
import type { Container, ItemDefinition } from "@azure/cosmos";
import { AppError, isAppError } from "../errors";
import { withStoreErrors } from "./cosmos-store";

export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface DocumentCodec<T> {
  type: string;
  /** Current schema version written by this code. */
  schemaVersion: number;
  id(value: T): string;
  /** Parses a stored document of any known version into the current shape. */
  decode(document: Record<string, unknown>): T;
  /** Optional per-document TTL in seconds (the containers run with defaultTtl -1). */
  ttlSeconds?(value: T): number | undefined;
}

const COSMOS_SYSTEM_FIELDS = ["_rid", "_self", "_etag", "_attachments", "_ts"];
const ENVELOPE_FIELDS = ["id", "type", "schemaVersion", "ttl"];

export function encode<T extends { orgId: string }>(codec: DocumentCodec<T>, value: T): ItemDefinition {
  const ttl = codec.ttlSeconds?.(value);
  return { ...value, id: codec.id(value), type: codec.type, schemaVersion: codec.schemaVersion, ...(ttl ? { ttl } : {}) };
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

/**
 * Applies `mutate` to the freshest version until the write wins. Use it where the change can be
 * re-applied to whatever is current (flags, preferences); where a person edited text against a
 * version they saw, use `replaceIfMatch` and let the CONFLICT reach them.
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
    try {
      return await replaceIfMatch(container, codec, mutate(current.value), current.etag);
    } catch (error) {
      if (!isAppError(error, "CONFLICT") || attempt >= maxAttempts) throw error;
    }
  }
}

export { AppError };
