/**
 * The words of a plain text, split once for the two checks that look at every word of every
 * answer at add: redaction's look for a word that may name someone (privacy/word-tokens.ts) and the
 * topic matcher's title words (normalised text). Each splits text its own way, but on a plain text
 * both ways give the same words, and most answers are plain; other texts keep each check's own way.
 *
 * Why the ways agree on a plain text:
 * - redaction's words are letters (\p{L}) with marks, apostrophes and hyphens inside; with no
 *   apostrophe or hyphen and nothing beyond Latin-1, they are the runs of the letters below;
 * - normaliseText skips NFKC (nothing it could change is there), lower-cases, and makes every run
 *   of what is neither letter nor digit (\p{L}\p{N}) one space; with no digit, its words are the
 *   same runs in lower case. Lower case maps each letter below to one letter below, so lower-casing
 *   the text and lower-casing each run agree.
 */

/**
 * What makes a text not plain: digits (inside normalised words, between redaction's), apostrophes
 * and hyphens (inside redaction's words, between normalised ones), Latin-1's symbols (¹ ² ³ ¼ are
 * digits to \p{N}; ª µ º letters; NBSP changes under NFKC) and everything beyond Latin-1 (’ is an
 * apostrophe to redaction, other letters and marks, what NFKC may change, surrogate pairs).
 */
const NOT_PLAIN = /[\d'\-\u00a0-\u00bf\u0100-\uffff]/;

/** The letters of a plain text: ASCII's and Latin-1's (À–ÿ without × and ÷). No `u` flag needed: no pairs. */
const PLAIN_WORD = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+/g;

export interface PlainWords {
  /** The text the words are of: a check uses them only for this very text (`wordsOfPlain`). */
  readonly text: string;
  /** Its runs of letters as written (case kept), in order. */
  readonly words: readonly string[];
}

const NO_WORDS: readonly string[] = [];

/** The words of `text` when it is plain, else undefined (the checks then split it their own way). */
export function plainWordsOf(text: string): PlainWords | undefined {
  if (NOT_PLAIN.test(text)) return undefined;
  return { text, words: text.match(PLAIN_WORD) ?? NO_WORDS };
}

/** The words of `text` as a check uses them: the shared ones when they are of this text, else its own split when plain. */
export function wordsOfPlain(text: string, shared: PlainWords | undefined): readonly string[] | undefined {
  return shared !== undefined && shared.text === text ? shared.words : plainWordsOf(text)?.words;
}
