import { createFaultInjector, createTeamsLimits, seededRandom, type Fault } from "../support/teams-limits";

const TENANT = "tenant-a";

/** Sends `count` requests to one conversation, `gapMs` apart from `startMs`; all must be admitted. */
function admitSeries(
  limits: ReturnType<typeof createTeamsLimits>,
  conversation: string,
  count: number,
  gapMs: number,
  startMs = 0,
): number {
  let at = startMs;
  for (let i = 0; i < count; i++, at += gapMs)
    expect(limits.admit(TENANT, conversation, at)).toEqual({ isAdmitted: true });
  return at;
}

describe("Teams' rate limits in the fake connector", () => {
  it("lets 7 sends into one conversation within a second and tells the 8th how long to wait", () => {
    const limits = createTeamsLimits();
    admitSeries(limits, "a:1", 7, 100);
    expect(limits.admit(TENANT, "a:1", 700)).toEqual({ isAdmitted: false, scope: "conversation", retryAfterMs: 300 });
    expect(limits.admit(TENANT, "a:1", 1_000)).toEqual({ isAdmitted: true });
  });

  it("allows 8 sends per 2 seconds in one conversation", () => {
    const limits = createTeamsLimits();
    admitSeries(limits, "a:1", 7, 0);
    expect(limits.admit(TENANT, "a:1", 1_000)).toEqual({ isAdmitted: true });
    expect(limits.admit(TENANT, "a:1", 1_500)).toEqual({ isAdmitted: false, scope: "conversation", retryAfterMs: 500 });
  });

  it("allows 60 sends per 30 seconds in one conversation", () => {
    const limits = createTeamsLimits();
    const next = admitSeries(limits, "a:1", 60, 300);
    expect(limits.admit(TENANT, "a:1", next)).toEqual({
      isAdmitted: false,
      scope: "conversation",
      retryAfterMs: 30_000 - next,
    });
  });

  it("allows 1,800 sends per hour in one conversation", () => {
    const limits = createTeamsLimits();
    const next = admitSeries(limits, "a:1", 1_800, 1_500);
    expect(limits.admit(TENANT, "a:1", next)).toEqual({
      isAdmitted: false,
      scope: "conversation",
      retryAfterMs: 3_600_000 - next,
    });
  });

  it("limits the tenant across its conversations: 50 per second unless configured otherwise", () => {
    const limits = createTeamsLimits();
    for (let i = 0; i < 50; i++) expect(limits.admit(TENANT, `a:${i}`, i * 10)).toEqual({ isAdmitted: true });
    expect(limits.admit(TENANT, "a:50", 600)).toEqual({ isAdmitted: false, scope: "tenant", retryAfterMs: 400 });
    expect(limits.admit("tenant-b", "a:50", 600)).toEqual({ isAdmitted: true });

    const strict = createTeamsLimits({ tenantRequestsPerSecond: 2 });
    expect(strict.admit(TENANT, "a:1", 0).isAdmitted).toBe(true);
    expect(strict.admit(TENANT, "a:2", 0).isAdmitted).toBe(true);
    expect(strict.admit(TENANT, "a:3", 0)).toEqual({ isAdmitted: false, scope: "tenant", retryAfterMs: 1_000 });
  });

  it("applies only the tenant's limit to creating a conversation", () => {
    const limits = createTeamsLimits({ tenantRequestsPerSecond: 1 });
    expect(limits.admit(TENANT, undefined, 0)).toEqual({ isAdmitted: true });
    expect(limits.admit(TENANT, undefined, 10)).toMatchObject({ isAdmitted: false, scope: "tenant" });
  });

  it("does not count refused requests against the sender", () => {
    const limits = createTeamsLimits({ tenantRequestsPerSecond: 1 });
    expect(limits.admit(TENANT, "a:1", 0).isAdmitted).toBe(true);
    for (let at = 100; at < 1_000; at += 100) expect(limits.admit(TENANT, "a:1", at).isAdmitted).toBe(false);
    expect(limits.admit(TENANT, "a:1", 1_000).isAdmitted).toBe(true);
  });

  it("keeps limiting a busy conversation while it forgets idle ones", () => {
    const limits = createTeamsLimits({ tenantRequestsPerSecond: 100_000 });
    admitSeries(limits, "busy", 7, 0);
    // Enough other conversations, long after, to trigger the sweep of idle ones.
    for (let i = 0; i < 5_000; i++) limits.admit(TENANT, `idle-${i}`, 500);
    expect(limits.admit(TENANT, "busy", 600)).toMatchObject({ isAdmitted: false, scope: "conversation" });
  });
});

describe("failures injected by the fake connector", () => {
  const draws = (seed: number, count: number, rates = { serverError: 0.01, timeout: 0.01, blocked: 0.01 }): Fault[] => {
    const faults = createFaultInjector(rates, seededRandom(seed));
    return Array.from({ length: count }, () => faults.draw());
  };

  it("fails the same sends in every run with the same seed", () => {
    expect(draws(42, 2_000)).toEqual(draws(42, 2_000));
    expect(draws(42, 2_000)).not.toEqual(draws(43, 2_000));
  });

  it("fails about the configured share of sends, with 5xx statuses Teams uses", () => {
    const sample = draws(7, 20_000, { serverError: 0.01, timeout: 0.005, blocked: 0.002 });
    const count = (kind: Fault["kind"]) => sample.filter((fault) => fault.kind === kind).length;
    expect(count("serverError")).toBeGreaterThan(140);
    expect(count("serverError")).toBeLessThan(260);
    expect(count("timeout")).toBeGreaterThan(60);
    expect(count("timeout")).toBeLessThan(140);
    expect(count("blocked")).toBeGreaterThan(15);
    expect(count("blocked")).toBeLessThan(70);
    const statuses = new Set(sample.flatMap((fault) => (fault.kind === "serverError" ? [fault.status] : [])));
    expect([...statuses].sort()).toEqual([500, 502, 503, 504]);
  });

  it("fails nothing when no rates are given", () => {
    expect(draws(1, 1_000, { serverError: 0, timeout: 0, blocked: 0 }).every((fault) => fault.kind === "none")).toBe(
      true,
    );
  });

  it("refuses rates that cannot be shares", () => {
    expect(() => createFaultInjector({ serverError: 0.6, timeout: 0.6 }, Math.random)).toThrow("fault rates");
    expect(() => createFaultInjector({ blocked: -0.1 }, Math.random)).toThrow("fault rates");
  });
});
