import { mapWithConcurrency } from "../../../bot/domain/concurrency";

describe("mapWithConcurrency", () => {
  it("keeps at most `limit` in flight and returns the results in the input order", async () => {
    const waiting: Array<() => void> = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const running = mapWithConcurrency([1, 2, 3, 4, 5], 2, async (item) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise<void>((resolve) => waiting.push(resolve));
      inFlight--;
      return item * 10;
    });
    // Finish the held calls newest first, one at a time, until all five have run.
    for (let finished = 0; finished < 5; finished++) {
      await Promise.resolve();
      while (waiting.length === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(inFlight).toBeLessThanOrEqual(2);
      waiting.pop()?.();
    }
    expect(await running).toEqual([10, 20, 30, 40, 50]);
    expect(mostInFlight).toBe(2);
  });

  it("does nothing for no items", async () => {
    expect(await mapWithConcurrency([], 4, () => Promise.reject(new Error("not called")))).toEqual([]);
  });
});
