import { progressRanges } from "../../../bot/domain/progress-period";
import { NOW, progressOrg } from "./progress-fixtures";

const iso = (ms: number) => new Date(ms).toISOString();

describe("progress periods", () => {
  it("compares this month so far with the same days of last month", () => {
    const config = progressOrg({
      schedule: { weekday: 2, time: "10:00", frequency: "monthly", timeZone: "Europe/Berlin" },
    });
    const ranges = progressRanges("current", config, NOW);
    expect(iso(ranges.selected.fromMs)).toBe("2026-04-30T22:00:00.000Z");
    expect(ranges.previous && [iso(ranges.previous.fromMs), iso(ranges.previous.toMs)]).toEqual([
      "2026-03-31T22:00:00.000Z",
      "2026-04-13T10:00:00.001Z",
    ]);
  });

  it("follows two-week periods counted from the week the cycle started", () => {
    const config = progressOrg({
      schedule: { weekday: 2, time: "10:00", frequency: "biweekly", timeZone: "Europe/Berlin" },
    });
    const ranges = progressRanges("current", config, NOW);
    // The cycle started in the week of 5 January; 11 May begins the tenth pair of weeks.
    expect(iso(ranges.selected.fromMs)).toBe("2026-05-10T22:00:00.000Z");
    expect(ranges.previous && iso(ranges.previous.fromMs)).toBe("2026-04-26T22:00:00.000Z");
  });

  it("keeps four weeks to local days across the change to summer time", () => {
    const ranges = progressRanges("fourWeeks", progressOrg(), new Date("2026-04-10T10:00:00.000Z"));
    // 28 days before 12:00 CEST is 12:00 CET on 13 March: 11:00 UTC.
    expect(iso(ranges.selected.fromMs)).toBe("2026-03-13T11:00:00.000Z");
  });

  it("never reaches back before the cycle, and has nothing to compare with in its first weeks", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2026-05-01", selfReportDue: "2027-05-31" } });
    const ranges = progressRanges("fourWeeks", config, NOW);
    expect(iso(ranges.selected.fromMs)).toBe("2026-04-30T22:00:00.000Z");
    expect(ranges.previous).toBeUndefined();
  });

  it("is empty before the cycle starts", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2026-06-01", selfReportDue: "2027-05-31" } });
    const { selected, cycle } = progressRanges("current", config, NOW);
    expect(selected.toMs).toBeLessThanOrEqual(selected.fromMs);
    expect(cycle.toMs).toBe(cycle.fromMs);
  });
});
