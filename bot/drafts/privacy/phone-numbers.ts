/**
 * Phone and fax numbers in German, Austrian and Swiss formats ("+49 30 1234567", "0043 664 1234567",
 * "+41 44 123 45 67", "(030) 123 45 67", "0171/2345678", "079 123 45 67"), and any digits after a
 * word that announces a number ("Tel. 2345678", "Durchwahl -42", "mobil: 0664 …").
 * Dates ("01.03.2025"), times, years, amounts and course or room numbers are not numbers of this shape.
 */
import { spansOf, type Span } from "./span";

/** Space, slash or hyphen between groups; a dot is left out on purpose: "01.03.2025" is a date. */
const SEP = "(?:[ \\t]?[/–-][ \\t]?|[ \\t])";
const DIGITS = (min: number, max: number) => `\\d(?:${SEP}?\\d){${min - 1},${max - 1}}`;
const NOT_BEFORE = "(?<![\\p{L}\\p{N}+./,:-])";
const NOT_AFTER = "(?![\\p{N}]|[.,:]\\d)";

const INTERNATIONAL = `(?:\\+|00)[1-9]\\d{0,2}${SEP}?(?:\\(0\\)${SEP}?)?${DIGITS(5, 13)}`;
/** 0 + area code of 2–5 digits (030, 0171, 0664, 044), then the subscriber's number. */
const NATIONAL = `(?:\\(0\\d{1,4}\\)|0[1-9]\\d{1,4})${SEP}?${DIGITS(4, 10)}`;
/** Vienna and other one-digit area codes ("01 234 56 78") only in groups, so no year or date looks like one. */
const SHORT_AREA = `0[1-9][ \\t-]\\d{3,4}(?:[ \\t-]\\d{2,4}){1,3}`;

const PHONE = new RegExp(`${NOT_BEFORE}(?:${INTERNATIONAL}|${NATIONAL}|${SHORT_AREA})${NOT_AFTER}`, "gu");

const CUE =
  "(?:Tel(?:efon)?(?:\\.|-?Nr\\.?|nummer)?|Telephone|Phone|Fon|Rufnummer|Handy(?:nummer)?|Mobil(?:nummer|telefon)?|Mobile|Fax|Durchwahl|DW|Apparat|Nebenstelle|erreichbar unter|anrufen unter)";
const CUED = new RegExp(
  `(?<![\\p{L}])${CUE}\\s*[:.]?\\s*(?:(?:unter|under|on|at)\\s+)?(\\+?[(]?\\d[\\d \\t/()–-]{0,18}\\d|-\\d{2,5})(?![\\p{N}])`,
  "giu",
);

export function findPhoneNumbers(text: string): Span[] {
  // Both need digits: most answers have none, and this test is far cheaper than either pattern.
  if (!/\d/.test(text)) return [];
  return [
    ...spansOf(text, PHONE, "phone"),
    ...spansOf(text, CUED, "phone", 1).filter((span) => digitCount(text, span) >= 2),
  ];
}

function digitCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).replace(/\D/g, "").length;
}
