/**
 * The embedded Cosmos-compatible server (`@vercel/cosmosdb-server`, HTTPS on loopback with a
 * self-signed certificate) that the real `@azure/cosmos` SDK talks to locally and in tests.
 */
import type { AddressInfo } from "node:net";
import { createHttpsServer } from "@vercel/cosmosdb-server";

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

export async function startEmbeddedCosmos(port = 0): Promise<EmbeddedCosmos> {
  // Keep-alive spares a TLS handshake per request (the server closes connections by default).
  const server = createHttpsServer({ keepAlive: true });
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
