/**
 * The word lists behind the name rules, generated from maintained packages by
 * infra/scripts/generate-privacy-word-lists.ts (sources and licences are in each file):
 * German common nouns, first names, surnames and German and English function words.
 * Each list is loaded when first asked for, once per process.
 */
import firstNamesFile from "./word-lists/first-names.json";
import functionWordsFile from "./word-lists/function-words.json";
import germanNounsFile from "./word-lists/german-nouns.json";
import surnamesFile from "./word-lists/surnames.json";
import { foldName } from "./fold";

/** What a word list answers: whether a word is on it. */
interface WordList {
  has(word: string): boolean;
}

/**
 * Each list on its own, rather than all four at the first question: a draft may never ask some
 * (the benchmark's 100,000 answers never ask for a surname, whose 11,000 folded names cost about
 * 20 ms of its compile).
 */
function loadedOnce(load: () => WordList): () => WordList {
  let list: WordList | undefined;
  return () => (list ??= load());
}

const germanNouns = loadedOnce(() => new SortedWordList(germanNounsFile.words));
const firstNames = loadedOnce(() => new Set(firstNamesFile.words.split(" ").map(foldName)));
const surnames = loadedOnce(() => new Set(surnamesFile.words.split(" ").map(foldName)));
const functionWords = loadedOnce(() => new Set(functionWordsFile.words.split(" ")));

/**
 * A list as the files hold it (sorted in UTF-16 order, unique, one space between words), looked up
 * by binary search in place. Split into strings and a Set, the 66,000 German nouns cost about 65 ms
 * of the first draft in each process, which then looks up a few thousand words.
 */
export class SortedWordList implements WordList {
  /** Where each word starts, and where the word after the last would. */
  private readonly starts: Int32Array;

  constructor(private readonly words: string) {
    let count = words.length === 0 ? 0 : 1;
    for (let at = words.indexOf(" "); at !== -1; at = words.indexOf(" ", at + 1)) count += 1;
    this.starts = new Int32Array(count + 1);
    let word = 1;
    for (let at = words.indexOf(" "); at !== -1; at = words.indexOf(" ", at + 1)) this.starts[word++] = at + 1;
    this.starts[count] = words.length + 1;
  }

  has(word: string): boolean {
    let low = 0;
    let high = this.starts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareWith(middle, word);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** The list's word at `index` against `word`, in UTF-16 order as Array#sort puts strings: < 0, 0 or > 0. */
  private compareWith(index: number, word: string): number {
    const start = this.starts[index] as number;
    const length = (this.starts[index + 1] as number) - 1 - start;
    const shorter = Math.min(length, word.length);
    for (let offset = 0; offset < shorter; offset++) {
      const difference = this.words.charCodeAt(start + offset) - word.charCodeAt(offset);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }
}

/** Endings of inflected German nouns, longest first: "Kursen" → "Kurs", "Maßnahmen" → "Maßnahme". */
const NOUN_ENDINGS = ["nen", "ern", "en", "er", "es", "ns", "n", "e", "s"];

/**
 * "Winter", "Kurse", "Maßnahmen": a German common noun, in any case, or its plural or genitive
 * with a plain ending. Plurals with an umlaut are left out on purpose: "Köhler" is no form of "Kohl".
 */
export function isGermanNoun(word: string): boolean {
  const capitalised = capitalise(word);
  const nouns = germanNouns();
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
  const nouns = germanNouns();
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

function isInflectionOf(word: string, nouns: WordList): boolean {
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
  return firstNames().has(foldName(word));
}

export function isKnownSurname(word: string): boolean {
  return surnames().has(foldName(word));
}

/** "und", "the", "über": words that carry grammar, not content. */
export function isFunctionWord(word: string): boolean {
  return functionWords().has(word.toLowerCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
