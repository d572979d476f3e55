/**
 * A Bot Framework connector that misbehaves on purpose: a proxy in front of the fake connector
 * that answers the next sends with an error status, never answers, drops the connection, or
 * passes the card on and then never acknowledges it (Teams took it, the bot cannot know).
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { startFakeConnector, type FakeConnector } from "../../support/fake-connector";

export type ConnectorFault =
  /** No fault: the send goes through (to leave gaps between faults). */
  | { kind: "pass" }
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: unknown }
  /** No answer at all; the card never reaches Teams. */
  | { kind: "hang" }
  /** The connection drops before any answer; the card never reaches Teams. */
  | { kind: "reset" }
  /** Teams shows the card, but its answer never comes back. */
  | { kind: "deliverThenHang" };

export interface FlakyConnector {
  /** For activities and stored conversation references: every send passes through the faults. */
  serviceUrl: string;
  /** What reached "Teams": only cards that got past the faults. */
  teams: FakeConnector;
  /** The next sends meet these faults, one each, in order; later sends pass. */
  inject(...faults: ConnectorFault[]): void;
  /** Sends that met each kind of fault so far. */
  faultsMet(): Record<ConnectorFault["kind"], number>;
  /** Forgets faults not met yet, the counts and what reached Teams. */
  reset(): void;
  stop(): Promise<void>;
}

export async function startFlakyConnector(): Promise<FlakyConnector> {
  const teams = await startFakeConnector();
  const target = new URL(teams.serviceUrl);
  const queue: ConnectorFault[] = [];
  const met: Record<ConnectorFault["kind"], number> = { pass: 0, status: 0, hang: 0, reset: 0, deliverThenHang: 0 };
  const held = new Set<http.ServerResponse>();

  const forward = (
    req: http.IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      upstream.on("error", reject);
      upstream.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const fault = queue.shift();
      if (fault) met[fault.kind]++;
      switch (fault?.kind) {
        case "status":
          res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
          res.end(JSON.stringify(fault.body ?? { error: { code: "ServiceError", message: "injected" } }));
          return;
        case "hang":
          held.add(res);
          return;
        case "reset":
          req.socket.destroy();
          return;
        case "deliverThenHang":
          void forward(req, body).then(
            () => held.add(res),
            () => held.add(res),
          );
          return;
        default:
          forward(req, body).then(
            (answer) => {
              res.writeHead(answer.status, answer.headers);
              res.end(answer.body);
            },
            () => {
              res.writeHead(502);
              res.end();
            },
          );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    teams,
    inject: (...faults) => void queue.push(...faults),
    faultsMet: () => ({ ...met }),
    reset() {
      queue.length = 0;
      for (const kind of Object.keys(met) as ConnectorFault["kind"][]) met[kind] = 0;
      teams.clear();
    },
    async stop() {
      for (const res of held) res.destroy();
      held.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await teams.stop();
    },
  };
}
