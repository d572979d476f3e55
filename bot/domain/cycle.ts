/**
 * Where an organisation stands in its certification cycle: phase, countdown to the Selbstreport,
 * the practical deadlines derived from the Testat expiry, and how much deadline pressure the
 * rotation should feel. Facts from shared/domain/quality-models.md §5.
 */
import { addMonths, daysBetween, localDateAt } from "./calendar";
import type { Cycle } from "./org-config";

/**
 * - `not-started`: before the cycle's start date; no scheduled prompts yet.
 * - `development`: the quality-development phase; prompts run and evidence grows.
 * - `report-due-soon`: the Selbstreport is due within {@link REPORT_DUE_SOON_DAYS} days;
 *   prompts still run and the summary should name what is missing.
 * - `report-overdue`: the due date has passed. The bot cannot know whether the report went in;
 *   scheduled prompts stop until the organisation configures its next cycle.
 */
export type CyclePhase = "not-started" | "development" | "report-due-soon" | "report-overdue";

/** About a quarter of a year: long enough to close the gaps the summary names. */
const REPORT_DUE_SOON_DAYS = 90;

/** Register with the testing body about nine months before the Testat expires. */
const REGISTRATION_MONTHS_BEFORE_EXPIRY = 9;
/** Hand in the Selbstreport about five months before the Testat expires. */
const REPORT_MONTHS_BEFORE_EXPIRY = 5;

type CycleReminderKind = "registration" | "selfReport";

/** A practical deadline derived from the Testat expiry. */
export interface CycleReminder {
  kind: CycleReminderKind;
  /** Local date, "YYYY-MM-DD". */
  date: string;
  monthsBeforeExpiry: number;
}

export interface CycleStatus {
  phase: CyclePhase;
  /** The organisation's local date the status was computed for. */
  today: string;
  /** Calendar days until the Selbstreport is due: 0 on the due date, negative after it. */
  daysUntilReportDue: number;
  /** Share of the cycle that has passed, 0 at the start, 1 on the due date. */
  progress: number;
  /** Re-certification: QB 11 is answered in two parts, 11a (last goals) and 11b (new goals). */
  isAreaElevenSplit: boolean;
  /** Derived deadlines, earliest first, with the days left until each (negative when passed). */
  reminders: (CycleReminder & { daysUntil: number })[];
  /** The recommended hand-in date (five months before expiry) comes before the configured due date. */
  isDueLaterThanRecommended: boolean;
}

export function isAreaElevenSplit(cycle: Pick<Cycle, "kind">): boolean {
  return cycle.kind === "recertification";
}

/** Registration and hand-in deadlines, when the Testat expiry is known. */
export function cycleReminders(cycle: Pick<Cycle, "testatExpiry">): CycleReminder[] {
  if (!cycle.testatExpiry) return [];
  return [
    {
      kind: "registration",
      date: addMonths(cycle.testatExpiry, -REGISTRATION_MONTHS_BEFORE_EXPIRY),
      monthsBeforeExpiry: REGISTRATION_MONTHS_BEFORE_EXPIRY,
    },
    {
      kind: "selfReport",
      date: addMonths(cycle.testatExpiry, -REPORT_MONTHS_BEFORE_EXPIRY),
      monthsBeforeExpiry: REPORT_MONTHS_BEFORE_EXPIRY,
    },
  ];
}

/** True when a local date lies within the cycle, start and due date included. */
export function isWithinCycle(cycle: Pick<Cycle, "start" | "selfReportDue">, date: string): boolean {
  return cycle.start <= date && date <= cycle.selfReportDue;
}

function phaseOf(cycle: Pick<Cycle, "start" | "selfReportDue">, today: string, daysUntilReportDue: number): CyclePhase {
  if (today < cycle.start) return "not-started";
  if (daysUntilReportDue < 0) return "report-overdue";
  if (daysUntilReportDue <= REPORT_DUE_SOON_DAYS) return "report-due-soon";
  return "development";
}

function progressOn(cycle: Pick<Cycle, "start" | "selfReportDue">, today: string): number {
  const length = daysBetween(cycle.start, cycle.selfReportDue);
  if (length <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(cycle.start, today) / length));
}

/** The cycle as seen on the organisation's local date at `now`. */
export function cycleStatus(cycle: Cycle, now: Date, timeZone: string): CycleStatus {
  const today = localDateAt(now, timeZone);
  const daysUntilReportDue = daysBetween(today, cycle.selfReportDue);
  const reminders = cycleReminders(cycle);
  const recommendedHandIn = reminders.find((reminder) => reminder.kind === "selfReport")?.date;
  return {
    phase: phaseOf(cycle, today, daysUntilReportDue),
    today,
    daysUntilReportDue,
    progress: progressOn(cycle, today),
    isAreaElevenSplit: isAreaElevenSplit(cycle),
    reminders: reminders.map((reminder) => ({ ...reminder, daysUntil: daysBetween(today, reminder.date) })),
    isDueLaterThanRecommended: recommendedHandIn !== undefined && cycle.selfReportDue > recommendedHandIn,
  };
}

/**
 * How strongly the rotation favours what the Selbstreport will need (enough answers from enough
 * different people) over an even spread of answers: 0 at the cycle start, rising linearly to 1
 * on the due date. Coverage then rises evenly early on and closes its gaps toward the deadline.
 */
export function deadlineWeight(cycle: Pick<Cycle, "start" | "selfReportDue">, now: Date, timeZone: string): number {
  return progressOn(cycle, localDateAt(now, timeZone));
}
