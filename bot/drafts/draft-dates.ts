/** Dates in a draft: calendar days in the organisation's time zone, written the way the locale reads them. */
import type { Locale } from "../domain/quality-models";

export interface DraftDates {
  /** YYYY-MM-DD of an ISO timestamp in the draft's time zone. */
  dayOf(timestamp: string | Date): string;
  /** A YYYY-MM-DD day as the reader expects it: 04.03.2025 in German, 2025-03-04 in English. */
  show(day: string): string;
}

const QUARTER_HOUR_MS = 15 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export function createDraftDates(locale: Locale, timeZone: string): DraftDates {
  const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const offsetOf = zoneOffset(timeZone);
  // Formatting is the costly part of a large draft. Where the zone's offset is the same all
  // through a UTC day (every day but those its clocks change on), an instant's local day is plain
  // arithmetic, and each local day is formatted once: a draft of 100,000 answers over 14 months
  // formats some 420 days rather than 40,000 quarter hours.
  const offsetsByUtcDay = new Map<number, number | null>();
  const daysByLocalDay = new Map<number, string>();
  // On a day the clocks change: every zone's offset is a multiple of 15 minutes, so all instants
  // in one quarter hour fall on the same local day.
  const daysByQuarter = new Map<number, string>();
  const shownDays = new Map<string, string>();
  /** The zone's offset throughout the UTC day, or null when it changes that day (it changes at most once a day). */
  const offsetThrough = (utcDay: number): number | null => {
    let offset = offsetsByUtcDay.get(utcDay);
    if (offset === undefined) {
      const first = offsetOf(utcDay * DAY_MS);
      offset = first === offsetOf((utcDay + 1) * DAY_MS - QUARTER_HOUR_MS) ? first : null;
      offsetsByUtcDay.set(utcDay, offset);
    }
    return offset;
  };
  const dayOfQuarter = (ms: number): string => {
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    let day = daysByQuarter.get(quarter);
    if (day === undefined) {
      day = dayFormat.format(new Date(quarter * QUARTER_HOUR_MS));
      daysByQuarter.set(quarter, day);
    }
    return day;
  };
  return {
    dayOf: (timestamp) => {
      const ms = typeof timestamp === "string" ? Date.parse(timestamp) : timestamp.getTime();
      if (Number.isNaN(ms)) return dayFormat.format(new Date(ms));
      const offset = offsetThrough(Math.floor(ms / DAY_MS));
      if (offset === null) return dayOfQuarter(ms);
      const localDay = Math.floor((ms + offset) / DAY_MS);
      let day = daysByLocalDay.get(localDay);
      if (day === undefined) {
        day = dayFormat.format(new Date(ms));
        daysByLocalDay.set(localDay, day);
      }
      return day;
    },
    show: (day) => {
      if (locale === "en") return day;
      // One string per day shown, not one per source: a draft of 100,000 answers shows a few hundred days.
      let shown = shownDays.get(day);
      if (shown === undefined) {
        const [year, month, date] = day.split("-");
        shown = `${date}.${month}.${year}`;
        shownDays.set(day, shown);
      }
      return shown;
    },
  };
}

/** The zone's offset from UTC at an instant, in milliseconds: its wall-clock time read as UTC, less the instant. */
function zoneOffset(timeZone: string): (ms: number) => number {
  const wallClock = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return (ms) => {
    const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of wallClock.formatToParts(ms)) if (part.type !== "literal") field[part.type] = Number(part.value);
    const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = field;
    return Date.UTC(year, month - 1, day, hour, minute, second) - ms;
  };
}
