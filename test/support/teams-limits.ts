/**
 * How Teams answers proactive sends when it is busy, as a pure policy for the fake Teams
 * connector: its documented rate limits (sliding windows per conversation and per tenant) and
 * failures drawn at configurable rates from a seeded generator, so every run sees the same ones.
 * Counted with code of its own, not the worker's rate limiter: a bug shared by both would hide.
 */

export interface LimitWindow {
  /** Requests accepted within any window of `windowMs`. */
  limit: number;
  windowMs: number;
}

/** Per bot and conversation: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour. */
const TEAMS_CONVERSATION_WINDOWS: readonly LimitWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** Teams' limit per app and tenant, about 50 requests per second. */
const TEAMS_TENANT_REQUESTS_PER_SECOND = 50;

type Admission = { isAdmitted: true } | { isAdmitted: false; scope: "tenant" | "conversation"; retryAfterMs: number };

export interface TeamsLimits {
  /**
   * Admits a request arriving at `nowMs` and counts it, or says which limit it exceeds and
   * when the oldest request in that window leaves it. A refused request is not counted.
   * Without a conversation (creating one) only the tenant's limit applies.
   */
  admit(tenantId: string, conversationId: string | undefined, nowMs: number): Admission;
}

export interface TeamsLimitsOptions {
  tenantRequestsPerSecond?: number;
  conversationWindows?: readonly LimitWindow[];
}

/** The accepted requests of one key, oldest first; only the latest `keep` can matter. */
class Arrivals {
  private readonly times: number[] = [];
  private readonly keep: number;
  private readonly longestMs: number;

  constructor(private readonly windows: readonly LimitWindow[]) {
    this.keep = Math.max(...windows.map((window) => window.limit));
    this.longestMs = Math.max(...windows.map((window) => window.windowMs));
  }

  /** 0 when a request fits every window now, else how long until it would. */
  blockedForMs(nowMs: number): number {
    let blocked = 0;
    for (const { limit, windowMs } of this.windows) {
      const oldestInWindow = this.times[this.times.length - limit];
      if (oldestInWindow !== undefined && oldestInWindow > nowMs - windowMs)
        blocked = Math.max(blocked, oldestInWindow + windowMs - nowMs);
    }
    return blocked;
  }

  add(nowMs: number): void {
    this.times.push(nowMs);
    if (this.times.length > this.keep) this.times.shift();
  }

  isIdle(nowMs: number): boolean {
    const newest = this.times[this.times.length - 1];
    return newest === undefined || newest <= nowMs - this.longestMs;
  }
}

/** Idle keys are dropped every this many admissions, so memory follows the active conversations. */
const SWEEP_EVERY = 5_000;

export function createTeamsLimits(options: TeamsLimitsOptions = {}): TeamsLimits {
  const tenantWindows = [
    { limit: options.tenantRequestsPerSecond ?? TEAMS_TENANT_REQUESTS_PER_SECOND, windowMs: 1_000 },
  ];
  const conversationWindows = options.conversationWindows ?? TEAMS_CONVERSATION_WINDOWS;
  const tenants = new Map<string, Arrivals>();
  const conversations = new Map<string, Arrivals>();
  let admissions = 0;

  const arrivalsOf = (map: Map<string, Arrivals>, key: string, windows: readonly LimitWindow[]) => {
    let arrivals = map.get(key);
    if (!arrivals) {
      arrivals = new Arrivals(windows);
      map.set(key, arrivals);
    }
    return arrivals;
  };

  const sweep = (nowMs: number) => {
    for (const map of [tenants, conversations])
      for (const [key, arrivals] of map) if (arrivals.isIdle(nowMs)) map.delete(key);
  };

  return {
    admit(tenantId, conversationId, nowMs) {
      const tenant = arrivalsOf(tenants, tenantId, tenantWindows);
      const conversation =
        conversationId === undefined
          ? undefined
          : arrivalsOf(conversations, `${tenantId}|${conversationId}`, conversationWindows);
      const conversationBlockedMs = conversation?.blockedForMs(nowMs) ?? 0;
      if (conversationBlockedMs > 0)
        return { isAdmitted: false, scope: "conversation", retryAfterMs: conversationBlockedMs };
      const tenantBlockedMs = tenant.blockedForMs(nowMs);
      if (tenantBlockedMs > 0) return { isAdmitted: false, scope: "tenant", retryAfterMs: tenantBlockedMs };
      tenant.add(nowMs);
      conversation?.add(nowMs);
      if (++admissions % SWEEP_EVERY === 0) sweep(nowMs);
      return { isAdmitted: true };
    },
  };
}

/** Shares of admitted sends that fail instead of arriving, each between 0 and 1. */
export interface FaultRates {
  /** 500, 502, 503 or 504. */
  serverError?: number;
  /** No answer in time (see the connector's timeout mode). */
  timeout?: number;
  /** 403 MessageWritesBlocked: the member blocked the bot; every later send to them fails the same way. */
  blocked?: number;
}

export type Fault =
  { kind: "none" } | { kind: "serverError"; status: number } | { kind: "timeout" } | { kind: "blocked" };

export interface FaultInjector {
  /** The fate of the next admitted send. */
  draw(): Fault;
}

const SERVER_ERROR_STATUSES = [500, 502, 503, 504] as const;

export function createFaultInjector(rates: FaultRates, random: () => number): FaultInjector {
  const blocked = rates.blocked ?? 0;
  const serverError = rates.serverError ?? 0;
  const timeout = rates.timeout ?? 0;
  if ([blocked, serverError, timeout].some((rate) => rate < 0 || rate > 1) || blocked + serverError + timeout > 1) {
    throw new Error("fault rates must be between 0 and 1 and add up to at most 1");
  }
  return {
    draw() {
      const roll = random();
      if (roll < blocked) return { kind: "blocked" };
      if (roll < blocked + serverError) {
        const status = SERVER_ERROR_STATUSES[Math.floor(random() * SERVER_ERROR_STATUSES.length)] ?? 503;
        return { kind: "serverError", status };
      }
      if (roll < blocked + serverError + timeout) return { kind: "timeout" };
      return { kind: "none" };
    },
  };
}

export { seededRandom } from "./seeded-random";
