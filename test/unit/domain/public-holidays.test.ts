import Holidays from "date-holidays";
import {
  easterSunday,
  GERMAN_STATES,
  publicHolidayOn,
  publicHolidays,
  type GermanState,
} from "../../../bot/domain/public-holidays";

const datesOf = (state: GermanState, year: number, regional: Parameters<typeof publicHolidays>[2] = []) =>
  publicHolidays(state, year, regional).map((holiday) => holiday.date);

/** The public holidays an independent implementation (the date-holidays package) knows, state-wide or for a region. */
function independentDates(state: GermanState, year: number, region?: string): string[] {
  const holidays = region ? new Holidays("DE", state, region) : new Holidays("DE", state);
  return (holidays.getHolidays(year) || [])
    .filter((holiday) => holiday.type === "public")
    .map((holiday) => holiday.date.slice(0, 10))
    .sort();
}

describe("public holidays of the German states", () => {
  it("computes Easter Sunday for years people plan in", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });

  // Checked by hand against published 2026 and 2027 calendars with each holiday's states.
  const table2026: [string, string, readonly GermanState[]][] = [
    ["Heilige Drei Könige", "2026-01-06", ["BW", "BY", "ST"]],
    ["Internationaler Frauentag", "2026-03-08", ["BE", "MV"]],
    ["Karfreitag", "2026-04-03", GERMAN_STATES],
    ["Ostersonntag", "2026-04-05", ["BB"]],
    ["Ostermontag", "2026-04-06", GERMAN_STATES],
    ["Christi Himmelfahrt", "2026-05-14", GERMAN_STATES],
    ["Pfingstsonntag", "2026-05-24", ["BB"]],
    ["Pfingstmontag", "2026-05-25", GERMAN_STATES],
    ["Fronleichnam", "2026-06-04", ["BW", "BY", "HE", "NW", "RP", "SL"]],
    ["Mariä Himmelfahrt", "2026-08-15", ["SL"]],
    ["Weltkindertag", "2026-09-20", ["TH"]],
    ["Reformationstag", "2026-10-31", ["BB", "HB", "HH", "MV", "NI", "SN", "ST", "SH", "TH"]],
    ["Allerheiligen", "2026-11-01", ["BW", "BY", "NW", "RP", "SL"]],
    ["Buß- und Bettag", "2026-11-18", ["SN"]],
    ["2. Weihnachtstag", "2026-12-26", GERMAN_STATES],
    ["Karfreitag", "2027-03-26", GERMAN_STATES],
    ["Ostermontag", "2027-03-29", GERMAN_STATES],
    ["Internationaler Frauentag", "2027-03-08", ["BE", "MV"]],
    ["Christi Himmelfahrt", "2027-05-06", GERMAN_STATES],
    ["Pfingstmontag", "2027-05-17", GERMAN_STATES],
    ["Fronleichnam", "2027-05-27", ["BW", "BY", "HE", "NW", "RP", "SL"]],
    ["Weltkindertag", "2027-09-20", ["TH"]],
    ["Allerheiligen", "2027-11-01", ["BW", "BY", "NW", "RP", "SL"]],
    ["Buß- und Bettag", "2027-11-17", ["SN"]],
  ];
  it.each(table2026)("knows %s on %s in exactly its states", (_name, date, states) => {
    const where = GERMAN_STATES.filter((state) => publicHolidayOn(state, date) !== undefined);
    expect(where).toEqual(GERMAN_STATES.filter((state) => states.includes(state)));
  });

  it("agrees with an independent implementation for every state from 2018 to 2040", () => {
    for (const state of GERMAN_STATES)
      for (let year = 2018; year <= 2040; year++)
        expect([state, year, datesOf(state, year)]).toEqual([state, year, independentDates(state, year)]);
  });

  it("adds holidays of parts of a state only when the organisation opted in", () => {
    expect(datesOf("BY", 2026)).not.toContain("2026-08-15");
    expect(datesOf("BY", 2026, ["assumption"])).toEqual(independentDates("BY", 2026, "KATH"));
    expect(datesOf("BY", 2026, ["assumption", "augsburgPeace"])).toEqual(independentDates("BY", 2026, "A"));
    expect(datesOf("SN", 2026, ["corpusChristi"])).toEqual(independentDates("SN", 2026, "BZ"));
    expect(datesOf("TH", 2026, ["corpusChristi"])).toEqual(independentDates("TH", 2026, "EIC"));
    // An opt-in that does not exist in the state changes nothing.
    expect(datesOf("HH", 2026, ["assumption", "corpusChristi"])).toEqual(datesOf("HH", 2026));
  });

  it("knows the once-only holidays: Reformationstag 2017 everywhere, 8 May 2020 and 2025 in Berlin", () => {
    expect(GERMAN_STATES.every((state) => publicHolidayOn(state, "2017-10-31") === "reformation")).toBe(true);
    expect(publicHolidayOn("BE", "2025-05-08")).toBe("liberationDay");
    expect(publicHolidayOn("BE", "2026-05-08")).toBeUndefined();
    expect(publicHolidayOn("HB", "2017-10-31")).toBe("reformation");
    expect(publicHolidayOn("HB", "2016-10-31")).toBeUndefined();
  });
});
