/**
 * Dates and spans of dates as people type them in a chat, German and English: "1.1.",
 * "15.08.2026", "2026-08-15", "15. August", "Aug 15", "bis Ende März", "end of March",
 * "2 Wochen", "3 days", "vom 20.07. bis 10.08.", "from 20 July to 10 August", "bis Freitag".
 * A date without a year is the next such day from `today` on (the member's local date); the end
 * of a span without a year is the next such day from its start on.
 */
import { addDays, addMonths, isoWeekday } from "./calendar";

export type UserDate = { kind: "date"; isoDate: string } | { kind: "invalid" };

/** A span the member means: from `from` (absent: from today) to `to`, both inclusive. */
export type UserDateSpan = { kind: "span"; from?: string; to: string } | { kind: "invalid" };

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  jänner: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  december: 12,
  dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  montag: 1,
  monday: 1,
  mo: 1,
  dienstag: 2,
  tuesday: 2,
  di: 2,
  mittwoch: 3,
  wednesday: 3,
  mi: 3,
  donnerstag: 4,
  thursday: 4,
  do: 4,
  freitag: 5,
  friday: 5,
  fr: 5,
  samstag: 6,
  sonnabend: 6,
  saturday: 6,
  sa: 6,
  sonntag: 7,
  sunday: 7,
  so: 7,
};

const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einer: 1,
  a: 1,
  an: 1,
  one: 1,
  zwei: 2,
  two: 2,
  drei: 3,
  three: 3,
  vier: 4,
  four: 4,
  fünf: 5,
  fuenf: 5,
  five: 5,
  sechs: 6,
  six: 6,
};

/** A day and month, with the year when one was given. */
interface DayOfYear {
  day: number;
  month: number;
  year?: number;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The day of year in the first year from `notBefore` on that has it (29 February waits for a leap year). */
function nextOccurrence(value: DayOfYear, notBefore: string): string | undefined {
  if (value.year !== undefined) return isoDate(value.year, value.month, value.day);
  const firstYear = Number(notBefore.slice(0, 4));
  for (let year = firstYear; year <= firstYear + 8; year++) {
    const candidate = isoDate(year, value.month, value.day);
    if (candidate && candidate >= notBefore) return candidate;
  }
  return undefined;
}

/** "15.8.", "15.08.2026", "15.8.26", "15.8" — the German numeric form. */
function numericDate(text: string): DayOfYear | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.?(?:(\d{4}|\d{2}))?$/.exec(text);
  if (!match) return undefined;
  return { day: Number(match[1]), month: Number(match[2]), ...(match[3] ? { year: fullYear(match[3]) } : {}) };
}

/** "2026-08-15", and "15/08/2026" as Europeans write it. */
function isoOrSlashDate(text: string): DayOfYear | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(text);
  if (match)
    return { day: Number(match[1]), month: Number(match[2]), ...(match[3] ? { year: fullYear(match[3]) } : {}) };
  return undefined;
}

/** "15. August", "15 Aug 2026", "August 15", "Aug 15th, 2026". */
function namedMonthDate(text: string): DayOfYear | undefined {
  let match = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?([a-zäö]+)\.?,?(?:\s+(\d{4}|\d{2}))?$/.exec(text);
  if (match) {
    const month = MONTHS[match[2] ?? ""];
    if (month) return { day: Number(match[1]), month, ...(match[3] ? { year: fullYear(match[3]) } : {}) };
  }
  match = /^([a-zäö]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}|\d{2}))?$/.exec(text);
  if (match) {
    const month = MONTHS[match[1] ?? ""];
    if (month) return { day: Number(match[2]), month, ...(match[3] ? { year: fullYear(match[3]) } : {}) };
  }
  return undefined;
}

/** "Ende März", "Ende März 2027", "end of March", "Monatsende", "Ende des Monats". */
function endOfMonth(text: string, notBefore: string): string | undefined {
  if (/^(monatsende|ende des monats|end of (the )?month)$/.test(text))
    return addDays(addMonths(`${notBefore.slice(0, 7)}-01`, 1), -1);
  const match = /^(?:ende|end of)\s+([a-zäö]+)\.?(?:\s+(\d{4}|\d{2}))?$/.exec(text);
  const month = match ? MONTHS[match[1] ?? ""] : undefined;
  if (!match || !month) return undefined;
  const year = match[2] ? fullYear(match[2]) : undefined;
  const firstYear = year ?? Number(notBefore.slice(0, 4));
  for (let candidateYear = firstYear; candidateYear <= firstYear + 1; candidateYear++) {
    const first = isoDate(candidateYear, month, 1);
    const last = first && addDays(addMonths(first, 1), -1);
    if (last && (year !== undefined || last >= notBefore)) return last;
  }
  return undefined;
}

