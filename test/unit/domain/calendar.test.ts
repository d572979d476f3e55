import {
  addDays,
  addDaysInZone,
  addMonths,
  daysBetween,
  formatDate,
  formatDateTime,
  formatShortDate,
  instantOf,
  isoWeekKey,
  isoWeekday,
  localDateTimeAt,
  monthKey,
  startOfLocalDay,
  zoneOffsetMinutes,
} from "../../../bot/domain/calendar";

const BERLIN = "Europe/Berlin";

describe("local time in a zone", () => {
  it("converts a Berlin wall-clock time to UTC in winter and in summer", () => {
    expect(instantOf("2026-12-01", "10:00", BERLIN).toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(instantOf("2026-06-02", "10:00", BERLIN).toISOString()).toBe("2026-06-02T08:00:00.000Z");
  });

  it("moves a time skipped when clocks go forward to the next valid minute", () => {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST.
    expect(instantOf("2026-03-29", "02:30", BERLIN).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(instantOf("2026-03-29", "02:00", BERLIN).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(instantOf("2026-03-29", "03:00", BERLIN).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(instantOf("2026-03-29", "01:59", BERLIN).toISOString()).toBe("2026-03-29T00:59:00.000Z");
  });

  it("takes the first occurrence of a time that happens twice when clocks go back", () => {
    // 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:00–02:59 happen twice.
    expect(instantOf("2026-10-25", "02:30", BERLIN).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(instantOf("2026-10-25", "03:00", BERLIN).toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(instantOf("2026-10-25", "01:30", BERLIN).toISOString()).toBe("2026-10-24T23:30:00.000Z");
  });

  it("reads the local date, time and weekday of an instant", () => {
    expect(localDateTimeAt(new Date("2026-03-29T01:00:00.000Z"), BERLIN)).toEqual({
      date: "2026-03-29",
      time: "03:00",
      weekday: 7,
    });
    expect(localDateTimeAt(new Date("2026-12-31T23:30:00.000Z"), BERLIN)).toEqual({
      date: "2027-01-01",
      time: "00:30",
      weekday: 5,
    });
    expect(localDateTimeAt(new Date("2026-12-31T23:30:00.000Z"), "America/New_York").date).toBe("2026-12-31");
  });

  it("knows the zone's offset on both sides of a transition", () => {
    expect(zoneOffsetMinutes(new Date("2026-03-29T00:59:00.000Z"), BERLIN)).toBe(60);
    expect(zoneOffsetMinutes(new Date("2026-03-29T01:00:00.000Z"), BERLIN)).toBe(120);
    expect(zoneOffsetMinutes(new Date("2026-07-01T00:00:00.000Z"), "Asia/Kolkata")).toBe(330);
  });

  it("starts a day at the first valid minute where midnight is skipped", () => {
    // Chile moves its clocks forward at 24:00 on the first Saturday of September.
    expect(startOfLocalDay("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(localDateTimeAt(startOfLocalDay("2026-09-06", "America/Santiago"), "America/Santiago").time).toBe("01:00");
  });

  it("keeps the wall-clock time when adding days across a DST change", () => {
    const saturday = instantOf("2026-03-28", "10:00", BERLIN);
    expect(addDaysInZone(saturday, 1, BERLIN).toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(addDaysInZone(instantOf("2026-10-24", "10:00", BERLIN), 7, BERLIN).toISOString()).toBe(
      "2026-10-31T09:00:00.000Z",
    );
  });
});

describe("calendar dates", () => {
  it("names ISO weeks by the year of their Thursday", () => {
    expect(isoWeekKey("2026-11-24")).toBe("2026-W48");
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
  });

  it("counts weekdays, days and months on the calendar", () => {
    expect(isoWeekday("2026-12-01")).toBe(2);
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(addMonths("2027-09-30", -9)).toBe("2026-12-30");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(monthKey("2026-11-24")).toBe("2026-11");
  });
});

describe("dates shown to people", () => {
  it("writes a date and time the way German and English readers expect", () => {
    const slot = instantOf("2026-12-01", "10:00", BERLIN);
    expect(formatDateTime(slot, BERLIN, "de")).toBe("Dienstag, 1. Dezember 2026, 10:00");
    expect(formatDateTime(slot, BERLIN, "en")).toBe("Tuesday, 1 December 2026, 10:00");
  });

  it("shows an instant in the reader's own zone", () => {
    expect(formatDateTime(new Date("2026-12-01T09:00:00.000Z"), "Europe/London", "en")).toBe(
      "Tuesday, 1 December 2026, 09:00",
    );
  });

  it("writes dates without a time, long and short", () => {
    expect(formatDate("2027-03-31", "de")).toBe("Mittwoch, 31. März 2027");
    expect(formatDate("2027-03-31", "en")).toBe("Wednesday, 31 March 2027");
    expect(formatShortDate("2027-03-01", "de")).toBe("01.03.2027");
    expect(formatShortDate("2027-03-01", "en")).toBe("1 Mar 2027");
  });
});
