/** Dates as people type them in a chat: "31.12.2026", "31.12.26", "31.12.", "2026-12-31". */

export type UserDate = { kind: "date"; isoDate: string } | { kind: "invalid" };

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Parses a typed date; `today` (YYYY-MM-DD, the member's local date) completes "31.12." to the next such day. */
export function parseUserDate(text: string, today: string): UserDate {
  const trimmed = text.trim().replace(/^(bis|until|zum|to)\s+/i, "");
  let match = trimmed.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (match) return wrap(isoDate(Number(match[1]), Number(match[2]), Number(match[3])));
  match = trimmed.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/);
  if (!match) return { kind: "invalid" };
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (match[3]) {
    const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return wrap(isoDate(year, month, day));
  }
  const thisYear = Number(today.slice(0, 4));
  const candidate = isoDate(thisYear, month, day);
  if (candidate && candidate >= today) return wrap(candidate);
  return wrap(isoDate(thisYear + 1, month, day));
}

function wrap(value: string | undefined): UserDate {
  return value ? { kind: "date", isoDate: value } : { kind: "invalid" };
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
