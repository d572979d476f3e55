/**
 * Calendar arithmetic for schedules and user-facing dates: local dates and wall-clock times in
 * an IANA zone, converted to and from UTC instants with Intl only, correct across DST changes.
 *
 * Dates are ISO strings ("2026-12-01"), times are "HH:MM"; both compare correctly as strings.
 */
import type { Locale } from "./quality-models";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock moment in some zone. */
export interface LocalDateTime {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM" */
  time: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

// Creating a DateTimeFormat costs far more than using one; scheduling asks the same few zones thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
// Bounded: every turn checks the zone its Teams client sends, and Intl takes a name in any capitalisation.
const MAX_FORMATTERS = 1_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// `format` is about three times faster than `formatToParts`; en-US with h23 has a fixed shape.
const EN_US_SHAPE = /^(\d{2})\/(\d{2})\/(\d+), (\d{2}):(\d{2}):(\d{2})$/;

/** The zone's wall clock at an instant, as if it were UTC (milliseconds, whole seconds). */
function wallClockMs(instantMs: number, timeZone: string): number {
  const match = EN_US_SHAPE.exec(formatterFor(timeZone).format(instantMs));
  if (!match) throw new Error(`unexpected date format for zone ${timeZone}`);
  const [, month, day, year, hour, minute, second] = match.map(Number);
  return utcMs(year ?? 0, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
}

function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  // Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year);
  return date.getTime();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function dateOfUtcMs(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function parseDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`expected a date as YYYY-MM-DD, got ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function parseTime(time: string): [number, number] {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`expected a time as HH:MM, got ${time}`);
  return [Number(match[1]), Number(match[2])];
}

function dateMs(date: string): number {
  const [year, month, day] = parseDate(date);
  return utcMs(year, month, day);
}

/** True when Intl knows the zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the zone from UTC at an instant, in minutes (Berlin in summer: 120). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((wallClockMs(wholeSecond, timeZone) - wholeSecond) / MINUTE_MS);
}

/** The wall-clock date, time and weekday in a zone at an instant. */
export function localDateTimeAt(instant: Date, timeZone: string): LocalDateTime {
  const ms = instant.getTime();
  const wall = wallClockMs(ms - (((ms % 1000) + 1000) % 1000), timeZone);
  const date = dateOfUtcMs(wall);
  const clock = new Date(wall);
  return { date, time: `${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}`, weekday: isoWeekday(date) };
}

/** The local date in a zone at an instant. */
export function localDateAt(instant: Date, timeZone: string): string {
  return localDateTimeAt(instant, timeZone).date;
}

// A scheduler tick every few minutes converts the same few slots again and again; zone rules
// do not change while the process runs, so the results can be kept.
const instants = new Map<string, number>();
const INSTANT_CACHE_LIMIT = 10_000;

/**
 * The instant at which a zone's clocks show a local date and time. A time that does not exist
 * (skipped when clocks go forward) moves to the next valid minute: 02:30 on 2026-03-29 in
 * Berlin becomes 03:00 CEST. A time that occurs twice (clocks go back) takes the first
 * occurrence: 02:30 on 2026-10-25 in Berlin is 02:30 CEST, not CET.
 */
export function instantOf(date: string, time: string, timeZone: string): Date {
  const key = `${timeZone}|${date}|${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = computeInstant(date, time, timeZone);
    if (instants.size >= INSTANT_CACHE_LIMIT) instants.clear();
    instants.set(key, instant);
  }
  return new Date(instant);
}

function computeInstant(date: string, time: string, timeZone: string): number {
  const [hour, minute] = parseTime(time);
  const wall = dateMs(date) + hour * 3_600_000 + minute * MINUTE_MS;
  // Offsets a day either side bracket at most one transition, which is all real zones have.
  const offsetBefore = wallClockMs(wall - DAY_MS, timeZone) - (wall - DAY_MS);
  const offsetAfter = wallClockMs(wall + DAY_MS, timeZone) - (wall + DAY_MS);
  const candidates = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return first;
  return firstInstantAfterGap(wall - offsetAfter, wall - offsetBefore, offsetAfter, timeZone);
}

/** The transition instant inside a gap: the first minute whose offset is the new one. */
function firstInstantAfterGap(lowMs: number, highMs: number, newOffsetMs: number, timeZone: string): number {
  let low = Math.floor(lowMs / MINUTE_MS);
  let high = Math.ceil(highMs / MINUTE_MS);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const instant = middle * MINUTE_MS;
    if (wallClockMs(instant, timeZone) - instant === newOffsetMs) high = middle;
    else low = middle + 1;
  }
  return low * MINUTE_MS;
}

/** The first instant of a local date (midnight, or the first valid minute where midnight is skipped). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return instantOf(date, "00:00", timeZone);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(dateMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The date so many calendar days later (or earlier, with a negative count). */
export function addDays(date: string, days: number): string {
  return dateOfUtcMs(dateMs(date) + days * DAY_MS);
}

/** Calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateMs(to) - dateMs(from)) / DAY_MS);
}

/** The same day of the month so many months later or earlier, clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(utcMs(targetYear, targetMonth + 1, 1) - DAY_MS).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * The same local wall-clock time so many days later in a zone: a Tuesday 10:00 stays at 10:00
 * across a DST change, although the day in between had 23 or 25 hours.
 */
export function addDaysInZone(instant: Date, days: number, timeZone: string): Date {
  const local = localDateTimeAt(instant, timeZone);
  return instantOf(addDays(local.date, days), local.time, timeZone);
}

/** The Monday of the ISO week that contains a date. */
export function isoWeekMonday(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO week key, e.g. "2026-W48"; the week belongs to the year of its Thursday. */
export function isoWeekKey(date: string): string {
  const thursday = addDays(isoWeekMonday(date), 3);
  const [year] = parseDate(thursday);
  const week = Math.floor(daysBetween(`${pad(year, 4)}-01-01`, thursday) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Month key, e.g. "2026-11". */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** The first day of the month that contains a date. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

const WEEKDAY_NAMES: Record<Locale, readonly string[]> = {
  de: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const MONTH_NAMES: Record<Locale, readonly string[]> = {
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** The name of an ISO weekday (1 = Monday) in a language. */
function weekdayName(weekday: number, locale: Locale): string {
  return WEEKDAY_NAMES[locale][weekday - 1] ?? "";
}

/** A date for people: "Dienstag, 1. Dezember 2026" / "Tuesday, 1 December 2026". */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = parseDate(date);
  const weekday = weekdayName(isoWeekday(date), locale);
  const monthName = MONTH_NAMES[locale][month - 1] ?? "";
  return locale === "de" ? `${weekday}, ${day}. ${monthName} ${year}` : `${weekday}, ${day} ${monthName} ${year}`;
}

/** A short date for tables and lists: "01.12.2026" / "1 Dec 2026". */
export function formatShortDate(date: string, locale: Locale): string {
  const [year, month, day] = parseDate(date);
  if (locale === "de") return `${pad(day)}.${pad(month)}.${year}`;
  return `${day} ${(MONTH_NAMES.en[month - 1] ?? "").slice(0, 3)} ${year}`;
}

/** An instant for people, in their zone: "Dienstag, 1. Dezember 2026, 10:00" / "Tuesday, 1 December 2026, 10:00". */
export function formatDateTime(instant: Date, timeZone: string, locale: Locale): string {
  const local = localDateTimeAt(instant, timeZone);
  return `${formatDate(local.date, locale)}, ${local.time}`;
}

/**
 * Orders two ISO timestamps (negative: `a` is earlier). Timestamps written by `toISOString`
 * compare as plain strings, which keeps one pass over 100,000 answers cheap; any other
 * ISO form (an offset, no milliseconds) is parsed.
 */
export function compareTimestamps(a: string, b: string): number {
  if (a.length === b.length && a.endsWith("Z") && b.endsWith("Z")) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}
