/**
 * The embedded Cosmos-compatible server (`@vercel/cosmosdb-server`, HTTPS on loopback with a
 * self-signed certificate) that the real `@azure/cosmos` SDK talks to locally and in tests.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Server } from "node:https";
import type { AddressInfo } from "node:net";
import { createHttpsServer } from "@vercel/cosmosdb-server";
import { documentWriteOf, writesOf, type DocumentWriteRequest, type EmbeddedWrite } from "./cosmos-writes";
import { scanEmbeddedContainersInLinearTime } from "./embedded-cosmos-linear-scan";
import { pageEmbeddedQueriesByTheirSize } from "./embedded-cosmos-paging";

/** The local server accepts any key; this one only says so. */
export const EMBEDDED_COSMOS_KEY = "local-embedded-server-accepts-any-key";

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  /** Stops accepting connections and drops open ones (used to simulate an outage too). */
  stop(): Promise<void>;
  /** Lets the process end while the server still listens (a test worker's shared server). */
  unref(): void;
}

export interface EmbeddedCosmosOptions {
  /**
   * Called with the documents a request wrote, before the server answers it: the answer waits
   * for the returned promise, so a write is acknowledged only once it is recorded (the local
   * runtime's journal on disk). When it rejects, the server answers 500 (not stored, as far as
   * the caller knows; a retry finds the document as written).
   */
  recordWrites?: (writes: readonly EmbeddedWrite[]) => Promise<void>;
}

export async function startEmbeddedCosmos(port = 0, options: EmbeddedCosmosOptions = {}): Promise<EmbeddedCosmos> {
  // Without these, a query would copy its list of documents once per document, each of its pages
  // run the whole query again, and a page without an item count hold everything.
  pageEmbeddedQueriesByTheirSize();
  scanEmbeddedContainersInLinearTime();
  // Keep-alive spares a TLS handshake per request (the server closes connections by default).
  const server = createHttpsServer({ keepAlive: true });
  if (options.recordWrites) answerWritesOnceRecorded(server, options.recordWrites);
  // Idle connections stay open until a side closes them. With Node's default (5 s) the server
  // could close a connection the client had just reused, while its request still waited in the
  // socket behind a busy event loop ("socket hang up"); the client's agent keeps them for good.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    endpoint: `https://127.0.0.1:${address.port}`,
    key: EMBEDDED_COSMOS_KEY,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    unref: () => void server.unref(),
  };
}

/** Puts itself in front of the server's own request handler and holds back the answers to writes. */
function answerWritesOnceRecorded(server: Server, record: NonNullable<EmbeddedCosmosOptions["recordWrites"]>): void {
  const serve = server.listeners("request")[0] as RequestListener | undefined;
  if (!serve) throw new Error("the embedded Cosmos server has no request handler");
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const write = documentWriteOf(req.method, req.url, req.headers);
    if (write) holdAnswerUntilRecorded(write, req, res, record);
    serve(req, res);
  });
}

function holdAnswerUntilRecorded(
  write: DocumentWriteRequest,
  req: IncomingMessage,
  res: ServerResponse,
  record: NonNullable<EmbeddedCosmosOptions["recordWrites"]>,
): void {
  // A batch's deletes are named in the request only. Listening as well is safe: the server
  // attaches its own reader in this same tick, before any data flows.
  const requestChunks: Buffer[] = [];
  if (write.operation === "batch") req.on("data", (chunk: Buffer) => requestChunks.push(chunk));
  const end = res.end.bind(res) as (chunk?: string | Buffer) => ServerResponse;
  const notRecorded = () => {
    res.statusCode = 500;
    end(JSON.stringify({ code: "InternalServerError", message: "the write could not be recorded on disk" }));
  };
  res.end = ((chunk?: string | Buffer) => {
    let writes: EmbeddedWrite[];
    try {
      writes = writesOf(write, res.statusCode, chunk?.toString(), Buffer.concat(requestChunks).toString());
    } catch {
      notRecorded();
      return res;
    }
    if (writes.length === 0) return end(chunk);
    record(writes).then(() => end(chunk), notRecorded);
    return res;
  }) as ServerResponse["end"];
}
