/**
 * A member's prompt slot: the schedule period that contains "now" in the member's zone, the
 * moment within it when their prompt becomes due, and whether that slot is suppressed.
 *
 * Periods: weekly = ISO weeks ("2026-W48"); biweekly = pairs of ISO weeks counted from the
 * week the cycle starts in, keyed by the pair's first week; monthly = calendar months
 * ("2026-11") with the slot on the first configured weekday of the month.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  firstOfMonth,
  instantOf,
  isKnownTimeZone,
  isoWeekday,
  isoWeekKey,
  isoWeekMonday,
  localDateAt,
  monthKey,
  startOfLocalDay,
} from "./calendar";
import type { Cycle, OrgConfig, QuietPeriod, Schedule } from "./org-config";

/** What a member may set that changes their schedule. */
export interface SchedulePreferences {
  /** IANA zone from the Teams client; wins over the organisation's zone. */
  timeZone?: string;
  /** "HH:MM"; wins over the organisation's time. */
  preferredTime?: string;
  /** Inclusive local date. */
  pausedUntil?: string;
  /** Inclusive local date. */
  vacationUntil?: string;
}

export interface SchedulePeriod {
  key: string;
  /** First and last local date of the period, inclusive. */
  firstDate: string;
  lastDate: string;
  /** The local date of the period's slot. */
  slotDate: string;
}

export interface MemberSlot {
  period: SchedulePeriod;
  timeZone: string;
  /** "HH:MM" local. */
  time: string;
  /** When the prompt becomes due (DST-adjusted: a skipped local time moves to the next valid minute). */
  dueAt: Date;
  /** The first instant of the period in the member's zone. */
  periodStartsAt: Date;
  /** The member's local date at `now`. */
  today: string;
}

export type SlotSuppression = "outsideCycle" | "quietPeriod" | "paused" | "vacation";

type ScheduleRule = Pick<Schedule, "frequency" | "weekday">;

/** The schedule period that contains a local date. */
export function periodContaining(date: string, schedule: ScheduleRule, cycleStart: string): SchedulePeriod {
  switch (schedule.frequency) {
    case "weekly": {
      const monday = isoWeekMonday(date);
      return {
        key: isoWeekKey(monday),
        firstDate: monday,
        lastDate: addDays(monday, 6),
        slotDate: addDays(monday, schedule.weekday - 1),
      };
    }
    case "biweekly": {
      const anchor = isoWeekMonday(cycleStart);
      const weeks = Math.floor(daysBetween(anchor, isoWeekMonday(date)) / 7);
      const monday = addDays(anchor, Math.floor(weeks / 2) * 14);
      return {
        key: isoWeekKey(monday),
        firstDate: monday,
        lastDate: addDays(monday, 13),
        slotDate: addDays(monday, schedule.weekday - 1),
      };
    }
    case "monthly": {
      const first = firstOfMonth(date);
      const offset = (schedule.weekday - isoWeekday(first) + 7) % 7;
      return {
        key: monthKey(first),
        firstDate: first,
        lastDate: addDays(addMonths(first, 1), -1),
        slotDate: addDays(first, offset),
      };
    }
  }
}

/** The member's zone, or the organisation's when the member's is missing or unknown to Intl. */
export function effectiveTimeZone(
  schedule: Pick<Schedule, "timeZone">,
  preferences: Pick<SchedulePreferences, "timeZone">,
): string {
  return preferences.timeZone && isKnownTimeZone(preferences.timeZone) ? preferences.timeZone : schedule.timeZone;
}

/** The member's slot in the period that contains `now` in their zone. */
export function memberSlot(
  config: Pick<OrgConfig, "schedule"> & { cycle: Pick<Cycle, "start"> },
  preferences: Pick<SchedulePreferences, "timeZone" | "preferredTime">,
  now: Date,
): MemberSlot {
  const timeZone = effectiveTimeZone(config.schedule, preferences);
  const time = preferences.preferredTime ?? config.schedule.time;
  const today = localDateAt(now, timeZone);
  const period = periodContaining(today, config.schedule, config.cycle.start);
  return {
    period,
    timeZone,
    time,
    dueAt: instantOf(period.slotDate, time, timeZone),
    periodStartsAt: startOfLocalDay(period.firstDate, timeZone),
    today,
  };
}

/** True when a local date falls into one of the organisation's quiet periods (inclusive). */
export function isInQuietPeriod(date: string, quietPeriods: readonly Pick<QuietPeriod, "from" | "to">[]): boolean {
  return quietPeriods.some((quiet) => quiet.from <= date && date <= quiet.to);
}

export function isPausedOn(preferences: Pick<SchedulePreferences, "pausedUntil">, date: string): boolean {
  return preferences.pausedUntil !== undefined && date <= preferences.pausedUntil;
}

export function isOnVacationOn(preferences: Pick<SchedulePreferences, "vacationUntil">, date: string): boolean {
  return preferences.vacationUntil !== undefined && date <= preferences.vacationUntil;
}

/**
 * Why a slot gives no prompt, if it does not. A slot on a quiet, paused or vacation day is
 * dropped for the whole period (no catch-up afterwards: the next prompt comes with the next
 * period); a late catch-up is also held back while today itself is quiet. Nothing is sent
 * before the cycle starts or after the Selbstreport is due.
 */
export function slotSuppression(
  config: Pick<OrgConfig, "quietPeriods"> & { cycle: Pick<Cycle, "start" | "selfReportDue"> },
  preferences: Pick<SchedulePreferences, "pausedUntil" | "vacationUntil">,
  slot: Pick<MemberSlot, "period" | "today">,
): SlotSuppression | undefined {
  const { slotDate } = slot.period;
  if (slotDate < config.cycle.start || slot.today > config.cycle.selfReportDue) return "outsideCycle";
  if (isInQuietPeriod(slotDate, config.quietPeriods) || isInQuietPeriod(slot.today, config.quietPeriods))
    return "quietPeriod";
  if (isPausedOn(preferences, slotDate)) return "paused";
  if (isOnVacationOn(preferences, slotDate)) return "vacation";
  return undefined;
}
