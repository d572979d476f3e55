/**
 * The calendar days a date as staff write it stands for: "14.05.2025" one day, "05/2025" or
 * "Mai 2025" a month, "Q4/2025" a quarter, "Herbstsemester 2025" August to January, "2024" a year.
 * Nachweise are checked against the reporting period with it, and two names of one document
 * with different precision ("05/2025", "14.05.2025") recognised as the same date.
 */

export interface DayRange {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** "2025-05-14", "2025-05", "2025-Q2", "2025-fs", "2025": equal keys, or one the start of the other, are one date. */
  key: string;
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  märz: 3,
  mär: 3,
  mrz: 3,
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
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  dec: 12,
  december: 12,
};

const pad = (value: number) => String(value).padStart(2, "0");

function monthRange(year: number, month: number, key = `${year}-${pad(month)}`): DayRange {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}`, key };
}

function spanning(year: number, fromMonth: number, toYear: number, toMonth: number, key: string): DayRange {
  const last = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(fromMonth)}-01`, to: `${toYear}-${pad(toMonth)}-${pad(last)}`, key };
}

/** The range a written date covers, or undefined when it has no year ("im November") or is not a date. */
export function dayRange(written: string): DayRange | undefined {
  const text = written.trim().toLowerCase();
  let match = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)/.exec(text);
  if (match) {
    const year = Number(match[3]) < 100 ? 2000 + Number(match[3]) : Number(match[3]);
    const day = `${year}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
    return { from: day, to: day, key: day };
  }
  match = /(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (match) {
    if (match[3]) {
      const day = `${match[1]}-${match[2]}-${match[3]}`;
      return { from: day, to: day, key: day };
    }
    return monthRange(Number(match[1]), Number(match[2]));
  }
  match = /(\d{1,2})\.\s?([a-zäöü]+)\s(\d{4})/.exec(text);
  if (match && MONTH_NUMBERS[match[2] as string]) {
    const day = `${match[3]}-${pad(MONTH_NUMBERS[match[2] as string] as number)}-${pad(Number(match[1]))}`;
    return { from: day, to: day, key: day };
  }
  match = /(\d{1,2})\/(\d{4})/.exec(text);
  if (match) return monthRange(Number(match[2]), Number(match[1]));
  match = /q([1-4])\s?\/?\s?(\d{4})|([1-4])\.\s?quartal\s(\d{4})/.exec(text);
  if (match) {
    const quarter = Number(match[1] ?? match[3]);
    const year = Number(match[2] ?? match[4]);
    return spanning(year, quarter * 3 - 2, year, quarter * 3, `${year}-q${quarter}`);
  }
  match = /(frühjahrs|frühlings|sommer)semester\s(\d{4})/.exec(text);
  if (match) return spanning(Number(match[2]), 2, Number(match[2]), 7, `${match[2]}-fs`);
  match = /(herbst|winter)semester\s(\d{4})/.exec(text);
  if (match) return spanning(Number(match[2]), 8, Number(match[2]) + 1, 1, `${match[2]}-hs`);
  match = /([a-zäöü]+)\.?\s(\d{4})/.exec(text);
  if (match && MONTH_NUMBERS[match[1] as string])
    return monthRange(Number(match[2]), MONTH_NUMBERS[match[1] as string] as number);
  match = /(?:frühjahr|frühling)\s(\d{4})/.exec(text);
  if (match) return spanning(Number(match[1]), 3, Number(match[1]), 5, `${match[1]}-fj`);
  match = /herbst\s(\d{4})/.exec(text);
  if (match) return spanning(Number(match[1]), 9, Number(match[1]), 11, `${match[1]}-hb`);
  match = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text);
  if (match) return spanning(Number(match[1]), 1, Number(match[1]), 12, match[1] as string);
  return undefined;
}

/** Two keys name one date when equal or one is the start of the other ("2025-05" and "2025-05-14"). */
export function isSameDate(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}