/** "heute", "morgen", "übermorgen", "today", "tomorrow", and weekday names: the next such day. */
function relativeDay(text: string, today: string): string | undefined {
  switch (text) {
    case "heute":
    case "today":
      return today;
    case "morgen":
    case "tomorrow":
      return addDays(today, 1);
    case "übermorgen":
    case "uebermorgen":
      return addDays(today, 2);
  }
  const weekday = WEEKDAYS[text.replace(/^(nächsten|naechsten|kommenden|next)\s+/, "")];
  if (weekday === undefined) return undefined;
  return addDays(today, (weekday - isoWeekday(today) + 7) % 7);
}

/** The date a text names, the first one from `notBefore` on when it gives no year. */
function dateFrom(text: string, notBefore: string): string | undefined {
  const value = numericDate(text) ?? isoOrSlashDate(text) ?? namedMonthDate(text);
  if (value) return nextOccurrence(value, notBefore);
  return endOfMonth(text, notBefore) ?? relativeDay(text, notBefore);
}

/** "2 Wochen", "eine Woche", "10 Tage", "3 Monate", "two weeks", "a month": the last day of that long from today. */
function duration(text: string, today: string): string | undefined {
  const match =
    /^(?:für\s+|fuer\s+|for\s+)?(\d{1,3}|[a-zäöü]+)\s+(tage?n?|days?|wochen?|weeks?|monate?n?|months?)$/.exec(text);
  if (!match) return undefined;
  const count = /^\d+$/.test(match[1] ?? "") ? Number(match[1]) : NUMBER_WORDS[match[1] ?? ""];
  if (!count) return undefined;
  const unit = match[2] ?? "";
  if (unit.startsWith("tag") || unit.startsWith("day")) return addDays(today, count - 1);
  if (unit.startsWith("woche") || unit.startsWith("week")) return addDays(today, count * 7 - 1);
  return addDays(addMonths(today, count), -1);
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[.!?]+$/, (end) => (/\d\.$/.test(text.trim()) ? end : ""));
}

/** The date a member typed ("31.12.", "2026-12-31", "15. August", "Ende März", "Freitag"). */
export function parseUserDate(text: string, today: string): UserDate {
  const span = parseUserDateSpan(text, today);
  return span.kind === "span" && span.from === undefined ? { kind: "date", isoDate: span.to } : { kind: "invalid" };
}

/**
 * A span a member typed after "pause" or "urlaub": "bis 1.1.", "2 Wochen", "vom 20.07. bis
 * 10.08.", "20.7.–10.8.", "until 15 August", "from 20 July to 10 August", or just a date (until then).
 */
export function parseUserDateSpan(text: string, today: string): UserDateSpan {
  const words = normalise(text).replace(/^(bis zum|bis|until|till|til|to|zum|up to)\s+/, "");
  const range =
    /^(?:vom|von|ab|from|between)\s+(.+?)\s+(?:bis zum|bis|to|until|till|and|-)\s+(.+)$/.exec(words) ??
    /^(.+?)\s*(?:\s-\s|-(?=\s*\d{1,2}\.)|\s+bis\s+|\s+to\s+|\s+until\s+)\s*(.+)$/.exec(words);
  if (range) {
    const spanFrom = (notBefore: string) => {
      const from = dateFrom(range[1] ?? "", notBefore);
      const to = from && dateFrom(range[2] ?? "", from);
      return from && to ? { from, to } : undefined;
    };
    // "vom 20.07. bis 10.08." typed on 25 July is this year's holiday, already begun.
    // (Not when the end names its year: then the end decides.)
    const ahead = spanFrom(today);
    const begun = spanFrom(addMonths(today, -6));
    const span = begun && begun.from <= today && begun.to >= today && begun.to !== ahead?.to ? begun : ahead;
    return span ? { kind: "span", ...span } : { kind: "invalid" };
  }
  const to = dateFrom(words, today) ?? duration(words, today);
  return to ? { kind: "span", to } : { kind: "invalid" };
}
