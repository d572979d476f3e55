import { boundaryDaysBefore, lastDayBefore, roundBoundaries, roundIndex } from "../../../bot/domain/progress-period";
import { NOW, progressOrg } from "./progress-fixtures";

const dates = (config: Parameters<typeof roundBoundaries>[0], now = NOW) => roundBoundaries(config, now).dates;

describe("rounds of the progress summary", () => {
  it("runs weekly rounds from Monday to Monday, the one in progress last", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2026-04-13", selfReportDue: "2027-03-31" } });
    expect(dates(config)).toEqual(["2026-04-13", "2026-04-20", "2026-04-27", "2026-05-04", "2026-05-11"]);
    const { instants } = roundBoundaries(config, NOW);
    expect(new Date(instants[4] as number).toISOString()).toBe("2026-05-10T22:00:00.000Z");
    expect(roundIndex(instants, NOW.getTime())).toBe(4);
    expect(roundIndex(instants, Date.parse("2026-05-10T21:59:59.999Z"))).toBe(3);
    expect(roundIndex(instants, Date.parse("2026-04-12T12:00:00.000Z"))).toBe(-1);
  });

  it("never makes the first round shorter than a week", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2026-04-30", selfReportDue: "2027-03-31" } });
    expect(dates(config)).toEqual(["2026-04-30", "2026-05-11"]);
  });

  it("follows a schedule of every two weeks, or monthly", () => {
    const start = { kind: "first" as const, start: "2026-02-02", selfReportDue: "2027-03-31" };
    const biweekly = progressOrg({ cycle: start, schedule: { frequency: "biweekly", weekday: 2, time: "10:00" } });
    expect(dates(biweekly)).toEqual([
      "2026-02-02",
      "2026-02-16",
      "2026-03-02",
      "2026-03-16",
      "2026-03-30",
      "2026-04-13",
      "2026-04-27",
      "2026-05-11",
    ]);
    const monthly = progressOrg({ cycle: start, schedule: { frequency: "monthly", weekday: 2, time: "10:00" } });
    expect(dates(monthly)).toEqual(["2026-02-02", "2026-03-01", "2026-04-01", "2026-05-01"]);
  });

  it("has no rounds before the cycle starts", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2026-06-01", selfReportDue: "2027-03-31" } });
    expect(dates(config)).toEqual(["2026-06-01"]);
  });

  it("finds the round start four weeks back, and the day a step ending at a boundary covers up to", () => {
    const config = progressOrg({ cycle: { kind: "first", start: "2026-03-02", selfReportDue: "2027-03-31" } });
    const boundaries = roundBoundaries(config, NOW);
    const latest = boundaries.dates.length - 1;
    const fourWeeksBack = boundaryDaysBefore(boundaries, latest, 28) as number;
    expect(boundaries.dates[fourWeeksBack]).toBe("2026-04-13");
    expect(boundaryDaysBefore(boundaries, fourWeeksBack, 28)).toBe(2);
    expect(boundaryDaysBefore(boundaries, 2, 28)).toBeUndefined();
    expect(lastDayBefore(boundaries, latest)).toBe("2026-05-10");
  });
});
