/**
 * Which documents a request to the embedded Cosmos-compatible server wrote, read from the request
 * and the server's answer (Cosmos REST: create, upsert, replace, patch, delete, transactional batch).
 */
import type { IncomingHttpHeaders } from "node:http";

export type EmbeddedWrite =
  | { kind: "put"; database: string; container: string; document: Record<string, unknown> }
  | { kind: "delete"; database: string; container: string; id: string; partitionKey: PartitionKeyValue };

type PartitionKeyValue = string | number | boolean | null;

/** A request that may write documents, before its answer is known. */
export interface DocumentWriteRequest {
  database: string;
  container: string;
  /** The document named in the path (replace, patch, delete). */
  documentId?: string;
  operation: "createOrUpsert" | "replaceOrPatch" | "delete" | "batch";
  /** The partition key header (delete; default of a batch's operations). */
  partitionKeyHeader?: string;
}

const DOCS_PATH = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs(?:\/([^/]+))?$/;

const isTrue = (value: string | string[] | undefined) =>
  [value ?? []].flat().some((item) => item.toLowerCase() === "true");

/** The document write a request is, or undefined for reads, queries and everything else. */
export function documentWriteOf(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): DocumentWriteRequest | undefined {
  // As the server routes: "//dbs/…" from the SDK, trailing slashes ignored.
  const path = new URL(url ?? "/", "https://localhost").pathname.replace(/^\/\//, "/").replace(/(.)\/+$/, "$1");
  const match = DOCS_PATH.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  const [database, container] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])];
  const documentId = match[3] === undefined ? undefined : decodeURIComponent(match[3]);
  const partitionKeyHeader = [headers["x-ms-documentdb-partitionkey"] ?? []].flat()[0];
  const base = { database, container, ...(partitionKeyHeader === undefined ? {} : { partitionKeyHeader }) };
  if (documentId === undefined) {
    if (method !== "POST") return undefined;
    const isQuery = isTrue(headers["x-ms-documentdb-isquery"]) || headers["content-type"] === "application/query+json";
    if (isQuery) return undefined;
    if (isTrue(headers["x-ms-documentdb-is-upsert"])) return { ...base, operation: "createOrUpsert" };
    if (isTrue(headers["x-ms-cosmos-is-batch-request"])) return { ...base, operation: "batch" };
    return { ...base, operation: "createOrUpsert" };
  }
  if (method === "PUT" || method === "PATCH") return { ...base, documentId, operation: "replaceOrPatch" };
  if (method === "DELETE") return { ...base, documentId, operation: "delete" };
  return undefined;
}

/**
 * What a write request changed, from the status and body the server answers with (and, for a
 * batch, the operations it was sent). Throws when a successful answer cannot be read: the write
 * then cannot be recorded, and must not be acknowledged.
 */
export function writesOf(
  request: DocumentWriteRequest,
  status: number,
  responseText: string | undefined,
  requestText: string,
): EmbeddedWrite[] {
  if (status < 200 || status >= 300) return [];
  const { database, container } = request;
  switch (request.operation) {
    case "createOrUpsert":
    case "replaceOrPatch":
      return [{ kind: "put", database, container, document: documentOf(JSON.parse(responseText ?? "")) }];
    case "delete":
      return [
        {
          kind: "delete",
          database,
          container,
          id: request.documentId ?? "",
          partitionKey: partitionKeyOf(request.partitionKeyHeader, request.documentId ?? ""),
        },
      ];
    case "batch":
      return batchWrites(request, JSON.parse(responseText ?? ""), JSON.parse(requestText));
  }
}

/** Each operation that succeeded (the server applies them one by one and keeps what succeeded). */
function batchWrites(request: DocumentWriteRequest, results: unknown, operations: unknown): EmbeddedWrite[] {
  if (!Array.isArray(results) || !Array.isArray(operations)) throw new Error("unexpected batch body");
  const { database, container } = request;
  const writes: EmbeddedWrite[] = [];
  results.forEach((result: { statusCode?: number; resourceBody?: unknown }, index) => {
    const operation = (operations[index] ?? {}) as { operationType?: string; id?: string; partitionKey?: string };
    if (result.statusCode === undefined || result.statusCode >= 400 || operation.operationType === "Read") return;
    if (operation.operationType === "Delete") {
      const id = operation.id ?? "";
      const header = operation.partitionKey ?? request.partitionKeyHeader;
      writes.push({ kind: "delete", database, container, id, partitionKey: partitionKeyOf(header, id) });
      return;
    }
    writes.push({ kind: "put", database, container, document: documentOf(result.resourceBody) });
  });
  return writes;
}

function documentOf(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || typeof (value as { id?: unknown }).id !== "string")
    throw new Error("the store answered a write without the document");
  return value as Record<string, unknown>;
}

/** As the server reads it: a JSON array (its first value) or a JSON value; absent, the id. */
function partitionKeyOf(header: string | undefined, id: string): PartitionKeyValue {
  if (header === undefined) return id;
  const parsed: unknown = JSON.parse(header);
  const value: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value as PartitionKeyValue;
  throw new Error("unexpected partition key");
}
