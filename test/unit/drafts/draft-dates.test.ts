import { createDraftDates } from "../../../bot/drafts/draft-dates";

const MINUTE_MS = 60_000;

/** The day the zone's clock shows, asked of Intl for each instant: what a draft's dates must match. */
function clockDays(timeZone: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (ms) => format.format(new Date(ms));
}

describe("the days a draft gives its answers", () => {
  // Clocks changing by an hour at night (Berlin, New York), by half an hour (Lord Howe), at a
  // quarter-hour offset (Chatham, Kathmandu), and a zone that skipped a whole day (Apia, 2011).
  const changes: [string, string][] = [
    ["Europe/Berlin", "2025-03-30T00:00:00Z"],
    ["Europe/Berlin", "2025-10-25T22:00:00Z"],
    ["America/New_York", "2025-03-09T04:00:00Z"],
    ["America/New_York", "2025-11-02T03:00:00Z"],
    ["Australia/Lord_Howe", "2025-04-05T12:00:00Z"],
    ["Pacific/Chatham", "2025-09-27T12:00:00Z"],
    ["Asia/Kathmandu", "2025-06-01T00:00:00Z"],
    ["Pacific/Apia", "2011-12-29T08:00:00Z"],
  ];

  it.each(changes)("in %s around %s is the day its clock shows, every few minutes over three days", (zone, around) => {
    const dates = createDraftDates("de", zone);
    const clockDay = clockDays(zone);
    const start = Date.parse(around) - 36 * 60 * MINUTE_MS;
    for (let ms = start; ms < start + 72 * 60 * MINUTE_MS; ms += 7 * MINUTE_MS + 1_000) {
      const instant = new Date(ms);
      expect(dates.dayOf(instant.toISOString())).toBe(clockDay(ms));
      expect(dates.dayOf(instant)).toBe(clockDay(ms));
    }
  });
});
