import { CONVERSATION_WINDOWS, createRateLimiter, type RateLimiter } from "../../../bot/scheduling/rate-limiter";

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

describe("rate limiter", () => {
  const oneChat = { tenant: "tenant-a", conversation: () => "a:chat-1" };

  it("lets 7 sends into one conversation within a second and holds the 8th until the first leaves the window", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 1_000 });
    for (let i = 0; i < 7; i++) expect(limiter.tryAcquire("tenant-a", "a:chat-1", 0)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 0)).toBe(1_000);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 999)).toBe(1);
    expect(limiter.tryAcquire("tenant-a", "a:chat-1", 1_000)).toBe(0);
  });

  it("allows at most 8 sends per 2 seconds into one conversation", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 1_000 });
    for (let i = 0; i < 7; i++) limiter.tryAcquire("tenant-a", "a:chat-1", 0);
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

  it("sends to many conversations of one tenant at the tenant's rate, 40 per second by default", () => {
    const limiter = createRateLimiter();
    const times = sendTimes(limiter, 5_000, { tenant: "tenant-a", conversation: (i) => `a:chat-${i}` });
    expect(busiestWindow(times, 1_000)).toBe(40);
    // 5,000 sends at 40 per second: the last one goes out after 124 seconds.
    expect(times.at(-1)).toBe(124_000);
  });

  it("limits each tenant on its own, at the configured rate", () => {
    const limiter = createRateLimiter({ tenantRequestsPerSecond: 10 });
    for (let i = 0; i < 10; i++) expect(limiter.tryAcquire("tenant-a", `a:chat-${i}`, 0)).toBe(0);
    expect(limiter.tryAcquire("tenant-a", "a:chat-10", 0)).toBe(1_000);
    expect(limiter.tryAcquire("tenant-b", "b:chat-1", 0)).toBe(0);
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
});
