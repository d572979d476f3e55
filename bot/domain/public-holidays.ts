/**
 * Public holidays of the German states (Bundesländer), computed without any network: the fixed
 * dates and the ones that follow Easter, from each state's Feiertagsgesetz. Holidays that apply
 * only in parts of a state (Mariä Himmelfahrt in Bavaria's mainly Catholic municipalities, the
 * Augsburger Friedensfest in the city of Augsburg, Fronleichnam in some municipalities of Saxony
 * and Thuringia) are never assumed: an organisation where one applies opts in to it in setup.
 */
import { z } from "zod";
import { addDays, isoWeekday } from "./calendar";

/** ISO 3166-2:DE codes without the "DE-" prefix. */
export const GERMAN_STATES = [
  "BW",
  "BY",
  "BE",
  "BB",
  "HB",
  "HH",
  "HE",
  "MV",
  "NI",
  "NW",
  "RP",
  "SL",
  "SN",
  "ST",
  "SH",
  "TH",
] as const;
export const germanStateSchema = z.enum(GERMAN_STATES);
export type GermanState = z.infer<typeof germanStateSchema>;

export type HolidayId =
  | "newYear"
  | "epiphany"
  | "womensDay"
  | "goodFriday"
  | "easterSunday"
  | "easterMonday"
  | "labourDay"
  | "liberationDay"
  | "uprisingAnniversary"
  | "ascension"
  | "whitSunday"
  | "whitMonday"
  | "corpusChristi"
  | "augsburgPeace"
  | "assumption"
  | "childrensDay"
  | "germanUnity"
  | "reformation"
  | "allSaints"
  | "repentance"
  | "christmas"
  | "boxingDay";

/** Holidays that apply only in parts of a state, by state: an organisation there may opt in. */
const REGIONAL_HOLIDAYS = {
  BY: ["assumption", "augsburgPeace"],
  SN: ["corpusChristi"],
  TH: ["corpusChristi"],
} as const satisfies Partial<Record<GermanState, readonly HolidayId[]>>;
export const regionalHolidaySchema = z.enum(["assumption", "augsburgPeace", "corpusChristi"]);
export type RegionalHoliday = z.infer<typeof regionalHolidaySchema>;

/** The regional holidays a state has (none for most). */
function regionalHolidaysOf(state: GermanState): readonly RegionalHoliday[] {
  return (REGIONAL_HOLIDAYS as Partial<Record<GermanState, readonly RegionalHoliday[]>>)[state] ?? [];
}

const ALL: readonly GermanState[] = GERMAN_STATES;

interface HolidayRule {
  id: HolidayId;
  /** The date in a year, or undefined when the rule has no date that year. */
  date(year: number, easter: string): string | undefined;
  /** The states where it is a holiday in a year (the whole state). */
  states(year: number): readonly GermanState[];
}

const fixed =
  (monthDay: string) =>
  (year: number): string =>
    `${String(year).padStart(4, "0")}-${monthDay}`;
const afterEaster = (days: number) => (_year: number, easter: string) => addDays(easter, days);
const always = (states: readonly GermanState[]) => () => states;
const since = (firstYear: number, states: readonly GermanState[]) => (year: number) =>
  year >= firstYear ? states : [];

/** Buß- und Bettag: the Wednesday before 23 November (eleven days before the first Sunday of Advent). */
function repentanceDay(year: number): string {
  const november22 = fixed("11-22")(year);
  return addDays(november22, -((isoWeekday(november22) - 3 + 7) % 7));
}

