/** Spelling-insensitive keys for names: "Müller", "Mueller", "MÜLLER" and "Muller" meet; so do "Aydın" and "Aydin". */
import { rememberPerWord } from "../word-memory";

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ı: "i",
  þ: "th",
  "’": "'",
};

/** Plain ASCII folds to its lower case alone: most words of most answers, without a regex or NFD. */
const ASCII = /^[\x20-\x7e]*$/;

// Every word of every answer is folded, some several times: the folds of non-ASCII words are remembered.
const folded = rememberPerWord((word) =>
  stripAccents(word.toLowerCase().replace(/[äöü]/g, (umlaut) => `${umlaut.normalize("NFD")[0]}e`)),
);
const foldedWithoutUmlauts = rememberPerWord((word) => stripAccents(word.toLowerCase()));

/** Lower case, ä/ö/ü as ae/oe/ue, ß as ss, other accents dropped. */
export function foldName(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : folded(word);
}

/** Lower case with umlauts reduced to their vowel ("Muller" for "Müller", as people type without umlauts). */
export function foldNameWithoutUmlauts(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : foldedWithoutUmlauts(word);
}

function stripAccents(lower: string): string {
  return lower
    .replace(/[ßæœøłđıþ’]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}
