/**
 * Dates of birth, recognised by what announces them ("geb. 12.03.1975", "geboren am 3. Mai 1980",
 * "Geburtsdatum: 1975-03-12", "* 12.03.1975", "born 12 March 1975", "DOB 03/12/1975", "Jahrgang 1975").
 * Any other date (a course, a meeting, a deadline) stays.
 */
import { spansOf, type Span } from "./span";

const MONTHS =
  "(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez|January|February|March|May|June|July|October|December|Mar|Oct|Dec)\\.?";
const DATE = [
  "\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?(?:19|20)?\\d{2})?",
  "\\d{1,2}\\.?\\s+" + MONTHS + "(?:\\s+(?:19|20)\\d{2})?",
  MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}",
  "(?:19|20)\\d{2}-\\d{2}-\\d{2}",
  "\\d{1,2}/\\d{1,2}/(?:19|20)?\\d{2}",
].join("|");
const CUE =
  "(?:geb\\.|geboren(?:\\s+(?:am|im|den))?|Geburtsdatum|Geb\\.-?Datum|Geburtstag(?:\\s+am)?|born(?:\\s+on)?|date of birth|birthday(?:\\s+on)?|DOB|d\\.o\\.b\\.)";
const BIRTH_DATE = new RegExp(`(?<![\\p{L}])${CUE}\\s*[:,]?\\s*(${DATE})`, "giu");
const BIRTH_YEAR = new RegExp(
  `(?<![\\p{L}])(?:Jahrgang|Jg\\.|Geburtsjahr|year of birth|born in)\\s*[:,]?\\s*((?:19|20)\\d{2})(?![\\p{N}])`,
  "giu",
);

/** "*12.03.1975" (the genealogical star), but not a list bullet before a course date: a birth year is needed. */
const STARRED = /(?<=[ \t(,;])\*\s?(\d{1,2}\.\s?\d{1,2}\.\s?(?:19\d{2}|20[01]\d))(?![\p{N}])/gu;

export function findBirthDates(text: string): Span[] {
  // Each of them needs a date or a year.
  if (!/\d/.test(text)) return [];
  return [
    ...spansOf(text, BIRTH_DATE, "birthDate", 1),
    ...spansOf(text, BIRTH_YEAR, "birthDate", 1),
    ...spansOf(text, STARRED, "birthDate", 1),
  ];
}