const RULES: readonly HolidayRule[] = [
  { id: "newYear", date: fixed("01-01"), states: always(ALL) },
  { id: "epiphany", date: fixed("01-06"), states: always(["BW", "BY", "ST"]) },
  {
    id: "womensDay",
    date: fixed("03-08"),
    states: (year) => [...(year >= 2019 ? ["BE" as const] : []), ...(year >= 2023 ? ["MV" as const] : [])],
  },
  { id: "goodFriday", date: afterEaster(-2), states: always(ALL) },
  { id: "easterSunday", date: afterEaster(0), states: always(["BB"]) },
  { id: "easterMonday", date: afterEaster(1), states: always(ALL) },
  { id: "labourDay", date: fixed("05-01"), states: always(ALL) },
  // Once-only: the 75th and 80th anniversaries of the end of the war in Europe, in Berlin.
  { id: "liberationDay", date: fixed("05-08"), states: (year) => (year === 2020 || year === 2025 ? ["BE"] : []) },
  // Once-only: the 75th anniversary of the 1953 uprising in the GDR, in Berlin.
  { id: "uprisingAnniversary", date: fixed("06-17"), states: (year) => (year === 2028 ? ["BE"] : []) },
  { id: "ascension", date: afterEaster(39), states: always(ALL) },
  { id: "whitSunday", date: afterEaster(49), states: always(["BB"]) },
  { id: "whitMonday", date: afterEaster(50), states: always(ALL) },
  { id: "corpusChristi", date: afterEaster(60), states: always(["BW", "BY", "HE", "NW", "RP", "SL"]) },
  { id: "augsburgPeace", date: fixed("08-08"), states: always([]) },
  { id: "assumption", date: fixed("08-15"), states: always(["SL"]) },
  { id: "childrensDay", date: fixed("09-20"), states: since(2019, ["TH"]) },
  { id: "germanUnity", date: fixed("10-03"), states: always(ALL) },
  {
    id: "reformation",
    date: fixed("10-31"),
    // Everywhere for the 500th anniversary in 2017; in the four northern states since 2018.
    states: (year) =>
      year === 2017
        ? ALL
        : ["BB", "MV", "SN", "ST", "TH", ...(year >= 2018 ? (["HB", "HH", "NI", "SH"] as const) : [])],
  },
  { id: "allSaints", date: fixed("11-01"), states: always(["BW", "BY", "NW", "RP", "SL"]) },
  { id: "repentance", date: repentanceDay, states: always(["SN"]) },
  { id: "christmas", date: fixed("12-25"), states: always(ALL) },
  { id: "boxingDay", date: fixed("12-26"), states: always(ALL) },
];

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface PublicHoliday {
  date: string;
  id: HolidayId;
}

/**
 * A state's holidays in a year, in date order, with the regional ones the organisation opted in
 * to. Without a state: the holidays of every state.
 */
export function publicHolidays(
  state: GermanState | undefined,
  year: number,
  regional: readonly RegionalHoliday[] = [],
): PublicHoliday[] {
  const easter = easterSunday(year);
  const available = state ? regionalHolidaysOf(state) : [];
  const holidays: PublicHoliday[] = [];
  for (const rule of RULES) {
    const isOptedIn = available.includes(rule.id as RegionalHoliday) && regional.includes(rule.id as RegionalHoliday);
    const states = rule.states(year);
    const applies = state ? states.includes(state) : states.length === ALL.length;
    if (!isOptedIn && !applies) continue;
    const date = rule.date(year, easter);
    if (date) holidays.push({ date, id: rule.id });
  }
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// A schedule asks about the same few years for the same few states thousands of times.
const holidayDates = new Map<string, ReadonlyMap<string, HolidayId>>();

/** The holiday on a date in a state, if there is one. */
export function publicHolidayOn(
  state: GermanState | undefined,
  date: string,
  regional: readonly RegionalHoliday[] = [],
): HolidayId | undefined {
  const year = Number(date.slice(0, 4));
  const key = `${state ?? ""}|${year}|${[...regional].sort().join(",")}`;
  let dates = holidayDates.get(key);
  if (!dates) {
    dates = new Map(publicHolidays(state, year, regional).map((holiday) => [holiday.date, holiday.id]));
    if (holidayDates.size > 1_000) holidayDates.clear();
    holidayDates.set(key, dates);
  }
  return dates.get(date);
}
