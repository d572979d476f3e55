import { computeCoverage } from "../../../bot/domain/coverage";
import { findDuePrompts, type PromptHistoryEntry, type SchedulingMember } from "../../../bot/domain/due-prompts";
import { nextScheduledRun, nextSend, periodsRecordedBy } from "../../../bot/domain/next-send";
import type { OrgConfig, OrgConfigInput } from "../../../bot/domain/org-config";
import { memberCalendar } from "../../../bot/domain/schedule";
import { sendTiming } from "../../../bot/domain/send-timing";
import { isWorkingMoment, nextWorkingSlot } from "../../../bot/domain/working-calendar";
import { asHistory, berlinSummer, berlinWinter, member, orgConfig } from "./scheduling-fixtures";

const emptyCoverage = computeCoverage([], { enoughAnswers: 3, enoughContributors: 2 });
const due = (config: OrgConfig, members: SchedulingMember[], now: Date, history: PromptHistoryEntry[] = []) =>
  findDuePrompts({ config, members, history, coverage: emptyCoverage, now });
const ROUND_THE_CLOCK = { weekdays: [1, 2, 3, 4, 5, 6, 7], from: "00:00", until: "24:00" };

/** Thursdays 14:00, as in the organisation that saw a prompt at 22:46 on a Saturday. */
const thursdays = (overrides: Partial<OrgConfigInput> = {}) =>
  orgConfig({ schedule: { weekday: 4, time: "14:00", frequency: "weekly", timeZone: "Europe/Berlin" }, ...overrides });

