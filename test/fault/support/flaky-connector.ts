/**
 * A Bot Framework connector that misbehaves on purpose: a proxy in front of the fake connector
 * that answers the next sends with an error status, never answers, drops the connection, or
 * passes the card on and then never acknowledges it (Teams took it, the bot cannot know).
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { startFakeConnector, type FakeConnector } from "../../support/fake-connector";
import { recipientOf } from "../../support/held-sends";

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

export interface FlakyConnectorOptions {
  /** Told the user of each send it holds unanswered ("hang", "deliverThenHang"); see test/support/held-sends.ts. */
  onHold?: (userId: string) => void;
}

export async function startFlakyConnector(options: FlakyConnectorOptions = {}): Promise<FlakyConnector> {
  const teams = await startFakeConnector();
  const target = new URL(teams.serviceUrl);
  const queue: ConnectorFault[] = [];
  const met: Record<ConnectorFault["kind"], number> = { pass: 0, status: 0, hang: 0, reset: 0, deliverThenHang: 0 };
  const held = new Set<http.ServerResponse>();
  const hold = (res: http.ServerResponse, body: Buffer) => {
    held.add(res);
    const userId = recipientOf(parsed(body));
    if (userId) options.onHold?.(userId);
  };

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
          hold(res, body);
          return;
        case "reset":
          req.socket.destroy();
          return;
        case "deliverThenHang":
          void forward(req, body).then(
            () => hold(res, body),
            () => hold(res, body),
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
  // Never close an idle connection the client may be reusing at that moment ("socket hang up").
  server.keepAliveTimeout = 0;
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

function parsed(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
