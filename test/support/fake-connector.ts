/**
 * A local stand-in for the Bot Framework connector (the `serviceUrl` of an activity): records
 * every activity the bot sends and answers like Teams does. Tests can make it fail on purpose.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface SentActivity {
  conversationId: string;
  path: string;
  activity: Record<string, unknown>;
}

export interface FakeConnector {
  serviceUrl: string;
  sent: SentActivity[];
  /** Answers the next `count` sends with this status (and optional headers). */
  failNext(count: number, status: number, headers?: Record<string, string>, body?: unknown): void;
  /**
   * Holds the next send unanswered until `release()`: the bot's turn that made it stays inside
   * (a turn that is slow for reasons of its own). `arrived` resolves once the send is held.
   */
  holdNextSend(): { arrived: Promise<void>; release(): void };
  clear(): void;
  /** Resolves with the first sent activity (already sent or arriving) that matches; rejects after `timeoutMs`. */
  waitForSent(
    predicate: (activity: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const sent: SentActivity[] = [];
  const failures: { status: number; headers: Record<string, string>; body: unknown }[] = [];
  let counter = 0;
  const waiters = new Set<(entry: SentActivity) => void>();
  const holds: { arrive(): void; released: Promise<void> }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const hold = holds.shift();
      if (!hold) return answer();
      hold.arrive();
      void hold.released.then(answer);
    });
    const answer = () => {
      const failure = failures.shift();
      if (failure) {
        res.writeHead(failure.status, { "content-type": "application/json", ...failure.headers });
        res.end(JSON.stringify(failure.body ?? { error: { code: "Failure", message: "injected" } }));
        return;
      }
      const text = Buffer.concat(chunks).toString("utf8");
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const path = req.url ?? "";
      const created = path.match(/^\/v3\/conversations\/?$/);
      if (created && req.method === "POST") {
        // createConversation: Teams answers with the new 1:1 conversation's id.
        const id = `a:created-${++counter}`;
        res.writeHead(201, { "content-type": "application/json" });
        res.end(JSON.stringify({ id, activityId: `act-${counter}` }));
        return;
      }
      const match = path.match(/^\/v3\/conversations\/([^/]+)\/activities/);
      if (match?.[1]) {
        const entry = { conversationId: decodeURIComponent(match[1]), path, activity: body };
        sent.push(entry);
        for (const notify of [...waiters]) notify(entry);
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `activity-${++counter}` }));
    };
  });
  // Never close an idle connection the client may be reusing at that moment ("socket hang up").
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    failNext(count, status, headers = {}, body) {
      for (let i = 0; i < count; i++) failures.push({ status, headers, body });
    },
    holdNextSend() {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ arrive, released });
      return { arrived, release };
    },
    clear() {
      sent.length = 0;
    },
    waitForSent(predicate, timeoutMs = 20_000) {
      const already = sent.find((entry) => predicate(entry.activity));
      if (already) return Promise.resolve(already.activity);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error("the expected activity was not sent in time"));
        }, timeoutMs);
        const check = (entry: SentActivity) => {
          if (!predicate(entry.activity)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(entry.activity);
        };
        waiters.add(check);
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
