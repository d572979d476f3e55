import { cycleReminders, cycleStatus, deadlineWeight, isWithinCycle } from "../../../bot/domain/cycle";
import type { Cycle } from "../../../bot/domain/org-config";

const BERLIN = "Europe/Berlin";
const cycle: Cycle = {
  kind: "recertification",
  start: "2026-01-05",
  selfReportDue: "2027-03-31",
  testatExpiry: "2027-09-30",
};

describe("certification cycle", () => {
  it("is not started before its first day, in the organisation's zone", () => {
    // 23:30 UTC on 4 January is already 5 January in Berlin.
    expect(cycleStatus(cycle, new Date("2026-01-04T22:59:00.000Z"), BERLIN).phase).toBe("not-started");
    expect(cycleStatus(cycle, new Date("2026-01-04T23:30:00.000Z"), BERLIN).phase).toBe("development");
  });

  it("counts down the days until the Selbstreport is due", () => {
    const status = cycleStatus(cycle, new Date("2026-12-01T09:00:00.000Z"), BERLIN);
    expect(status.phase).toBe("development");
    expect(status.daysUntilReportDue).toBe(120);
  });

  it("warns that the report is due soon in the last 90 days, including the due date", () => {
    expect(cycleStatus(cycle, new Date("2026-12-31T12:00:00.000Z"), BERLIN)).toMatchObject({
      phase: "report-due-soon",
      daysUntilReportDue: 90,
    });
    expect(cycleStatus(cycle, new Date("2027-03-31T20:00:00.000Z"), BERLIN)).toMatchObject({
      phase: "report-due-soon",
      daysUntilReportDue: 0,
    });
  });

  it("says the report is overdue once the due date has passed", () => {
    expect(cycleStatus(cycle, new Date("2027-04-01T08:00:00.000Z"), BERLIN)).toMatchObject({
      phase: "report-overdue",
      daysUntilReportDue: -1,
    });
  });

  it("reminds to register nine months and hand in five months before the Testat expires", () => {
    expect(cycleReminders(cycle)).toEqual([
      { kind: "registration", date: "2026-12-30", monthsBeforeExpiry: 9 },
      { kind: "selfReport", date: "2027-04-30", monthsBeforeExpiry: 5 },
    ]);
    const status = cycleStatus(cycle, new Date("2026-12-01T09:00:00.000Z"), BERLIN);
    expect(status.reminders.map((reminder) => reminder.daysUntil)).toEqual([29, 150]);
    expect(status.isDueLaterThanRecommended).toBe(false);
  });

  it("has no derived reminders while the Testat expiry is unknown", () => {
    expect(cycleReminders({ testatExpiry: undefined })).toEqual([]);
  });

  it("flags a due date later than the recommended hand-in date", () => {
    const late = { ...cycle, selfReportDue: "2027-06-30" };
    expect(cycleStatus(late, new Date("2026-12-01T09:00:00.000Z"), BERLIN).isDueLaterThanRecommended).toBe(true);
  });

  it("splits area 11 into 11a and 11b only in a re-certification", () => {
    expect(cycleStatus(cycle, new Date("2026-06-01T09:00:00.000Z"), BERLIN).isAreaElevenSplit).toBe(true);
    expect(
      cycleStatus({ ...cycle, kind: "first" }, new Date("2026-06-01T09:00:00.000Z"), BERLIN).isAreaElevenSplit,
    ).toBe(false);
  });

  it("feels more deadline pressure the closer the due date is", () => {
    const early = deadlineWeight(cycle, new Date("2026-01-05T12:00:00.000Z"), BERLIN);
    const middle = deadlineWeight(cycle, new Date("2026-08-17T12:00:00.000Z"), BERLIN);
    const due = deadlineWeight(cycle, new Date("2027-03-31T12:00:00.000Z"), BERLIN);
    expect(early).toBe(0);
    expect(middle).toBeGreaterThan(0.45);
    expect(middle).toBeLessThan(0.55);
    expect(due).toBe(1);
    expect(deadlineWeight(cycle, new Date("2028-01-01T12:00:00.000Z"), BERLIN)).toBe(1);
  });

  it("includes its first day and the due date", () => {
    expect(isWithinCycle(cycle, "2026-01-05")).toBe(true);
    expect(isWithinCycle(cycle, "2027-03-31")).toBe(true);
    expect(isWithinCycle(cycle, "2026-01-04")).toBe(false);
    expect(isWithinCycle(cycle, "2027-04-01")).toBe(false);
  });
});
