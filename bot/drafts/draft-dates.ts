/** Dates in a draft: calendar days in the organisation's time zone, written the way the locale reads them. */
import type { Locale } from "../domain/quality-models";

export interface DraftDates {
  /** YYYY-MM-DD of an ISO timestamp in the draft's time zone. */
  dayOf(timestamp: string | Date): string;
  /** A YYYY-MM-DD day as the reader expects it: 04.03.2025 in German, 2025-03-04 in English. */
  show(day: string): string;
}

export function createDraftDates(locale: Locale, timeZone: string): DraftDates {
  const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return {
    dayOf: (timestamp) => dayFormat.format(typeof timestamp === "string" ? new Date(timestamp) : timestamp),
    show: (day) => {
      if (locale === "en") return day;
      const [year, month, date] = day.split("-");
      return `${date}.${month}.${year}`;
    },
  };
}
