/**
 * Where answers refer to the organisation's definition of success: a sentence that names it
 * ("unsere Definition gelungenen Lernens", "gelungenes Lernen") or uses three of its words
 * ("… ihre selbst gesetzten Ziele erreichen …"). Each area's line "Bezug zur Definition …" is made
 * of these sentences; an area without one raises a gap, and so does a rationale without one.
 */
import type { AnalysedAnswer } from "./analysed-answer";
import { contentWords, sharedCount } from "./analysis/content-words";

const NAMES_DEFINITION =
  /(?<![\p{L}])(?:definition|gelungene[nmrs]?\s(?:lernens?|beratung|dienstleistung)|gelingende[nmrs]?\s(?:lernens?|beratung|dienstleistung)|lernen\s(?:ist\s)?gelingt|successful\s(?:learning|counselling|service))(?![\p{L}])/iu;
const MIN_SHARED_WORDS = 3;
/** Enough to show the link; every referring answer is still cited in its own statement. */
export const MAX_LINE_STATEMENTS = 5;

export type SuccessReferenceFinder = (answer: AnalysedAnswer) => { sentence: string; isExplicit: boolean } | undefined;

export function createSuccessReferenceFinder(definition: string, term: string): SuccessReferenceFinder {
  const definitionWords = new Set(contentWords(definition));
  // A cheap first look: does the text contain three different words starting like the definition's?
  const startsLikeDefinition = definitionWords.size
    ? new RegExp(`(?<![\\p{L}])(${[...definitionWords].map(escapeRegExp).join("|")})`, "giu")
    : undefined;
  const mayShareWords = (text: string) => {
    if (!startsLikeDefinition) return false;
    const seen = new Set<string>();
    // exec rather than matchAll, which copies the pattern on every call (once per answer of a draft).
    startsLikeDefinition.lastIndex = 0;
    for (let match = startsLikeDefinition.exec(text); match; match = startsLikeDefinition.exec(text)) {
      seen.add((match[1] as string).toLowerCase());
      if (seen.size >= MIN_SHARED_WORDS) return true;
    }
    return false;
  };
  // The organisation's term as one more alternative of the same pattern: one look at each answer
  // rather than two (this runs over every answer of every area).
  const namesDefinition = term.trim()
    ? new RegExp(`${NAMES_DEFINITION.source}|${escapeRegExp(term.trim())}`, NAMES_DEFINITION.flags)
    : NAMES_DEFINITION;
  const namesIt = (text: string) => namesDefinition.test(text);
  return (answer) => {
    if (namesIt(answer.text)) {
      const sentence = sentencesOf(answer.text).find(namesIt);
      if (sentence) return { sentence, isExplicit: true };
    }
    // Most answers share fewer words with the definition as a whole: only those that do are split.
    if (!mayShareWords(answer.text)) return undefined;
    if (sharedCount(contentWords(answer.text), definitionWords) < MIN_SHARED_WORDS) return undefined;
    for (const sentence of sentencesOf(answer.text)) {
      if (sharedCount(contentWords(sentence), definitionWords) >= MIN_SHARED_WORDS)
        return { sentence, isExplicit: false };
    }
    return undefined;
  };
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
