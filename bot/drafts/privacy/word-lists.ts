/**
 * The word lists behind the name rules, generated from maintained packages by
 * infra/scripts/generate-privacy-word-lists.ts (sources and licences are in each file):
 * German common nouns, first names, surnames and German and English function words.
 * Loaded on first use, once per process.
 */
import firstNamesFile from "./word-lists/first-names.json";
import functionWordsFile from "./word-lists/function-words.json";
import germanNounsFile from "./word-lists/german-nouns.json";
import surnamesFile from "./word-lists/surnames.json";
import { foldName } from "./fold";

interface WordLists {
  germanNouns: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
}

let lists: WordLists | undefined;

function wordLists(): WordLists {
  lists ??= {
    germanNouns: new Set(germanNounsFile.words.split(" ")),
    firstNames: new Set(firstNamesFile.words.split(" ").map(foldName)),
    surnames: new Set(surnamesFile.words.split(" ").map(foldName)),
    functionWords: new Set(functionWordsFile.words.split(" ")),
  };
  return lists;
}

/** Endings of inflected German nouns, longest first: "Kursen" → "Kurs", "Maßnahmen" → "Maßnahme". */
const NOUN_ENDINGS = ["nen", "ern", "en", "er", "es", "ns", "n", "e", "s"];

/**
 * "Winter", "Kurse", "Maßnahmen": a German common noun, in any case, or its plural or genitive
 * with a plain ending. Plurals with an umlaut are left out on purpose: "Köhler" is no form of "Kohl".
 */
export function isGermanNoun(word: string): boolean {
  const capitalised = capitalise(word);
  const nouns = wordLists().germanNouns;
  if (nouns.has(capitalised)) return true;
  return PLAIN_ENDINGS.some(
    (ending) =>
      capitalised.endsWith(ending) &&
      capitalised.length - ending.length >= 3 &&
      nouns.has(capitalised.slice(0, -ending.length)),
  );
}

const PLAIN_ENDINGS = ["en", "es", "n", "e", "s"];

/**
 * Also compounds, by a known noun of four letters or more at their end: "Qualitätshandbuch"
 * ("…handbuch"), "Prüfungsanmeldung" ("…anmeldung"). Endings that make surnames and places
 * ("…mann", "…berg", "…bach") do not count: "Brüggemann" is no compound noun.
 */
export function isGermanNounOrCompound(word: string): boolean {
  const capitalised = capitalise(word);
  const nouns = wordLists().germanNouns;
  if (isInflectionOf(capitalised, nouns)) return true;
  for (let start = 1; start <= capitalised.length - 4; start += 1) {
    const tail = capitalise(capitalised.slice(start));
    if (NAME_ENDINGS.has(tail)) continue;
    if (isInflectionOf(tail, nouns)) return true;
  }
  return false;
}

const NAME_ENDINGS = new Set([
  "Mann",
  "Manns",
  "Berg",
  "Bach",
  "Stein",
  "Feld",
  "Hof",
  "Dorf",
  "Hausen",
  "Burg",
  "Heim",
  "Wald",
  "Thal",
  "Brink",
  "Kamp",
  "Horst",
  "Hardt",
  "Hagen",
  "Beck",
  "Meier",
  "Meyer",
  "Müller",
  "Schmidt",
]);

function isInflectionOf(word: string, nouns: ReadonlySet<string>): boolean {
  if (nouns.has(word)) return true;
  for (const ending of NOUN_ENDINGS) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (nouns.has(stem) || nouns.has(withoutUmlaut(stem))) return true;
  }
  return false;
}

/** The plural's umlaut back to its vowel: "Bücher" → "Buch" after the ending is gone. */
function withoutUmlaut(stem: string): string {
  const index = Math.max(stem.lastIndexOf("ä"), stem.lastIndexOf("ö"), stem.lastIndexOf("ü"));
  if (index < 0) return stem;
  const vowel = { ä: "a", ö: "o", ü: "u" }[stem[index] as "ä" | "ö" | "ü"];
  return `${stem.slice(0, index)}${vowel}${stem.slice(index + 1)}`;
}

export function isFirstName(word: string): boolean {
  return wordLists().firstNames.has(foldName(word));
}

export function isKnownSurname(word: string): boolean {
  return wordLists().surnames.has(foldName(word));
}

/** "und", "the", "über": words that carry grammar, not content. */
export function isFunctionWord(word: string): boolean {
  return wordLists().functionWords.has(word.toLowerCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
