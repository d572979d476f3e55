/**
 * The facts in a staff answer that a draft must never lose or blur: figures with their unit
 * ("11 von 18", "80 Prozent", "4 neue Kolleginnen"), dates and periods ("14.05.2025", "März 2025",
 * "Q4/2025", "Herbstsemester 2025", "im November"), quoted titles of courses and documents, and
 * departments ("Fachbereich Deutsch und Integration"). Two answers merge only where these agree;
 * where they differ, each value stays visible with its source.
 */
import type { FactKind } from "../draft";

export interface TextFact {
  kind: FactKind;
  /** As written, trimmed ("15 von 18", "Frühjahrssemester 2025", "„Yoga für Schwangere“"). */
  text: string;
  /** Lower-case, single-spaced, quotes removed: two facts are the same when their keys are. */
  key: string;
  start: number;
  end: number;
}

const MONTHS =
  "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December";
const MONTHS_SHORT = "Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec";
const SEASONS = "Frühjahrs|Frühlings|Sommer|Herbst|Winter";
const YEAR = "(?:19|20)\\d{2}";
const NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?";
const NUMBER_WORDS =
  "ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend";
const UNIT_WORDS = "Prozent|Prozentpunkte|%|€|Euro|EUR|Stunden|Std\\.|Minuten|Min\\.|Tage|Wochen|Monate|Jahre";
/** A noun after a figure counts with it ("4 neue Kolleginnen", "25 Kursberichte"): up to two lower-case words first. */
const COUNTED = "(?:[a-zäöüß]+(?:e|en|er|es|em)\\s+){0,2}\\p{Lu}[\\p{L}-]*";
const WORD_END = "(?![\\p{L}\\p{N}])";
const WORD_START = "(?<![\\p{L}\\p{N}])";

/** What a fact can be; earlier alternatives win where two could match at one place. */
const FACT_ALTERNATIVES = [
  // Dates and periods first: "03/2025" and "14.05.2025" would otherwise read as figures.
  `(?<date>${WORD_START}(?:` +
    [
      `\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:${YEAR}|\\d{2})${WORD_END}`,
      `\\d{1,2}\\.\\s?(?:${MONTHS})(?:\\s${YEAR})?${WORD_END}`,
      `(?:Anfang|Mitte|Ende)\\s(?:${MONTHS})?\\s?${YEAR}${WORD_END}`,
      `(?:${MONTHS})\\s(?:bis\\s(?:${MONTHS})\\s)?${YEAR}${WORD_END}`,
      `(?:${MONTHS_SHORT})\\.?\\s${YEAR}${WORD_END}`,
      `\\d{1,2}\\/${YEAR}${WORD_END}`,
      `${YEAR}-\\d{2}(?:-\\d{2})?${WORD_END}`,
      `Q[1-4]\\s?\\/?\\s?${YEAR}${WORD_END}`,
      `[1-4]\\.\\s?(?:Quartal|Halbjahr)(?:\\s${YEAR})?${WORD_END}`,
      `(?:${SEASONS})semester(?:\\s${YEAR}(?:\\/\\d{2,4})?)?${WORD_END}`,
      `(?:Frühjahr|Frühling|Sommer|Herbst|Winter)\\s${YEAR}${WORD_END}`,
      `(?:Schul|Haushalts|Geschäfts|Kalender)jahr(?:es)?\\s${YEAR}(?:\\/\\d{2,4})?${WORD_END}`,
      `(?:${YEAR})\\s?(?:bis|–|-)\\s?(?:${YEAR})${WORD_END}`,
      `(?:${MONTHS})${WORD_END}`,
      `${YEAR}${WORD_END}(?![.,]\\d)`,
    ].join("|") +
    "))",
  // Figures: "11 von 18 Kursleitenden", "80 Prozent", "1.200 €", "4 neue Kolleginnen", "drei Workshops".
  `(?<number>${WORD_START}(?:` +
    [
      `(?:${NUMBER})\\s?(?:von|aus|of|out of)\\s(?:${NUMBER})(?:\\s${COUNTED})?`,
      `(?:${NUMBER})\\s?(?:${UNIT_WORDS})${WORD_END}`,
      `(?:${NUMBER})(?:\\s${COUNTED})?`,
      `(?:${NUMBER_WORDS})\\s(?:von|aus)\\s(?:${NUMBER}|${NUMBER_WORDS})${WORD_END}`,
      `(?:drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert)\\s${COUNTED}`,
      `(?:ein|eine|einem|einer|zwei|drei|die)\\s(?:Drittel|Viertel|Fünftel|Hälfte)${WORD_END}`,
    ].join("|") +
    "))",
  // Titles in quotation marks: „…“, “…”, "…", »…«, «…».
  `(?<title>„[^“”"\\n]{2,120}[“”"]|“[^”\\n]{2,120}”|"[^"\\n]{2,120}"|»[^«\\n]{2,120}«|«[^»\\n]{2,120}»)`,
  // Departments: "Fachbereich Deutsch und Integration", "Programmbereich Junge VHS"; a further capitalised
  // word joins only after "und" or when it is an abbreviation ("VHS", "EDV"), so "Fachbereich Sprachen Erstgespräche" is "Sprachen".
  `(?<department>${WORD_START}(?:Fachbereichs?|Programmbereichs?|Fachbereichen|Abteilung)\\s(?:\\p{Lu}[\\p{L}-]*)(?:\\s(?:und|&)\\s\\p{Lu}[\\p{L}-]*|\\s\\p{Lu}{2,}(?![\\p{L}]))*)`,
].join("|");

