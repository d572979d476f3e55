/**
 * A fake Teams connector that behaves like a busy Teams: it enforces the per-conversation and
 * per-tenant rate limits with 429 and Retry-After, and fails a configurable share of sends with
 * 5xx, timeouts and 403 MessageWritesBlocked. Its clock is injected, so a benchmark that moves a
 * simulated clock sees the limits in simulated time; its failures come from a seeded generator,
 * so every run fails the same sends.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { SentActivity } from "./fake-connector";
import { recipientOf } from "./held-sends";
import {
  createFaultInjector,
  createTeamsLimits,
  seededRandom,
  type FaultRates,
  type LimitWindow,
  type TeamsLimits,
} from "./teams-limits";

export interface TeamsLimitsConnectorOptions {
  /**
   * When a request arrives, in ms since the epoch; default the real time. A benchmark with a
   * simulated clock can date each request by the activity it carries (when it was sent).
   */
  now?: (activity: Record<string, unknown>) => number;
  /** Default 50, Teams' limit per app and tenant. */
  tenantRequestsPerSecond?: number;
  /** Default Teams' windows (7/1 s, 8/2 s, 60/30 s, 1800/h). */
  conversationWindows?: readonly LimitWindow[];
  faults?: FaultRates;
  /** Seed of the generator that decides which sends fail. */
  seed?: number;
  /**
   * What a timeout is: "hang" never answers and delivers nothing (the sender gives up); "late"
   * delivers the message but answers only after `lateAnswerMs` of real time, when the sender
   * may have given up already (the case that tempts a retry into a duplicate).
   */
  timeoutMode?: "hang" | "late";
  lateAnswerMs?: number;
  /** Told the user of each send it holds unanswered ("hang"); see held-sends.ts. */
  onHold?: (userId: string) => void;
  /** Keep every delivered activity in `sent` (default true); a benchmark of 10,000 sends looks at them in `onSent` instead. */
  keepActivities?: boolean;
  onSent?: (entry: SentActivity) => void;
}

export interface ConnectorStats {
  /** Every request that reached the connector. */
  requests: number;
  /** Activities delivered into a conversation. */
  delivered: number;
  conversationsCreated: number;
  throttledByTenant: number;
  throttledByConversation: number;
  serverErrors: number;
  timeouts: number;
  blocked: number;
}

export interface TeamsLimitsConnector {
  serviceUrl: string;
  /** Delivered activities, oldest first (empty with `keepActivities: false`). */
  sent: SentActivity[];
  stats(): ConnectorStats;
  clear(): void;
  /** Stops, dropping requests that were never answered. */
  stop(): Promise<void>;
}

const TIMEOUT_MODES = ["hang", "late"] as const;
const DEFAULT_LATE_ANSWER_MS = 60_000;

export async function startTeamsLimitsConnector(
  options: TeamsLimitsConnectorOptions = {},
): Promise<TeamsLimitsConnector> {
  const now = options.now ?? (() => Date.now());
  const limits: TeamsLimits = createTeamsLimits({
    ...(options.tenantRequestsPerSecond !== undefined
      ? { tenantRequestsPerSecond: options.tenantRequestsPerSecond }
      : {}),
    ...(options.conversationWindows ? { conversationWindows: options.conversationWindows } : {}),
  });
  const faults = createFaultInjector(options.faults ?? {}, seededRandom(options.seed ?? 1));
  const timeoutMode = options.timeoutMode ?? "hang";
  if (!TIMEOUT_MODES.includes(timeoutMode)) throw new Error(`timeoutMode must be one of ${TIMEOUT_MODES.join(", ")}`);
  const keepActivities = options.keepActivities ?? true;
  const sent: SentActivity[] = [];
  const blockedConversations = new Set<string>();
  const lateAnswers = new Set<NodeJS.Timeout>();
  const stats: ConnectorStats = {
    requests: 0,
    delivered: 0,
    conversationsCreated: 0,
    throttledByTenant: 0,
    throttledByConversation: 0,
    serverErrors: 0,
    timeouts: 0,
    blocked: 0,
  };
  let counter = 0;

  const answer = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  const failure = (code: string, message: string) => ({ error: { code, message } });

  const deliver = (conversationId: string, path: string, activity: Record<string, unknown>) => {
    const entry = { conversationId, path, activity };
    stats.delivered++;
    if (keepActivities) sent.push(entry);
    options.onSent?.(entry);
    return `activity-${++counter}`;
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, activity: Record<string, unknown>) => {
    stats.requests++;
    const path = req.url ?? "";
    const isCreate = req.method === "POST" && /^\/v3\/conversations\/?$/.test(path);
    const conversationMatch = path.match(/^\/v3\/conversations\/([^/]+)\/activities/);
    if (!isCreate && !conversationMatch?.[1]) return answer(res, 404, failure("NotFound", "unknown operation"));
    const conversationId = conversationMatch?.[1] ? decodeURIComponent(conversationMatch[1]) : undefined;

    const admission = limits.admit(tenantOf(activity), conversationId, now(activity));
    if (!admission.isAdmitted) {
      stats[admission.scope === "tenant" ? "throttledByTenant" : "throttledByConversation"]++;
      // Teams says whole seconds.
      const retryAfter = String(Math.max(1, Math.ceil(admission.retryAfterMs / 1_000)));
      return answer(res, 429, failure("Throttled", "too many requests"), { "Retry-After": retryAfter });
    }

    if (isCreate) {
      stats.conversationsCreated++;
      return answer(res, 201, { id: `a:created-${++counter}`, activityId: `act-${counter}` });
    }
    const conversation = conversationId ?? "";
    if (blockedConversations.has(conversation)) {
      stats.blocked++;
      return answer(res, 403, failure("MessageWritesBlocked", "the user blocked the bot"));
    }
    const fault = faults.draw();
    switch (fault.kind) {
      case "blocked":
        blockedConversations.add(conversation);
        stats.blocked++;
        return answer(res, 403, failure("MessageWritesBlocked", "the user blocked the bot"));
      case "serverError":
        stats.serverErrors++;
        return answer(res, fault.status, failure("ServiceError", "injected"));
      case "timeout": {
        stats.timeouts++;
        if (timeoutMode === "hang") {
          // Never answered; stop() drops the connection.
          const userId = recipientOf(activity);
          if (userId) options.onHold?.(userId);
          return;
        }
        const id = deliver(conversation, path, activity);
        const timer = setTimeout(() => {
          lateAnswers.delete(timer);
          if (!res.destroyed) answer(res, 200, { id });
        }, options.lateAnswerMs ?? DEFAULT_LATE_ANSWER_MS);
        lateAnswers.add(timer);
        return;
      }
      case "none":
        return answer(res, 200, { id: deliver(conversation, path, activity) });
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: Record<string, unknown> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return answer(res, 400, failure("BadSyntax", "body is not JSON"));
      }
      handle(req, res, body);
    });
  });
  // Never close an idle connection the client may be reusing at that moment ("socket hang up").
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    stats: () => ({ ...stats }),
    clear() {
      sent.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of lateAnswers) clearTimeout(timer);
        lateAnswers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The tenant a request counts against: the activity's conversation, or the new conversation's parameters. */
function tenantOf(body: Record<string, unknown>): string {
  const conversation = body.conversation as { tenantId?: unknown } | undefined;
  const channelData = body.channelData as { tenant?: { id?: unknown } } | undefined;
  const candidates = [conversation?.tenantId, body.tenantId, channelData?.tenant?.id];
  const tenantId = candidates.find((value): value is string => typeof value === "string" && value.length > 0);
  return tenantId ?? "unknown-tenant";
}
