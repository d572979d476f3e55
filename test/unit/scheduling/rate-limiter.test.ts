import fc from "fast-check";
import {
  CONVERSATION_WINDOWS,
  createRateLimiter,
  DEFAULT_TENANT_RPS,
  type RateLimiter,
} from "../../../bot/scheduling/rate-limiter";
import { assertProperty } from "../../support/property-runs";
import { createTeamsLimits } from "../../support/teams-limits";

/** Sends as fast as the limiter allows from `startMs`, waiting exactly as told; returns the send times. */
function sendTimes(
  limiter: RateLimiter,
  count: number,
  key: { tenant: string; conversation: (i: number) => string },
  startMs = 0,
): number[] {
  const times: number[] = [];
  let nowMs = startMs;
  for (let i = 0; i < count; i++) {
    for (
      let wait = limiter.tryAcquire(key.tenant, key.conversation(i), nowMs);
      wait > 0;
      wait = limiter.tryAcquire(key.tenant, key.conversation(i), nowMs)
    ) {
      nowMs += wait;
    }
    times.push(nowMs);
  }
  return times;
}

/** The most sends within any window of `windowMs`. */
function busiestWindow(times: readonly number[], windowMs: number): number {
  let most = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while ((times[j] ?? 0) - (times[i] ?? 0) >= windowMs) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

/** How a fan-out's sends go out in real time: lanes asking at once, timers that fire late. */
interface Lanes {
  /** Sends in flight at once, each asking the limiter for its next send. */
  lanes: number;
  /** How late each timer fires, in ms, one value per wait (used round robin). */
  timerLateness: readonly number[];
}

/**
 * A fan-out of `count` sends to different members of one tenant: each lane asks the limiter,
 * sleeps as told (and wakes as late as its timer fires), asks again, and sends when let. Lanes
 * run in the order of their wake-up times, as timers do. Returns when each send started.
 */
function fanOutStarts(limiter: RateLimiter, count: number, { lanes, timerLateness }: Lanes): number[] {
  const starts: number[] = [];
  const wakeAt = Array.from({ length: lanes }, () => 0);
  let waits = 0;
  while (starts.length < count) {
    const lane = wakeAt.indexOf(Math.min(...wakeAt));
    const nowMs = wakeAt[lane] ?? 0;
    const wait = limiter.tryAcquire("tenant-a", `a:chat-${starts.length}`, nowMs);
    if (wait === 0) starts.push(nowMs);
    wakeAt[lane] = nowMs + wait + (wait > 0 ? (timerLateness[waits++ % timerLateness.length] ?? 0) : 0);
  }
  return starts;
}

/** Whether Teams (the fake connector's own count, 50 per second and tenant) admits every request arriving at these times. */
function teamsAdmitsAll(arrivals: readonly number[]): boolean {
  const teams = createTeamsLimits({ tenantRequestsPerSecond: 50 });
  return [...arrivals].sort((a, b) => a - b).every((at, i) => teams.admit("tenant-a", `a:chat-${i}`, at).isAdmitted);
}

/** How much later some requests may reach Teams than those after them: Teams' count still holds with room (about 75 ms at 46 per second). */
const ARRIVAL_DELAY_MS = 40;
/** How late a timer may fire without costing rate (the limiter keeps the turns for a send up to 10 ms late). */
const TIMER_LATENESS_MS = 8;

describe("rate limiter", () => {
  const oneChat = { tenant: "tenant-a", conversation: () => "a:chat-1" };
  const intervalMs = 1_000 / DEFAULT_TENANT_RPS;

  it("lets 7 sends into one conversation within a second and holds the 8th until the first leaves the window", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 1_000 });
    for (let i = 0; i < 7; i++) expect(limiter.tryAcquire("tenant-a", "a:chat-1", i)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 7)).toBe(993);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 999)).toBe(1);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 1_000)).toBe(0);
  });

  it("allows at most 8 sends per 2 seconds into one conversation", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 1_000 });
    for (let i = 0; i < 7; i++) limiter.tryAcquire("tenant-a", "a:chat-1", i);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 1_000)).toBe(0);
    // The 1-second window has room again, the 2-second one does not.
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 1_500)).toBe(500);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 2_000)).toBe(0);
  });

  it("keeps every conversation window over a long burst: 7/1 s, 8/2 s, 60/30 s, 1800/h", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 1_000 });
    const times = sendTimes(limiter, 1_900, oneChat);
    for (const { limit, windowMs } of CONVERSATION_WINDOWS)
      expect([windowMs, busiestWindow(times, windowMs)]).toEqual([windowMs, limit]);
    // 1,800 in the first hour, the rest only once the hour has passed.
    expect(times[1_799]).toBeLessThan(3_600_000);
    expect(times[1_800]).toBeGreaterThanOrEqual(3_600_000);
  });

  it(`sends to many conversations of one tenant at the tenant's rate, ${DEFAULT_TENANT_RPS} per second by default`, () => {
    const limiter = createRateLimiter();
    const times = sendTimes(limiter, 5_000, { tenant: "tenant-a", conversation: (i) => `a:chat-${i}` });
    expect(busiestWindow(times, 1_000)).toBe(DEFAULT_TENANT_RPS);
    // 5,000 sends at the rate: the last one goes out after 4,999 intervals.
    expect(times.at(-1)).toBe(Math.ceil(4_999 * intervalMs));
  });

  it("spaces a tenant's sends evenly instead of letting a second's allowance go at one instant", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 10 });
    const times = sendTimes(limiter, 31, { tenant: "tenant-a", conversation: (i) => `a:chat-${i}` });
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    expect(gaps).toEqual(Array.from({ length: 30 }, () => 100));
  });

  it("limits each tenant on its own, at the configured rate", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 10 });
    expect(limiter.tryAcquire("tenant-a", "a:chat-0", 0)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 0)).toBe(100);
    expect(limiter.tryAcquire("tenant-b", "b:chat-1", 0)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 100)).toBe(0);
  });

  it("starts again at once after a pause instead of catching up on the sends it did not make", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 10 });
    expect(limiter.tryAcquire("tenant-a", "a:chat-0", 0)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 60_000)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-2", 60_000)).toBe(100);
  });

  it("holds a tenant back until a Retry-After has passed", () => {
    const limiter = createRateLimiter();
    limiter.holdTenant("tenant-a", 30_000);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 0)).toBe(30_000);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 29_000)).toBe(1_000);
    expect(limiter.tryAcquire("tenant-b", "b:chat-1", 0)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 30_000)).toBe(0);
  });

  it("records nothing for a send it holds back", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 1 });
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 0)).toBe(0);
    for (let i = 0; i < 5; i++) expect(limiter.tryAcquire("tenant-a", "a:chat-2", 500)).toBe(500);
    expect(limiter.tryAcquire("tenant-a", "a:chat-2", 1_000)).toBe(0);
  });

  it(`keeps Teams' 50 per second at the default rate when requests reach Teams up to ${ARRIVAL_DELAY_MS} ms late and timers fire up to ${TIMER_LATENESS_MS} ms late`, () => {
    // The network is slow for a while, then fast again: the stretch that hurts a limiter that lets bursts go.
    const stretch = fc.record({
      sends: fc.integer({ min: 1, max: 120 }),
      delayMs: fc.integer({ min: 0, max: ARRIVAL_DELAY_MS }),
    });
    assertProperty(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.array(fc.integer({ min: 0, max: TIMER_LATENESS_MS }), { minLength: 1, maxLength: 50 }),
        fc.array(stretch, { minLength: 1, maxLength: 20 }),
        (lanes, timerLateness, stretches) => {
          const starts = fanOutStarts(createRateLimiter(), 400, { lanes, timerLateness });
          const delays = stretches.flatMap(({ sends, delayMs }) => Array.from({ length: sends }, () => delayMs));
          const arrivals = starts.map((start, i) => start + (delays[i % delays.length] ?? 0));
          expect(teamsAdmitsAll(arrivals)).toBe(true);
          // Late timers cost no rate: 400 sends take 399 intervals, and the last timer's lateness.
          expect(starts.at(-1)).toBeLessThanOrEqual(Math.ceil(399 * intervalMs) + TIMER_LATENESS_MS);
        },
      ),
      { numRuns: 60 },
    );
  });
});
