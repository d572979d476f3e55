/**
 * A member's prompt slots: the schedule periods, and which period's prompt is due at a moment
 * in the member's working time.
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
  isKnownTimeZone,
  isoWeekday,
  isoWeekKey,
  isoWeekMonday,
  localDateAt,
  monthKey,
} from "./calendar";
import type { Cycle, OrgConfig, Schedule } from "./org-config";
import {
  businessDaysLate,
  firstWorkingDayFrom,
  isWorkingMoment,
  isWorkingThroughout,
  workingCalendar,
  workingSlotOn,
  type CalendarPreferences,
  type WorkingCalendar,
} from "./working-calendar";

/** What a member may set that changes their schedule. */
export interface SchedulePreferences extends CalendarPreferences {
  /** IANA zone from the Teams client; wins over the organisation's zone. */
  timeZone?: string;
  /** "HH:MM"; wins over the organisation's time. */
  preferredTime?: string;
}

export interface SchedulePeriod {
  key: string;
  /** First and last local date of the period, inclusive. */
  firstDate: string;
  lastDate: string;
  /** The local date of the period's slot. */
  slotDate: string;
}

/** A period whose prompt is due. */
export interface DueSlot {
  period: SchedulePeriod;
  /** The slot by the schedule alone: the member's slot time on the period's slot date. */
  slotAt: Date;
  /** When the prompt is sent: the slot, or the working slot it moved to. */
  dueAt: Date;
  /** The first moment the prompt was due: the slot, or the first working slot after it. */
  firstDueAt: Date;
}

/** The parts of the configuration the schedule reads. */
export type ScheduleConfig = Pick<OrgConfig, "schedule" | "quietPeriods" | "workingTime"> & {
  cycle: Pick<Cycle, "start" | "selfReportDue">;
};

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

/** The member's working calendar in the organisation, in their zone and with their slot time. */
export function memberCalendar(
  config: Pick<OrgConfig, "schedule" | "quietPeriods" | "workingTime">,
  preferences: SchedulePreferences,
): WorkingCalendar {
  const timeZone = effectiveTimeZone(config.schedule, preferences);
  return workingCalendar(config, preferences, timeZone, preferences.preferredTime ?? config.schedule.time);
}

/** The period before a period. */
export function previousPeriod(period: SchedulePeriod, schedule: ScheduleRule, cycleStart: string): SchedulePeriod {
  return periodContaining(addDays(period.firstDate, -1), schedule, cycleStart);
}

export interface DueOptions {
  /**
   * Local mode's "send now": the current period's prompt is due at once, whatever the working
   * time; a member's pause or holiday and the cycle still hold.
   */
  isDueNow?: boolean;
}

/**
 * The period whose prompt is due for a member at `now`, if any: the scheduler's rule, and the
 * one every "next send" the bot announces is computed from.
 *
 * Nothing is due outside the member's working time. A period's prompt is due from its slot; a
 * slot on a day that is no working day (weekend, holiday, closure, pause) moves to the member's
 * next working slot. A slot the scheduler missed (it did not run) comes with the member's next
 * working slot, unless more than `catchUpDays` business days have passed since the slot date:
 * then it is skipped, not caught up. Only the newest period whose slot has come counts, so a
 * member never gets two prompts at once, and last period's prompt is not caught up once this
 * period's own slot is as near as the old one is late. Nothing before the cycle
 * starts or after the Selbstreport is due.
 */
export function dueSlotAt(
  config: ScheduleConfig,
  calendar: WorkingCalendar,
  now: Date,
  options: DueOptions = {},
): DueSlot | undefined {
  const { schedule, cycle } = config;
  const today = localDateAt(now, calendar.timeZone);
  if (today > cycle.selfReportDue) return undefined;
  const current = periodContaining(today, schedule, cycle.start);
  if (options.isDueNow) {
    if (current.slotDate < cycle.start || calendar.isAwayOn(today)) return undefined;
    const slotAt = workingSlotOn(calendar, current.slotDate);
    return { period: current, slotAt, dueAt: now, firstDueAt: now };
  }
  if (!isWorkingMoment(calendar, now)) return undefined;
  const period =
    workingSlotOn(calendar, current.slotDate).getTime() <= now.getTime()
      ? current
      : previousPeriod(current, schedule, cycle.start);
  if (period.slotDate < cycle.start) return undefined;
  const firstDay = firstWorkingDayFrom(calendar, period.slotDate);
  if (firstDay === undefined || firstDay > today) return undefined;
  const limit = calendar.catchUpDays;
  const lateness = businessDaysLate(calendar, period.slotDate, today, limit);
  if (lateness > limit) return undefined;
  // Last period's prompt gives way once this period's own slot is nearer than it is late (after a closure, say).
  if (period !== current && businessDaysLate(calendar, today, current.slotDate, lateness) <= lateness) return undefined;
  const slotAt = workingSlotOn(calendar, period.slotDate);
  const movedTo = workingSlotOn(calendar, firstDay);
  if (movedTo.getTime() > now.getTime()) return undefined;
  if (isWorkingThroughout(calendar, movedTo, now)) return { period, slotAt, dueAt: movedTo, firstDueAt: movedTo };
  // Missed: the prompt comes with today's working slot, not at whatever hour the scheduler runs again.
  const todaysSlot = workingSlotOn(calendar, today);
  return todaysSlot.getTime() <= now.getTime() ? { period, slotAt, dueAt: todaysSlot, firstDueAt: movedTo } : undefined;
}
