/** Dates in a draft: calendar days in the organisation's time zone, written the way the locale reads them. */
import type { Locale } from "../domain/quality-models";

export interface DraftDates {
  /** YYYY-MM-DD of an ISO timestamp in the draft's time zone. */
  dayOf(timestamp: string | Date): string;
  /** A YYYY-MM-DD day as the reader expects it: 04.03.2025 in German, 2025-03-04 in English. */
  show(day: string): string;
}

const QUARTER_HOUR_MS = 15 * 60_000;

export function createDraftDates(locale: Locale, timeZone: string): DraftDates {
  const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  // Formatting is the costly part of a large draft (twice per answer); every zone's offset is a
  // multiple of 15 minutes, so all instants in one quarter hour fall on the same local day.
  const days = new Map<number, string>();
  const shownDays = new Map<string, string>();
  return {
    dayOf: (timestamp) => {
      const ms = typeof timestamp === "string" ? Date.parse(timestamp) : timestamp.getTime();
      if (Number.isNaN(ms)) return dayFormat.format(new Date(ms));
      const quarter = Math.floor(ms / QUARTER_HOUR_MS);
      let day = days.get(quarter);
      if (day === undefined) {
        day = dayFormat.format(new Date(quarter * QUARTER_HOUR_MS));
        days.set(quarter, day);
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
