import { TurnRateLimiter, type TurnRateLimits } from "../../bot/turn-rate-limiter";

const LIMITS: TurnRateLimits = {
  memberPerSecond: 2,
  memberBurst: 4,
  tenantPerSecond: 10,
  tenantBurst: 20,
  maxTracked: 100,
};

describe("turn rate limits", () => {
  it("admits a member's burst, tells them once to wait, drops the rest, and admits again as the rate refills", () => {
    let now = 0;
    const limiter = new TurnRateLimiter(LIMITS, () => now);
    const first = Array.from({ length: 10 }, () => limiter.admit("t", "anna"));
    expect(first).toEqual(["admit", "admit", "admit", "admit", "tellToWait", "drop", "drop", "drop", "drop", "drop"]);
    now += 500;
    expect(limiter.admit("t", "anna")).toBe("admit");
    expect(limiter.admit("t", "anna")).toBe("tellToWait");
    expect(limiter.admit("t", "bernd")).toBe("admit");
  });

  it("holds back every member of a tenant over the tenant's rate, and keeps tenants apart", () => {
    const limiter = new TurnRateLimiter(LIMITS, () => 0);
    for (let member = 0; member < 5; member++)
      for (let turn = 0; turn < 4; turn++) expect(limiter.admit("t", `m${member}`)).toBe("admit");
    expect(limiter.admit("t", "new")).toBe("tellToWait");
    expect(limiter.admit("other", "new")).toBe("admit");
  });

  it("remembers at most maxTracked members and tenants, however many write", () => {
    const limiter = new TurnRateLimiter(LIMITS, () => 0);
    for (let member = 0; member < 100_000; member++) limiter.admit(`t${member % 1000}`, `m${member}`);
    expect(limiter.trackedCount).toEqual({ members: 100, tenants: 100 });
  });
});
