/**
 * A member's working calendar: the days and hours when the bot may write to them. A day is a
 * *business day* when the organisation and the member both work on that weekday and it is no
 * public holiday of the organisation's state, no closure and no school holiday it entered; it is
 * a *working day* when, besides, the member is not paused or on holiday. Prompts, reminders and
 * snoozed prompts arrive on working days within the working window only.
 *
 * The member's *slot time* is their preferred time (or the organisation's) moved into the
 * working window (at the latest five minutes before it closes, so a tick finds it); their
 * *working slot* of a day is that time on that day.
 */
import { addDays, instantOf, isoWeekday, localDateTimeAt } from "./calendar";
import type { MemberWorkingTime, Vacation } from "./member";
import type { OrgConfig, QuietPeriod, WorkingTime } from "./org-config";
import { publicHolidayOn } from "./public-holidays";

/** What of a member the calendar needs. */
export interface CalendarPreferences {
  /** IANA zone (already checked: see effectiveTimeZone). */
  timeZone?: string;
  preferredTime?: string;
  pausedUntil?: string;
  vacationUntil?: string;
  vacations?: readonly Vacation[];
  workingTime?: MemberWorkingTime;
}

export interface WorkingCalendar {
  timeZone: string;
  /** "HH:MM", inclusive. */
  from: string;
  /** "HH:MM" or "24:00", exclusive. */
  until: string;
  /** The member's slot time, within [from, until − LAST_SLOT_MARGIN_MINUTES]. */
  slotTime: string;
  /** Working days a missed slot may be late and still come. */
  catchUpDays: number;
  isBusinessDay(date: string): boolean;
  /** Paused or on holiday. */
  isAwayOn(date: string): boolean;
}

/** Days searched for the next working slot: more than a year of closures and holidays means none. */
const MAX_SEARCH_DAYS = 400;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The scheduler's tick interval (SCHEDULE_TIMER, every five minutes by default). A slot in the
 * last minutes before the window closes would find no tick within working time, and a missed
 * one would be carried from day to day until it is too late: the last slot of a day is this
 * long before the window's end.
 */
const LAST_SLOT_MARGIN_MINUTES = 5;

/** A time moved into the window: before it its start, at its end or later the last slot time. */
function clampIntoWindow(time: string, from: string, until: string): string {
  const lastSlot = timeOf(Math.max(minutesOf(from), minutesOf(until) - LAST_SLOT_MARGIN_MINUTES));
  if (time < from) return from;
  if (time > lastSlot) return lastSlot;
  return time;
}

function isInPeriods(date: string, periods: readonly Pick<QuietPeriod, "from" | "to">[]): boolean {
  return periods.some((period) => period.from <= date && date <= period.to);
}

/** True when the member is paused or on holiday on a date. */
export function isAwayOn(preferences: CalendarPreferences, date: string): boolean {
  return (
    (preferences.pausedUntil !== undefined && date <= preferences.pausedUntil) ||
    (preferences.vacationUntil !== undefined && date <= preferences.vacationUntil) ||
    (preferences.vacations ?? []).some((vacation) => vacation.from <= date && date <= vacation.to)
  );
}

/**
 * The calendar of a member in an organisation. `timeZone` must be the member's effective zone;
 * `slotTime` their preferred time or the organisation's.
 */
export function workingCalendar(
  config: Pick<OrgConfig, "quietPeriods"> & { workingTime: WorkingTime },
  preferences: CalendarPreferences,
  timeZone: string,
  time: string,
): WorkingCalendar {
  const org = config.workingTime;
  const own = preferences.workingTime ?? {};
  const weekdays = new Set(org.weekdays.filter((day) => !own.weekdays || own.weekdays.includes(day)));
  const from = own.from && own.from > org.from ? own.from : org.from;
  const ownUntil = own.until && own.until < org.until ? own.until : org.until;
  // A member's narrowing that leaves no time at all falls back to the organisation's window.
  const until = ownUntil > from ? ownUntil : org.until;
  const windowFrom = until > from ? from : org.from;
  const quiet = config.quietPeriods;
  const businessDays = new Map<string, boolean>();
  return {
    timeZone,
    from: windowFrom,
    until,
    slotTime: clampIntoWindow(time, windowFrom, until),
    catchUpDays: org.catchUpDays,
    isBusinessDay(date) {
      let known = businessDays.get(date);
      if (known === undefined) {
        known =
          weekdays.has(isoWeekday(date)) &&
          publicHolidayOn(org.state, date, org.regionalHolidays) === undefined &&
          !isInPeriods(date, quiet);
        businessDays.set(date, known);
      }
      return known;
    },
    isAwayOn: (date) => isAwayOn(preferences, date),
  };
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  return calendar.isBusinessDay(date) && !calendar.isAwayOn(date);
}

/** True when the bot may write to the member at this instant. */
export function isWorkingMoment(calendar: WorkingCalendar, instant: Date): boolean {
  const local = localDateTimeAt(instant, calendar.timeZone);
  return isWorkingDay(calendar, local.date) && calendar.from <= local.time && local.time < calendar.until;
}

/** The member's working slot on a date (whether or not the date is a working day). */
export function workingSlotOn(calendar: WorkingCalendar, date: string): Date {
  return instantOf(date, calendar.slotTime, calendar.timeZone);
}

/** The first working day on or after a date, if there is one within a year. */
export function firstWorkingDayFrom(calendar: WorkingCalendar, date: string): string | undefined {
  for (let offset = 0; offset < MAX_SEARCH_DAYS; offset++) {
    const day = addDays(date, offset);
    if (isWorkingDay(calendar, day)) return day;
  }
  return undefined;
}

/** The member's first working slot at or after an instant. */
export function nextWorkingSlot(calendar: WorkingCalendar, after: Date): Date | undefined {
  let date = localDateTimeAt(after, calendar.timeZone).date;
  for (let tries = 0; tries < 2; tries++) {
    const day = firstWorkingDayFrom(calendar, date);
    if (day === undefined) return undefined;
    const slot = workingSlotOn(calendar, day);
    if (slot.getTime() >= after.getTime()) return slot;
    date = addDays(day, 1);
  }
  return undefined;
}

/**
 * Business days after `from` up to and including `to` (0 when `to` is not after `from`): how
 * late a slot of `from` is on `to`. Counting stops above `limit`, which is all callers need.
 */
export function businessDaysLate(calendar: WorkingCalendar, from: string, to: string, limit: number): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to && count <= limit; day = addDays(day, 1))
    if (calendar.isBusinessDay(day)) count++;
  return count;
}

/**
 * True when the member could be written to at every moment from `start` to `end`: both on one
 * working day's window, or across midnight where the windows meet (a round-the-clock calendar).
 * A scheduler tick a few minutes after a slot is then on time, not a missed slot.
 */
export function isWorkingThroughout(calendar: WorkingCalendar, start: Date, end: Date): boolean {
  if (!isWorkingMoment(calendar, start) || !isWorkingMoment(calendar, end)) return false;
  const first = localDateTimeAt(start, calendar.timeZone).date;
  const last = localDateTimeAt(end, calendar.timeZone).date;
  if (first === last) return true;
  if (calendar.from !== "00:00" || calendar.until !== "24:00") return false;
  for (let day = addDays(first, 1); day < last; day = addDays(day, 1)) if (!isWorkingDay(calendar, day)) return false;
  return true;
}
