import { dueSlotAt, memberCalendar, periodContaining, type SchedulePreferences } from "../../../bot/domain/schedule";
import { berlinSummer, berlinWinter, orgConfig } from "./scheduling-fixtures";

describe("schedule periods", () => {
  it("names weekly periods by ISO week with the slot on the configured weekday", () => {
    expect(periodContaining("2026-11-26", { frequency: "weekly", weekday: 2 }, "2026-01-05")).toEqual({
      key: "2026-W48",
      firstDate: "2026-11-23",
      lastDate: "2026-11-29",
      slotDate: "2026-11-24",
    });
  });

  it("pairs ISO weeks from the week the cycle starts in for every-two-weeks schedules", () => {
    // The cycle starts on Wednesday of 2026-W02, so W02+W03, W04+W05, … are the pairs.
    const rule = { frequency: "biweekly", weekday: 2 } as const;
    expect(periodContaining("2026-01-07", rule, "2026-01-07").key).toBe("2026-W02");
    expect(periodContaining("2026-01-18", rule, "2026-01-07")).toEqual({
      key: "2026-W02",
      firstDate: "2026-01-05",
      lastDate: "2026-01-18",
      slotDate: "2026-01-06",
    });
    expect(periodContaining("2026-01-19", rule, "2026-01-07").key).toBe("2026-W04");
    expect(periodContaining("2026-12-30", rule, "2026-01-07").key).toBe("2026-W52");
    // 2026 has 53 ISO weeks; pairs keep counting across the year boundary.
    expect(periodContaining("2027-01-03", rule, "2026-01-07").key).toBe("2026-W52");
    expect(periodContaining("2027-01-04", rule, "2026-01-07").key).toBe("2027-W01");
    expect(periodContaining("2027-01-17", rule, "2026-01-07").key).toBe("2027-W01");
  });

  it("puts monthly slots on the first configured weekday of the month", () => {
    expect(periodContaining("2026-11-20", { frequency: "monthly", weekday: 2 }, "2026-01-05")).toEqual({
      key: "2026-11",
      firstDate: "2026-11-01",
      lastDate: "2026-11-30",
      slotDate: "2026-11-03",
    });
    expect(periodContaining("2026-12-01", { frequency: "monthly", weekday: 2 }, "2026-01-05").slotDate).toBe(
      "2026-12-01",
    );
    expect(periodContaining("2027-02-14", { frequency: "monthly", weekday: 7 }, "2026-01-05").slotDate).toBe(
      "2027-02-07",
    );
  });
});

describe("a member's due slot", () => {
  const config = orgConfig();
  const dueAt = (preferences: SchedulePreferences, now: Date) =>
    dueSlotAt(config, memberCalendar(config, preferences), now);

  it("is the organisation's weekday and time in the organisation's zone", () => {
    expect(dueAt({}, berlinWinter("2026-11-24T09:59"))).toBeUndefined();
    const slot = dueAt({}, berlinWinter("2026-11-24T10:00"));
    expect(slot?.period.key).toBe("2026-W48");
    expect(slot?.dueAt.toISOString()).toBe("2026-11-24T09:00:00.000Z");
  });

  it("follows the member's preferred time and own zone", () => {
    const preferences = { preferredTime: "08:15", timeZone: "America/New_York" };
    expect(dueAt(preferences, new Date("2026-11-24T13:14:00.000Z"))).toBeUndefined();
    expect(dueAt(preferences, new Date("2026-11-24T13:15:00.000Z"))?.dueAt.toISOString()).toBe(
      "2026-11-24T13:15:00.000Z",
    );
  });

  it("falls back to the organisation's zone when the member's zone is unknown", () => {
    expect(memberCalendar(config, { timeZone: "Mars/Olympus_Mons" }).timeZone).toBe("Europe/Berlin");
  });

  it("belongs to the member's local week, not the UTC week", () => {
    const always = orgConfig({ workingTime: { weekdays: [1, 2, 3, 4, 5, 6, 7], from: "00:00", until: "24:00" } });
    const monday = orgConfig({ ...always, schedule: { ...always.schedule, weekday: 1, time: "00:15" } });
    // Monday 00:30 in Berlin is still Sunday in UTC.
    expect(dueSlotAt(monday, memberCalendar(monday, {}), new Date("2026-11-29T23:30:00.000Z"))?.period.key).toBe(
      "2026-W49",
    );
  });

  it("moves a preferred time outside the working hours into them", () => {
    expect(memberCalendar(config, { preferredTime: "06:30" }).slotTime).toBe("08:00");
    expect(memberCalendar(config, { preferredTime: "19:00" }).slotTime).toBe("17:55");
  });

  it("gives no slot before the cycle starts or after the Selbstreport is due", () => {
    expect(dueAt({}, berlinWinter("2025-12-30T10:00"))).toBeUndefined();
    expect(dueAt({}, berlinSummer("2027-03-30T10:00"))).toBeDefined();
    expect(dueAt({}, berlinSummer("2027-04-01T10:00"))).toBeUndefined();
  });
});
