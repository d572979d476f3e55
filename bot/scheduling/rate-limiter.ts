/**
 * Teams' send limits: sliding windows per conversation, evenly spaced sends per tenant. Pure: the
 * caller passes the time, and waits (with an injected sleep) for as long as it is told.
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

/**
 * Proactive sends per second and tenant (the setting DELIVERY_TENANT_RPS defaults to it). Teams
 * allows about 50 per app and tenant. 46, paced evenly, is the lowest rate at which the fan-out
 * benchmark reaches 90 % of the limit (91 %, no 429); it leaves 4 a second for the app's other
 * messages in the tenant (replies, finished exports) and lets requests reach Teams about 75 ms
 * unevenly late before a second there holds more than 50 (docs/operations.md, section 15).
 */
export const DEFAULT_TENANT_RPS = 46;

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

/**
 * A send that starts up to this much after its turn keeps the turns after it where they were:
 * a timer that fires a few ms late would otherwise cost its lateness on every send. A second
 * then holds one send more than the rate at most (a late send and the next on time).
 */
const MAX_LATE_MS = 10;
const ROUNDING_MS = 1e-6;

/**
 * One tenant's sends, started 1/rate apart (the generic cell rate algorithm), so that any
 * second holds the rate. A sliding window of a second (as per conversation) would let the whole
 * second's allowance go at one instant, and Teams counts per second too: a few requests of such
 * a burst that reach Teams a little later than the next second's burst (network, a busy event
 * loop, a new connection) are counted with it, and Teams answers 429. Spaced evenly, requests
 * may reach Teams up to 50 intervals − 1 s later than the ones after them before a second there
 * holds more than 50 (about 75 ms at the default rate, 85 without late timers; tested with 40 ms in
 * test/unit/scheduling/rate-limiter.test.ts).
 */
class TenantPacer {
  /** When the next send may start. */
  private dueMs = Number.NEGATIVE_INFINITY;
  private readonly intervalMs: number;

  constructor(requestsPerSecond: number) {
    this.intervalMs = 1_000 / requestsPerSecond;
  }

  waitMs(nowMs: number): number {
    // Turns are fractions of a ms; summed up, 46 of them can come to 999.9999 instead of 1,000.
    return Math.max(0, Math.ceil(this.dueMs - nowMs - ROUNDING_MS));
  }

  record(nowMs: number): void {
    // After a pause the turns start again from now; they are not caught up in a burst.
    const turnMs = nowMs - this.dueMs <= MAX_LATE_MS ? this.dueMs : nowMs;
    this.dueMs = turnMs + this.intervalMs;
  }

  /** True when the pacer holds nothing back any more, so it can be forgotten. */
  isIdle(nowMs: number): boolean {
    return this.dueMs <= nowMs;
  }
}

/** Idle keys are forgotten every this many acquisitions, so memory follows the active conversations. */
const SWEEP_EVERY = 1_000;

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const conversationWindows = options.conversationWindows ?? CONVERSATION_WINDOWS;
  const tenantRequestsPerSecond = options.tenantRequestsPerSecond ?? DEFAULT_TENANT_RPS;
  const conversations = new Map<string, SendLog>();
  const tenants = new Map<string, TenantPacer>();
  const holds = new Map<string, number>();
  let acquisitions = 0;

  const conversationLog = (conversationId: string) => {
    let log = conversations.get(conversationId);
    if (!log) {
      log = new SendLog(conversationWindows);
      conversations.set(conversationId, log);
    }
    return log;
  };
  const tenantPacer = (tenantId: string) => {
    let pacer = tenants.get(tenantId);
    if (!pacer) {
      pacer = new TenantPacer(tenantRequestsPerSecond);
      tenants.set(tenantId, pacer);
    }
    return pacer;
  };

  const sweep = (nowMs: number) => {
    for (const [key, log] of conversations) if (log.prune(nowMs)) conversations.delete(key);
    for (const [key, pacer] of tenants) if (pacer.isIdle(nowMs)) tenants.delete(key);
    for (const [key, untilMs] of holds) if (untilMs <= nowMs) holds.delete(key);
  };

  return {
    tryAcquire(tenantId, conversationId, nowMs) {
      const tenant = tenantPacer(tenantId);
      const conversation = conversationLog(conversationId);
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