/**
 * One pass over the text. Every fact but a title starts where a word starts, and a title at its
 * quotation mark: asked first, once per place, so that inside a word no alternative is tried
 * (about 1/8 less CPU for the pass on the benchmark's answers; the same facts).
 */
const FACT_PATTERN = new RegExp(`(?=${WORD_START}|[„“"»«])(?:${FACT_ALTERNATIVES})`, "gu");

/** Every fact has a digit, a quotation mark, a month, a season, a department word or a number word. */
const MAY_HAVE_FACTS = new RegExp(
  `[\\d„“"»«]|Fachbereich|Programmbereich|Abteilung|${MONTHS}|${SEASONS}|Quartal|Halbjahr|Schuljahr|Haushaltsjahr|Geschäftsjahr|Kalenderjahr|Drittel|Viertel|Fünftel|Hälfte|\\b(?:drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert)\\s`,
  "u",
);

/** FACT_PATTERN's groups in the pattern's order (no list of its keys per fact found). */
const FACT_KINDS: readonly FactKind[] = ["date", "number", "title", "department"];

export function extractFacts(text: string): TextFact[] {
  const facts: TextFact[] = [];
  if (!MAY_HAVE_FACTS.test(text)) return facts;
  FACT_PATTERN.lastIndex = 0;
  for (let match = FACT_PATTERN.exec(text); match; match = FACT_PATTERN.exec(text)) {
    const groups = match.groups ?? {};
    const kind = FACT_KINDS.find((name) => groups[name] !== undefined);
    if (!kind) continue;
    const written = (groups[kind] as string).replace(/\s+/g, " ").trim();
    facts.push({
      kind,
      text: written,
      key: factKey(kind, written),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return facts;
}

/** The comparable form of a fact: case, spacing, quotation marks and "Prozent"/"%" do not make two facts differ. */
function factKey(kind: FactKind, written: string): string {
  let key = written.toLowerCase();
  if (kind === "title") key = key.replace(/^[„“"»«]|[“”"«»]$/g, "");
  if (kind === "department") key = key.replace(/^(fachbereichs?|fachbereichen|programmbereichs?|abteilung)\s/, "");
  if (kind === "number") key = key.replace(/\s?prozent\b/, "%").replace(/\s?euro\b|\s?eur\b/, "€");
  return key.replace(/\s+/g, " ").trim();
}

/** Placeholder words that stand for a fact in a text's skeleton: two texts that differ only in facts share one. */
const FACT_PLACEHOLDERS: Readonly<Record<FactKind, string>> = {
  number: "qqzahl",
  date: "qqdatum",
  title: "qqtitel",
  department: "qqbereich",
};

/** The text with each fact replaced by its placeholder word. */
export function maskFacts(text: string, facts: readonly TextFact[]): string {
  if (facts.length === 0) return text;
  let masked = "";
  let at = 0;
  for (const fact of facts) {
    masked += `${text.slice(at, fact.start)} ${FACT_PLACEHOLDERS[fact.kind]} `;
    at = fact.end;
  }
  return masked + text.slice(at);
}
