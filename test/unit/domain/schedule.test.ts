import { memberSlot, periodContaining, slotSuppression } from "../../../bot/domain/schedule";
import { orgConfig } from "./scheduling-fixtures";

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

describe("a member's slot", () => {
  const config = orgConfig();

  it("is the organisation's weekday and time in the organisation's zone", () => {
    const slot = memberSlot(config, {}, new Date("2026-11-26T12:00:00.000Z"));
    expect(slot.period.key).toBe("2026-W48");
    expect(slot.dueAt.toISOString()).toBe("2026-11-24T09:00:00.000Z");
    expect(slot.periodStartsAt.toISOString()).toBe("2026-11-22T23:00:00.000Z");
  });

  it("follows the member's preferred time and own zone", () => {
    const slot = memberSlot(
      config,
      { preferredTime: "08:15", timeZone: "America/New_York" },
      new Date("2026-11-26T12:00:00.000Z"),
    );
    expect(slot.timeZone).toBe("America/New_York");
    expect(slot.dueAt.toISOString()).toBe("2026-11-24T13:15:00.000Z");
  });

  it("falls back to the organisation's zone when the member's zone is unknown", () => {
    expect(memberSlot(config, { timeZone: "Mars/Olympus_Mons" }, new Date("2026-11-26T12:00:00.000Z")).timeZone).toBe(
      "Europe/Berlin",
    );
  });

  it("belongs to the member's local week, not the UTC week", () => {
    // Monday 00:30 in Berlin is still Sunday in UTC.
    expect(memberSlot(config, {}, new Date("2026-11-29T23:30:00.000Z")).period.key).toBe("2026-W49");
  });
});

describe("suppressed slots", () => {
  const config = orgConfig({
    quietPeriods: [{ id: "xmas", label: "Weihnachtsferien", from: "2026-12-21", to: "2027-01-03" }],
  });
  const slotOn = (slotDate: string, today = slotDate) => ({
    period: { key: "k", firstDate: slotDate, lastDate: slotDate, slotDate },
    today,
  });

  it("drops a slot in a quiet period, its first and last day included", () => {
    expect(slotSuppression(config, {}, slotOn("2026-12-21"))).toBe("quietPeriod");
    expect(slotSuppression(config, {}, slotOn("2027-01-03"))).toBe("quietPeriod");
    expect(slotSuppression(config, {}, slotOn("2027-01-04"))).toBeUndefined();
  });

  it("holds back a late catch-up while today is quiet", () => {
    expect(slotSuppression(config, {}, slotOn("2026-12-15", "2026-12-21"))).toBe("quietPeriod");
  });

  it("drops a slot while the member has paused or is on vacation, the last day included", () => {
    expect(slotSuppression(config, { pausedUntil: "2026-11-24" }, slotOn("2026-11-24"))).toBe("paused");
    expect(slotSuppression(config, { vacationUntil: "2026-11-30" }, slotOn("2026-11-24"))).toBe("vacation");
    expect(
      slotSuppression(config, { pausedUntil: "2026-11-23", vacationUntil: "2026-11-23" }, slotOn("2026-11-24")),
    ).toBeUndefined();
  });

  it("gives no slot before the cycle starts or after the Selbstreport is due", () => {
    expect(slotSuppression(config, {}, slotOn("2025-12-30", "2026-01-05"))).toBe("outsideCycle");
    expect(slotSuppression(config, {}, slotOn("2027-03-30", "2027-04-01"))).toBe("outsideCycle");
    expect(slotSuppression(config, {}, slotOn("2027-03-30", "2027-03-31"))).toBeUndefined();
  });
});
