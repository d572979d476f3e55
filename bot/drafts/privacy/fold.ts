/** Spelling-insensitive keys for names: "Müller", "Mueller", "MÜLLER" and "Muller" meet; so do "Aydın" and "Aydin". */

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

/**
 * Every word of every answer is folded, some several times (a draft of 100,000 answers folds
 * millions of words from a vocabulary of thousands): the folds of non-ASCII words are kept,
 * up to a bound, and forgotten all at once when it is reached.
 */
const MAX_REMEMBERED = 50_000;
const folded = new Map<string, string>();
const foldedWithoutUmlauts = new Map<string, string>();

function remembered(cache: Map<string, string>, word: string, fold: (word: string) => string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const result = fold(word);
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(word, result);
  return result;
}

/** Lower case, ä/ö/ü as ae/oe/ue, ß as ss, other accents dropped. */
export function foldName(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return remembered(folded, word, (w) =>
    stripAccents(w.toLowerCase().replace(/[äöü]/g, (umlaut) => `${umlaut.normalize("NFD")[0]}e`)),
  );
}

/** Lower case with umlauts reduced to their vowel ("Muller" for "Müller", as people type without umlauts). */
export function foldNameWithoutUmlauts(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return remembered(foldedWithoutUmlauts, word, (w) => stripAccents(w.toLowerCase()));
}

function stripAccents(lower: string): string {
  return lower
    .replace(/[ßæœøłđıþ’]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}
