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

/** Lower case, ä/ö/ü as ae/oe/ue, ß as ss, other accents dropped. */
export function foldName(word: string): string {
  return stripAccents(word.toLocaleLowerCase("de").replace(/[äöü]/g, (umlaut) => `${umlaut.normalize("NFD")[0]}e`));
}

/** Lower case with umlauts reduced to their vowel ("Muller" for "Müller", as people type without umlauts). */
export function foldNameWithoutUmlauts(word: string): string {
  return stripAccents(word.toLocaleLowerCase("de"));
}

function stripAccents(lower: string): string {
  return lower
    .replace(/[ßæœøłđıþ’]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}
