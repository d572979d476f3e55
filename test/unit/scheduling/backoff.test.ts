import { backoffDelayMs, DEFAULT_BACKOFF } from "../../../bot/scheduling/backoff";

describe("retry backoff", () => {
  it("doubles the wait with each attempt, jittered between half and all of it", () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const ceiling = 30_000 * 2 ** (attempt - 1);
      expect([attempt, backoffDelayMs(attempt, () => 0)]).toEqual([attempt, ceiling / 2]);
      expect([attempt, backoffDelayMs(attempt, () => 1)]).toEqual([attempt, ceiling]);
    }
  });

  it("never waits longer than the policy's maximum, however many attempts", () => {
    for (let attempt = 1; attempt <= 40; attempt++)
      expect(backoffDelayMs(attempt, () => 1)).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxMs);
    expect(backoffDelayMs(40, () => 0)).toBe(DEFAULT_BACKOFF.maxMs / 2);
  });

  it("stays within its bounds whatever the random source returns", () => {
    for (const share of [-1, 0, 0.3, 0.999, 1, 7, Number.NaN]) {
      const delay = backoffDelayMs(2, () => share);
      expect([share, delay >= 30_000 && delay <= 60_000]).toEqual([share, true]);
    }
  });
});
