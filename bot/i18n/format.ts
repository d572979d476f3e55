/** Dates and times for people: in their language and their time zone. */
import type { Locale } from "../domain/quality-models";
import { LANGUAGE_TAG } from "./language-tag";

/** The styles of a moment people read, each formatted in their language and zone. */
const MOMENT_STYLES = {
  dateTime: { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" },
  date: { day: "numeric", month: "long", year: "numeric" },
  dateAndTime: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building a DateTimeFormat costs far more than using one (about half a millisecond, on every
// saved answer's card); bounded, as the zone comes from the member's Teams client.
const momentFormats = new Map<string, Intl.DateTimeFormat>();
const MAX_MOMENT_FORMATS = 1_000;

function momentFormat(style: keyof typeof MOMENT_STYLES, locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`;
  let format = momentFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { ...MOMENT_STYLES[style], timeZone });
    if (momentFormats.size >= MAX_MOMENT_FORMATS) momentFormats.clear();
    momentFormats.set(key, format);
  }
  return format;
}

export function formatDateTime(instant: Date | string, locale: Locale, timeZone: string): string {
  return momentFormat("dateTime", locale, timeZone).format(new Date(instant));
}

export function formatDate(instant: Date | string, locale: Locale, timeZone: string): string {
  return momentFormat("date", locale, timeZone).format(new Date(instant));
}

/** A moment with its date and time of day: when an answer was saved ("5. Oktober 2027 um 14:03"). */
export function formatDateAndTime(instant: Date | string, locale: Locale, timeZone: string): string {
  return momentFormat("dateAndTime", locale, timeZone).format(new Date(instant));
}

/** A calendar date (YYYY-MM-DD, no time zone) as people write it. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function weekdayName(isoWeekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday (ISO weekday 1).
  return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, isoWeekday)),
  );
}

/** A date as people type it in a command: "15.8." / "15 August" (the parser reads both back). */
export function formatTypedDate(isoDate: string, locale: Locale): string {
  const [, month, day] = isoDate.split("-").map(Number);
  if (locale === "de") return `${day}.${month}.`;
  return new Intl.DateTimeFormat(LANGUAGE_TAG.en, { day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
