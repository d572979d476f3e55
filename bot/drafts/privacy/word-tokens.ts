/** The words of a text with their positions, and what the rules ask of each and of the text around it. */
import { eachMatch } from "./span";

export interface WordToken {
  text: string;
  start: number;
  /** Exclusive. */
  end: number;
}

/** Letters, with apostrophes and hyphens inside: "O'Brien", "Müller-Lüdenscheidt", "Anna-Lena". */
const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  eachMatch(text, WORD, (match) => {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  });
  return tokens;
}

/**
 * Whether `test` holds for any word, as `wordTokens` finds them; stops at the first. The words come
 * from one `match` rather than an `exec` per word: this runs over every word of every answer, and
 * each `exec` result is an array of its own (millions in a large draft, all garbage at once).
 */
export function someWord(text: string, test: (word: string) => boolean): boolean {
  const words = text.match(WORD);
  if (!words) return false;
  for (const word of words) if (test(word)) return true;
  return false;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}'’-]+$/u.test(word);
}

/** "A." or "A" before a name: one capital letter. */
export function isInitial(text: string, token: WordToken): boolean {
  return /^\p{Lu}$/u.test(token.text) && (text[token.end] === "." || /^\s/.test(text.slice(token.end, token.end + 1)));
}

/** First word of a sentence (or of a line or list item), where every German word is capitalised. */
export function isSentenceStart(text: string, token: WordToken): boolean {
  const before = text.slice(Math.max(0, token.start - 4), token.start).trimEnd();
  return before === "" || /[.!?:;\n•*\-–„"«(]$/.test(before) || /\n\s*$/.test(text.slice(0, token.start));
}

/** Genitive and possessive forms: "Annas", "Anna's", "Schneiders" → the name. */
export function withoutGenitive(word: string): string | undefined {
  const match = /^(.{3,}?)(?:['’]s|s['’]?|['’])$/u.exec(word);
  return match?.[1];
}
