/**
 * The words of a text that carry its topic, in a form two inflections share: "Kursleitenden" and
 * "Kursleitende" both become "kursleitend". Used to match answers to requirements and goals, to find
 * two answers about the same practice, and to compare with the previous Selbstreport. A light
 * suffix stripper rather than a full stemmer: it only has to make the same word meet itself.
 */
import { normaliseText } from "../text-similarity";
import { rememberPerWord } from "../word-memory";

/** German and English words that say nothing about a topic. */
const STOPWORDS = new Set(
  (
    "aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bisher bzw da dabei dadurch daher dafür " +
    "damit dann darauf darüber das dass dem den denen der des deshalb dessen die dies diese diesem diesen dieser dieses doch dort " +
    "durch eher ein eine einem einen einer eines einmal er es etwa etwas euch fast für gab ganz gar gibt habe haben hat hatte hatten " +
    "hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im immer in ins ist ja je jede jedem jeden jeder jedes jetzt kann kaum kein " +
    "keine keinen können könnte man manche mehr mein meine meinem meinen meiner mich mir mit muss müssen nach nicht nichts noch nun " +
    "nur ob oder ohne schon sehr sei seit sich sie sind so sollen sollte sowie über um und uns unser unsere unserem unseren unserer " +
    "unter viel viele vom von vor wann war waren warum was weil weiter welche wenn wer werden wie wieder will wir wird wo wollen " +
    "worden wurde wurden zu zum zur zwar zwischen " +
    "a an and are as at be by for from has have in is it of on or that the this to was we were with our " +
    "qqzahl qqdatum qqtitel qqbereich"
  ).split(" "),
);

/** Shorter words never carry a topic: callers may skip them before `contentWordStem`. */
export const MIN_WORD_LENGTH = 4;
const SUFFIXES = ["ungen", "innen", "ern", "en", "er", "es", "em", "e", "n", "s"];

/** Distinct content-word stems of a text, in order of first appearance. */
export function contentWords(text: string): string[] {
  const seen = new Set<string>();
  for (const word of normaliseText(text).split(" ")) {
    const stem = contentWordStem(word);
    if (stem !== undefined) seen.add(stem);
  }
  return [...seen];
}

/** The stem of one word of normalised text, or undefined when it says nothing about a topic (short, a stop word, a figure). */
export function contentWordStem(word: string): string | undefined {
  if (word.length < MIN_WORD_LENGTH || STOPWORDS.has(word) || /^\d/.test(word)) return undefined;
  return stem(word);
}

/** Umlauts as their base vowel, so that a plural meets its singular ("Bögen", "Bogen"; "Räume", "Raum"). */
const UMLAUTS: Readonly<Record<string, string>> = { ä: "a", ö: "o", ü: "u" };

/** Stems of the words seen: a draft stems millions of words from a vocabulary of some thousands. */
const stem = rememberPerWord(stemOf);

function stemOf(inflected: string): string {
  const word = inflected.replace(/[äöü]/g, (umlaut) => UMLAUTS[umlaut] ?? umlaut);
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_WORD_LENGTH && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      // "ungen" → "ung": "Schulungen" and "Schulung" meet.
      return suffix === "ungen" ? `${base}ung` : base;
    }
  }
  return word;
}

/** How many of `words` are in `other`. */
export function sharedCount(words: readonly string[], other: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of words) if (other.has(word)) shared += 1;
  return shared;
}
