/**
 * Teams' send limits as sliding windows, per conversation and per tenant. Pure: the caller
 * passes the time, and waits (with an injected sleep) for as long as it is told.
 */

export interface RateWindow {
  /** Sends allowed within any window of `windowMs`. */
  limit: number;
  windowMs: number;
}

/** Per bot and conversation (a 1:1 chat too): 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour. */
export const CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** Teams allows about 50 per second per app and tenant; we stay below it. */
export const DEFAULT_TENANT_RPS = 40;

function tenantWindows(requestsPerSecond: number): RateWindow[] {
  return [{ limit: requestsPerSecond, windowMs: 1_000 }];
}

export interface RateLimiter {
  /** Takes a send slot now and returns 0, or returns how many ms to wait before asking again. */
  tryAcquire(tenantId: string, conversationId: string, nowMs: number): number;
  /** Holds every send to the tenant back until `untilMs` (Teams answered 429 with Retry-After). */
  holdTenant(tenantId: string, untilMs: number): void;
}

export interface RateLimiterOptions {
  conversationWindows?: readonly RateWindow[];
  tenantRequestsPerSecond?: number;
}

/** The send times of one key, oldest first, kept only as long as the longest window needs. */
class SendLog {
  private readonly times: number[] = [];
  private readonly longestMs: number;
  /** Only the latest `limit` sends matter to a window. */
  private readonly keep: number;

  constructor(private readonly windows: readonly RateWindow[]) {
    this.longestMs = Math.max(...windows.map((window) => window.windowMs));
    this.keep = Math.max(...windows.map((window) => window.limit));
  }

  waitMs(nowMs: number): number {
    let wait = 0;
    for (const { limit, windowMs } of this.windows) {
      if (this.times.length < limit) continue;
      // The send that must leave the window before another one fits.
      const blocking = this.times[this.times.length - limit] ?? Number.NEGATIVE_INFINITY;
      wait = Math.max(wait, blocking + windowMs - nowMs);
    }
    return wait;
  }

  record(nowMs: number): void {
    this.times.push(nowMs);
    this.prune(nowMs);
  }

  /** True when nothing in the log can still hold a send back. */
  prune(nowMs: number): boolean {
    while (this.times.length > 0 && ((this.times[0] ?? 0) <= nowMs - this.longestMs || this.times.length > this.keep))
      this.times.shift();
    return this.times.length === 0;
  }
}

/** Idle keys are forgotten every this many acquisitions, so memory follows the active conversations. */
const SWEEP_EVERY = 1_000;

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const conversationWindows = options.conversationWindows ?? CONVERSATION_WINDOWS;
  const perTenant = tenantWindows(options.tenantRequestsPerSecond ?? DEFAULT_TENANT_RPS);
  const conversations = new Map<string, SendLog>();
  const tenants = new Map<string, SendLog>();
  const holds = new Map<string, number>();
  let acquisitions = 0;

  const logOf = (logs: Map<string, SendLog>, key: string, windows: readonly RateWindow[]) => {
    let log = logs.get(key);
    if (!log) {
      log = new SendLog(windows);
      logs.set(key, log);
    }
    return log;
  };

  const sweep = (nowMs: number) => {
    for (const logs of [conversations, tenants]) for (const [key, log] of logs) if (log.prune(nowMs)) logs.delete(key);
    for (const [key, untilMs] of holds) if (untilMs <= nowMs) holds.delete(key);
  };

  return {
    tryAcquire(tenantId, conversationId, nowMs) {
      const tenant = logOf(tenants, tenantId, perTenant);
      const conversation = logOf(conversations, conversationId, conversationWindows);
      const held = (holds.get(tenantId) ?? nowMs) - nowMs;
      const wait = Math.max(held, tenant.waitMs(nowMs), conversation.waitMs(nowMs));
      if (wait > 0) return wait;
      tenant.record(nowMs);
      conversation.record(nowMs);
      if (++acquisitions % SWEEP_EVERY === 0) sweep(nowMs);
      return 0;
    },

    holdTenant(tenantId, untilMs) {
      holds.set(tenantId, Math.max(untilMs, holds.get(tenantId) ?? 0));
    },
  };
}
