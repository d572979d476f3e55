import { nextOccurrence, parseNcrontab } from "../../../functions/local/ncrontab";
import { startLocalTimers } from "../../../functions/local/local-timers";

const next = (expression: string, after: string) =>
  nextOccurrence(parseNcrontab(expression), new Date(after)).toISOString();

describe("NCRONTAB schedules of the local timer runner", () => {
  it("runs the scheduler every 5 minutes and the worker every minute, on the full second", () => {
    expect(next("0 */5 * * * *", "2026-11-24T09:02:17.500Z")).toBe("2026-11-24T09:05:00.000Z");
    expect(next("0 */5 * * * *", "2026-11-24T09:05:00.000Z")).toBe("2026-11-24T09:10:00.000Z");
    expect(next("0 * * * * *", "2026-11-24T09:02:17.000Z")).toBe("2026-11-24T09:03:00.000Z");
    expect(next("*/10 * * * * *", "2026-11-24T09:02:17.000Z")).toBe("2026-11-24T09:02:20.000Z");
  });

  it("understands ranges, lists, month and weekday names, in UTC like the Functions host", () => {
    expect(next("0 30 9 * * Mon-Fri", "2026-11-28T12:00:00.000Z")).toBe("2026-11-30T09:30:00.000Z");
    expect(next("0 0 8,20 1 jan *", "2026-11-24T00:00:00.000Z")).toBe("2027-01-01T08:00:00.000Z");
    expect(next("0 0 0 * * 7", "2026-11-24T00:00:00.000Z")).toBe("2026-11-29T00:00:00.000Z");
  });

  it("refuses expressions it cannot read", () => {
    expect(() => parseNcrontab("*/5 * * * *")).toThrow(/six-field/);
    expect(() => parseNcrontab("0 61 * * * *")).toThrow(/not a valid/);
    expect(() => parseNcrontab("0 */0 * * * *")).toThrow(/not a valid/);
  });

  it("calls a registered timer function on its schedule, not past due, until stopped", async () => {
    let resolveRun: (isPastDue: boolean) => void = () => undefined;
    const ran = new Promise<boolean>((resolve) => (resolveRun = resolve));
    const timers = startLocalTimers([
      { name: "every-second", schedule: "* * * * * *", handler: async (timer) => resolveRun(timer.isPastDue) },
    ]);
    try {
      expect(await ran).toBe(false);
    } finally {
      await timers.stop();
    }
  });
});