describe("working time", () => {
  const anna = member("anna");

  it("sends nothing on Saturday night and brings the missed Thursday slot on Monday at the member's slot", () => {
    const config = thursdays();
    expect(due(config, [anna], berlinWinter("2026-12-05T22:46"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-12-05T23:00"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-12-06T12:00"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-12-07T08:00"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-12-07T14:00"))).toMatchObject([
      { periodKey: "2026-W49", dueAt: berlinWinter("2026-12-07T14:00").toISOString() },
    ]);
    // The setup card and the Übersicht say the same.
    expect(nextScheduledRun(config, berlinWinter("2026-12-05T22:46"), () => false)).toEqual(
      berlinWinter("2026-12-07T14:00"),
    );
  });

  it("skips a slot missed by more than the catch-up limit, which the organisation sets", () => {
    const strict = thursdays({ workingTime: { catchUpDays: 0 } });
    expect(due(strict, [anna], berlinWinter("2026-12-03T17:00"))).toHaveLength(1);
    expect(due(strict, [anna], berlinWinter("2026-12-04T14:00"))).toEqual([]);
    const oneDay = thursdays({ workingTime: { catchUpDays: 1 } });
    expect(due(oneDay, [anna], berlinWinter("2026-12-04T14:00"))).toHaveLength(1);
    expect(due(oneDay, [anna], berlinWinter("2026-12-07T14:00"))).toEqual([]);
  });

  it("lets last week's missed prompt give way when this week's own slot is nearer", () => {
    const patient = thursdays({ workingTime: { catchUpDays: 5 } });
    // Tuesday: two working days late, two before this week's slot.
    expect(due(patient, [anna], berlinWinter("2026-12-08T14:00"))).toEqual([]);
    expect(due(patient, [anna], berlinWinter("2026-12-10T14:00"))).toMatchObject([{ periodKey: "2026-W50" }]);
  });

  it("moves a slot on Good Friday past Easter Monday, and counts neither as a late day", () => {
    const fridays = orgConfig({
      schedule: { weekday: 5, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    });
    expect(due(fridays, [anna], berlinSummer("2026-04-03T10:00"))).toEqual([]);
    expect(due(fridays, [anna], berlinSummer("2026-04-06T10:00"))).toEqual([]);
    expect(due(fridays, [anna], berlinSummer("2026-04-07T10:00"))).toMatchObject([{ periodKey: "2026-W14" }]);
  });

  it("keeps the holidays of the organisation's state: Reformationstag in Saxony, not in Baden-Württemberg", () => {
    const fridays = {
      schedule: { weekday: 5, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
      cycle: { kind: "first", start: "2025-09-01", selfReportDue: "2027-03-31" },
    } as const;
    const saxony = orgConfig({ ...fridays, workingTime: { state: "SN" } });
    const badenWuerttemberg = orgConfig({ ...fridays, workingTime: { state: "BW" } });
    expect(due(saxony, [anna], berlinWinter("2025-10-31T10:00"))).toEqual([]);
    expect(due(badenWuerttemberg, [anna], berlinWinter("2025-10-31T10:00"))).toHaveLength(1);
    expect(due(saxony, [anna], berlinWinter("2025-11-03T10:00"))).toMatchObject([{ periodKey: "2025-W44" }]);
    // Buß- und Bettag is a holiday in Saxony only.
    const wednesdays = {
      schedule: { weekday: 3, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    } as const;
    expect(
      due(orgConfig({ ...wednesdays, workingTime: { state: "SN" } }), [anna], berlinWinter("2026-11-18T10:00")),
    ).toEqual([]);
    expect(
      due(orgConfig({ ...wednesdays, workingTime: { state: "SN" } }), [anna], berlinWinter("2026-11-19T10:00")),
    ).toHaveLength(1);
    expect(
      due(orgConfig({ ...wednesdays, workingTime: { state: "BE" } }), [anna], berlinWinter("2026-11-18T10:00")),
    ).toHaveLength(1);
  });

  it("keeps a holiday of a part of Bavaria only when the organisation opted in", () => {
    const saturdaysOff = {
      schedule: { weekday: 6, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    } as const;
    const everyDay = { weekdays: [1, 2, 3, 4, 5, 6, 7] };
    // 15 August 2026 is a Saturday.
    const munich = orgConfig({
      ...saturdaysOff,
      workingTime: { ...everyDay, state: "BY", regionalHolidays: ["assumption"] },
    });
    const nuremberg = orgConfig({ ...saturdaysOff, workingTime: { ...everyDay, state: "BY" } });
    expect(due(munich, [anna], berlinSummer("2026-08-15T10:00"))).toEqual([]);
    expect(due(nuremberg, [anna], berlinSummer("2026-08-15T10:00"))).toHaveLength(1);
  });

  it("sends nothing in the school holidays the quality officer entered", () => {
    const config = orgConfig({
      quietPeriods: [
        { id: "herbst", label: "Herbstferien", kind: "schoolHolidays", from: "2026-10-12", to: "2026-10-24" },
      ],
    });
    expect(due(config, [anna], berlinSummer("2026-10-13T10:00"))).toEqual([]);
    expect(due(config, [anna], berlinSummer("2026-10-20T10:00"))).toEqual([]);
    // The week's slot is the next day: no catch-up of the holiday week's on Monday.
    expect(due(config, [anna], berlinWinter("2026-10-26T10:00"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-10-27T10:00"))).toMatchObject([{ periodKey: "2026-W44" }]);
  });

  it("lets a member narrow the working time: a part-timer gets Thursday's prompt on Monday", () => {
    const partTime = member("anna", { workingTime: { weekdays: [1, 2, 3], from: "09:00", until: "13:00" } });
    const config = thursdays();
    expect(memberCalendar(config, partTime).slotTime).toBe("12:55");
    expect(due(config, [partTime], berlinWinter("2026-12-03T14:00"))).toEqual([]);
    expect(due(config, [partTime], berlinWinter("2026-12-07T12:55"))).toMatchObject([{ periodKey: "2026-W49" }]);
    // A member cannot widen it: Saturday stays closed.
    const eager = member("anna", { workingTime: { weekdays: [6] } });
    expect(due(config, [eager], berlinWinter("2026-12-05T14:00"))).toEqual([]);
  });

  it("never sends before or after the working hours, also to a member who prefers seven in the morning", () => {
    const early = member("anna", { preferredTime: "07:00" });
    const config = orgConfig();
    expect(due(config, [early], berlinWinter("2026-11-24T07:00"))).toEqual([]);
    expect(due(config, [early], berlinWinter("2026-11-24T08:00"))).toHaveLength(1);
  });
});

describe("slots never lost (found by the scheduling properties, kept as examples)", () => {
  const anna = member("anna");

  it("sends a weekly slot set for Sunday 23:56 with the day's last tick, at 23:55", () => {
    const config = orgConfig({
      schedule: { weekday: 7, time: "23:56", frequency: "weekly", timeZone: "Europe/Berlin" },
      workingTime: ROUND_THE_CLOCK,
    });
    expect(due(config, [anna], berlinWinter("2026-11-29T23:50"))).toEqual([]);
    expect(due(config, [anna], berlinWinter("2026-11-29T23:55"))).toMatchObject([
      { periodKey: "2026-W48", dueAt: berlinWinter("2026-11-29T23:55").toISOString() },
    ]);
  });

  it("sends a Sunday 23:59 slot before Easter Monday on Sunday, not never", () => {
    const config = orgConfig({
      schedule: { weekday: 7, time: "23:59", frequency: "weekly", timeZone: "Europe/Berlin" },
      workingTime: ROUND_THE_CLOCK,
    });
    expect(due(config, [anna], berlinSummer("2026-04-05T23:55"))).toMatchObject([
      { periodKey: "2026-W14", dueAt: berlinSummer("2026-04-05T23:55").toISOString() },
    ]);
  });

  it("sends a member whose preferred time is 17:58 their prompt before the working day ends", () => {
    const late = member("anna", { preferredTime: "17:58" });
    const config = orgConfig();
    expect(due(config, [late], berlinWinter("2026-11-24T17:50"))).toEqual([]);
    expect(due(config, [late], berlinWinter("2026-11-24T17:55"))).toMatchObject([
      { periodKey: "2026-W48", dueAt: berlinWinter("2026-11-24T17:55").toISOString() },
    ]);
  });

  it("sends a Sunday slot when the ticks were missed until Monday", () => {
    const sundays = {
      schedule: { weekday: 7, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    } as const;
    const always = orgConfig({ ...sundays, workingTime: ROUND_THE_CLOCK });
    expect(due(always, [anna], berlinWinter("2026-11-30T09:00"))).toMatchObject([{ periodKey: "2026-W48" }]);
    // With the default working week, Sunday's slot always moves to Monday's.
    const weekdays = orgConfig(sundays);
    expect(due(weekdays, [anna], berlinWinter("2026-11-29T10:00"))).toEqual([]);
    expect(due(weekdays, [anna], berlinWinter("2026-11-30T10:00"))).toMatchObject([{ periodKey: "2026-W48" }]);
  });

  it("lets a caught-up prompt of last week give way to this week's own", () => {
    const sundays = orgConfig({
      schedule: { weekday: 7, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    });
    const monday = berlinWinter("2026-11-30T10:00");
    const [caughtUp] = due(sundays, [anna], monday);
    const history = caughtUp ? [asHistory(caughtUp, monday, "open")] : [];
    expect(due(sundays, [anna], berlinWinter("2026-12-07T10:00"), history)).toMatchObject([{ periodKey: "2026-W49" }]);
  });
});

describe("next send", () => {
  it("names the moment the scheduler will send, for the organisation and for a member", () => {
    const config = thursdays();
    expect(nextScheduledRun(config, berlinWinter("2026-12-01T09:00"))).toEqual(berlinWinter("2026-12-03T14:00"));
    // After the slot it was sent: the next week's.
    expect(nextScheduledRun(config, berlinWinter("2026-12-03T15:00"))).toEqual(berlinWinter("2026-12-10T14:00"));
    // A member on holiday over Christmas, with a holiday in the organisation's state.
    const away = { vacations: [{ from: "2026-12-21", to: "2027-01-06" }] };
    expect(nextSend(config, away, berlinWinter("2026-12-18T09:00"))?.dueAt).toEqual(berlinWinter("2027-01-07T14:00"));
  });

  it("names Monday after a weekend setup, and next Thursday once the missed slot was recorded", () => {
    const config = thursdays();
    const saturday = berlinWinter("2026-12-05T22:46");
    expect(periodsRecordedBy(config, saturday)).toEqual(["2026-W48", "2026-W49"]);
    const recorded =
      (...keys: string[]) =>
      (periodKey: string) =>
        keys.includes(periodKey);
    expect(nextScheduledRun(config, saturday, recorded())).toEqual(berlinWinter("2026-12-07T14:00"));
    expect(nextScheduledRun(config, saturday, recorded("2026-W49"))).toEqual(berlinWinter("2026-12-10T14:00"));
    // Last week's prompt does not matter once this week's slot has come.
    expect(nextScheduledRun(config, saturday, recorded("2026-W48"))).toEqual(berlinWinter("2026-12-07T14:00"));
  });

  it("asks about this period and the one before, in every frequency", () => {
    const monday = berlinWinter("2026-12-07T09:00");
    expect(periodsRecordedBy(thursdays(), monday)).toEqual(["2026-W49", "2026-W50"]);
    const biweekly = orgConfig({
      cycle: { kind: "first", start: "2026-09-01", selfReportDue: "2027-09-30" },
      schedule: { weekday: 4, time: "14:00", frequency: "biweekly", timeZone: "Europe/Berlin" },
    });
    // Pairs of weeks from the cycle's first week (W36): W48+W49, W50+W51.
    expect(periodsRecordedBy(biweekly, monday)).toEqual(["2026-W48", "2026-W50"]);
    const monthly = thursdays({
      schedule: { weekday: 4, time: "14:00", frequency: "monthly", timeZone: "Europe/Berlin" },
    });
    expect(periodsRecordedBy(monthly, berlinWinter("2027-01-01T09:00"))).toEqual(["2026-12", "2027-01"]);
  });
});

describe("working time at the moment of sending", () => {
  const config = orgConfig();
  const anna = member("anna");
  const scheduled = { kind: "scheduled", dueAt: berlinWinter("2026-11-24T17:58").toISOString() } as const;

  it("holds a prompt the worker reaches after hours until the member's next working slot", () => {
    expect(sendTiming(config, anna, scheduled, berlinWinter("2026-11-24T17:59"))).toEqual({ kind: "now" });
    expect(sendTiming(config, anna, scheduled, berlinWinter("2026-11-24T18:01"))).toEqual({
      kind: "hold",
      until: berlinWinter("2026-11-25T10:00"),
    });
  });

  it("drops a scheduled prompt it could only send more than two working days late", () => {
    expect(sendTiming(config, anna, scheduled, berlinWinter("2026-11-27T11:00"))).toEqual({ kind: "expired" });
    expect(sendTiming(config, anna, scheduled, berlinWinter("2026-11-26T22:00"))).toEqual({ kind: "expired" });
  });

  it("holds a snoozed prompt or a reminder, but never drops it", () => {
    const snoozed = { ...scheduled, sentAt: scheduled.dueAt };
    expect(sendTiming(config, anna, snoozed, berlinWinter("2026-11-28T11:00"))).toEqual({
      kind: "hold",
      until: berlinWinter("2026-11-30T10:00"),
    });
    expect(sendTiming(config, anna, { ...scheduled, purpose: "reminder" }, berlinWinter("2026-11-30T11:00"))).toEqual({
      kind: "now",
    });
  });

  it("sends local mode's 'send now' at any hour", () => {
    expect(sendTiming(config, anna, { ...scheduled, isSentAnyTime: true }, berlinWinter("2026-11-28T23:00"))).toEqual({
      kind: "now",
    });
  });

  it("knows the next working slot and whether a moment is working time", () => {
    const calendar = memberCalendar(config, {});
    expect(isWorkingMoment(calendar, berlinWinter("2026-11-28T10:00"))).toBe(false);
    expect(nextWorkingSlot(calendar, berlinWinter("2026-11-28T10:00"))).toEqual(berlinWinter("2026-11-30T10:00"));
    expect(nextWorkingSlot(calendar, berlinWinter("2026-11-30T10:00"))).toEqual(berlinWinter("2026-11-30T10:00"));
  });
});
