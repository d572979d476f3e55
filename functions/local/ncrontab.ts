/**
 * The six-field NCRONTAB expressions of Azure Functions timers ("{second} {minute} {hour} {day}
 * {month} {day of week}"), for the local timer runner: numbers, `*`, ranges, steps and lists,
 * evaluated in UTC as the Functions host does by default. Day and weekday must both match.
 */

interface Field {
  min: number;
  max: number;
}

const FIELDS: readonly Field[] = [
  { min: 0, max: 59 }, // second
  { min: 0, max: 59 }, // minute
  { min: 0, max: 23 }, // hour
  { min: 1, max: 31 }, // day of month
  { min: 1, max: 12 }, // month
  { min: 0, max: 6 }, // day of week, 0 = Sunday
];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

export interface CronSchedule {
  /** The allowed values of each field, in field order. */
  allowed: readonly ReadonlySet<number>[];
}

export function parseNcrontab(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 6) throw new Error(`"${expression}" is not a six-field NCRONTAB expression`);
  return { allowed: parts.map((part, index) => parseField(part, FIELDS[index] as Field, index)) };
}

function parseField(text: string, field: Field, index: number): Set<number> {
  const allowed = new Set<number>();
  for (const item of text.toLowerCase().split(",")) {
    const [range = "", stepText] = item.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    let [from, to] = [field.min, field.max];
    if (range !== "*") {
      const [start = "", end] = range.split("-");
      from = valueOf(start, index);
      to = end === undefined ? (stepText === undefined ? from : field.max) : valueOf(end, index);
    }
    if (!Number.isInteger(step) || step < 1 || from < field.min || to > field.max || from > to) {
      throw new Error(`"${text}" is not a valid NCRONTAB field`);
    }
    for (let value = from; value <= to; value += step) allowed.add(value);
  }
  return allowed;
}

function valueOf(text: string, index: number): number {
  const names = index === 4 ? MONTHS : index === 5 ? WEEKDAYS : [];
  const named = names.indexOf(text);
  if (named >= 0) return index === 4 ? named + 1 : named;
  if (!/^\d+$/.test(text)) throw new Error(`"${text}" is not a number`);
  // Cron also writes Sunday as 7.
  return index === 5 && text === "7" ? 0 : Number(text);
}

/** The first occurrence strictly after `after`, searching up to a year ahead. */
export function nextOccurrence(schedule: CronSchedule, after: Date): Date {
  const [seconds, minutes, hours, days, months, weekdays] = schedule.allowed as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  const start = new Date(Math.floor(after.getTime() / 1_000) * 1_000 + 1_000);
  const minute = new Date(start);
  minute.setUTCSeconds(0);
  for (let i = 0; i < 366 * 24 * 60; i++, minute.setUTCMinutes(minute.getUTCMinutes() + 1)) {
    const isMatch =
      months.has(minute.getUTCMonth() + 1) &&
      days.has(minute.getUTCDate()) &&
      weekdays.has(minute.getUTCDay()) &&
      hours.has(minute.getUTCHours()) &&
      minutes.has(minute.getUTCMinutes());
    if (!isMatch) continue;
    const fromSecond = minute.getTime() < start.getTime() ? start.getUTCSeconds() : 0;
    const second = [...seconds].sort((a, b) => a - b).find((value) => value >= fromSecond);
    if (second !== undefined) return new Date(minute.getTime() + second * 1_000);
  }
  throw new Error("no occurrence within a year");
}
