/**
 * Whether a sentence the LLM wrote is supported by the statements it cites: every figure, month,
 * name, acronym and placeholder in it appears in the cited text (no new entities), and each cited
 * statement shares a content word with it (an unrelated id does not make a sentence "sourced").
 */
import { foldName } from "../privacy/fold";
import { isFirstName, isFunctionWord, isGermanNounOrCompound, isKnownSurname } from "../privacy/word-lists";
import { isCapitalised, isSentenceStart, wordTokens } from "../privacy/word-tokens";

type Unsupported = "figure" | "month" | "name" | "placeholder" | "unrelated";

export type SupportResult = { isSupported: true } | { isSupported: false; reason: Unsupported; token: string };

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zwei: "2",
  drei: "3",
  vier: "4",
  fuenf: "5",
  sechs: "6",
  sieben: "7",
  acht: "8",
  neun: "9",
  zehn: "10",
  elf: "11",
  zwoelf: "12",
  zwanzig: "20",
  dreissig: "30",
  hundert: "100",
  tausend: "1000",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  twenty: "20",
  thirty: "30",
  hundred: "100",
  thousand: "1000",
};

const MONTHS = new Set(
  [
    "januar",
    "jaenner",
    "februar",
    "maerz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "january",
    "february",
    "march",
    "june",
    "july",
    "october",
    "december",
  ].map(foldName),
);

/** "1.000" and "1000", "2,5" and "2.5" are the same figure. */
function figures(text: string): Set<string> {
  const found = new Set<string>();
  const normalised = text.replace(/(\d)[.\s'’](?=\d{3}(?!\d))/g, "$1").replace(/(\d),(?=\d)/g, "$1.");
  for (const match of normalised.matchAll(/\d+(?:\.\d+)?/g)) found.add(match[0].replace(/^0+(?=\d)/, ""));
  return found;
}

/** A figure written as a word ("zwei", "dreimal") as its digits; undefined for other words. */
function numberWord(folded: string): string | undefined {
  return NUMBER_WORDS[folded] ?? NUMBER_WORDS[folded.replace(/mal$/, "")];
}

interface CitedText {
  figures: Set<string>;
  words: Set<string>;
  text: string;
}

function prepareCited(text: string): CitedText {
  const words = new Set(wordTokens(text).map((token) => foldName(token.text)));
  const found = figures(text);
  for (const word of words) {
    const digits = numberWord(word);
    if (digits) found.add(digits);
  }
  return { figures: found, words, text };
}

/** The same word, allowing the plain German and English endings ("Kurs"/"Kurse", "Meiers"/"Meier"). */
function hasWord(cited: CitedText, folded: string): boolean {
  if (cited.words.has(folded)) return true;
  for (const word of cited.words) {
    const [shorter, longer] = word.length < folded.length ? [word, folded] : [folded, word];
    if (shorter.length >= 3 && longer.startsWith(shorter) && longer.length - shorter.length <= 2) return true;
  }
  return false;
}

/**
 * A word that names someone or something: an acronym (ISO, TÜV), a word with a capital inside
 * (eLearning, VHScloud), a known first name or surname, or a capitalised word that is no German
 * noun and does not start the sentence.
 */
function isEntity(sentence: string, token: { text: string; start: number; end: number }): boolean {
  const word = token.text;
  if (/^\p{Lu}{2,}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return true;
  if (!isCapitalised(word) || isFunctionWord(word)) return false;
  if (isFirstName(word) || isKnownSurname(word))
    return !isGermanNounOrCompound(word) || !isSentenceStart(sentence, token);
  return !isSentenceStart(sentence, token) && !isGermanNounOrCompound(word);
}

/** Content words: what a sentence and a statement it cites must share at least one of. */
function contentWords(text: string): string[] {
  return wordTokens(text)
    .filter((token) => token.text.length >= 4 && !isFunctionWord(token.text))
    .map((token) => foldName(token.text));
}

function sharesContent(sentenceWords: readonly string[], cited: CitedText): boolean {
  return sentenceWords.some((word) => {
    if (hasWord(cited, word)) return true;
    // Compounds: "Programmkonferenz" and "Konferenz", "Warteliste" and "Wartelisten je Kurs".
    for (const citedWord of cited.words) {
      if (citedWord.length < 5 || word.length < 5) continue;
      if (word.includes(citedWord) || citedWord.includes(word)) return true;
      if (word.slice(0, 6) === citedWord.slice(0, 6) && Math.min(word.length, citedWord.length) >= 6) return true;
    }
    return false;
  });
}

const PLACEHOLDER = /\[[^\]\n]{1,30}\]|(?<![\p{L}])(?:Person|person)\s+\d+/gu;

/**
 * `sentence` is the sentence after re-pseudonymisation; `context` is text the LLM was given besides
 * the statements (quality model, area, the organisation's terms), whose words are no new entities.
 */
export function checkSentenceSupport(sentence: string, cited: readonly string[], context = ""): SupportResult {
  const citedTexts = cited.map(prepareCited);
  const all = prepareCited(cited.join("\n"));
  const contextWords = prepareCited(context);
  for (const placeholder of sentence.matchAll(PLACEHOLDER))
    if (!all.text.includes(placeholder[0])) return { isSupported: false, reason: "placeholder", token: placeholder[0] };
  for (const figure of figures(sentence))
    if (!all.figures.has(figure)) return { isSupported: false, reason: "figure", token: figure };
  for (const token of wordTokens(sentence)) {
    const folded = foldName(token.text);
    const digits = numberWord(folded);
    if (digits && !all.figures.has(digits) && !hasWord(all, folded))
      return { isSupported: false, reason: "figure", token: token.text };
    if (MONTHS.has(folded) && !hasWord(all, folded)) return { isSupported: false, reason: "month", token: token.text };
    if (isEntity(sentence, token) && !hasWord(all, folded) && !hasWord(contextWords, folded))
      return { isSupported: false, reason: "name", token: token.text };
  }
  const sentenceWords = contentWords(sentence);
  for (const [index, citedText] of citedTexts.entries())
    if (!sharesContent(sentenceWords, citedText))
      return { isSupported: false, reason: "unrelated", token: cited[index]?.slice(0, 40) ?? "" };
  return { isSupported: true };
}
