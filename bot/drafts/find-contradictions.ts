/**
 * Tensions between statements of one area: one claims a practice for all or always ("Alle neuen
 * Kursleitenden hospitieren …"), another limits it ("… schaffen wir sie nicht bei allen neuen
 * Kursleitenden"), and the two sentences speak of the same thing: they share at least three
 * content words, compounds and inflections counted by their first six letters. Statements rather
 * than answers are compared, so that the same practice reported from five departments is one
 * side, with all its sources. Only statements with such words are compared, so the search stays
 * small however many answers an area has.
 */
import type { AggregatedStatement } from "./aggregate-statements";
import { contentWords } from "./analysis/content-words";
import { cues } from "./analysis/statement-cues";
import { sentencesOf } from "./success-references";

export interface Contradiction {
  claim: AggregatedStatement;
  limit: AggregatedStatement;
  /** The sentences that carry the claim and the limit, from the first answer of each. */
  claimSentence: string;
  limitSentence: string;
}

const SHARED_START = 6;
const MIN_SHARED_WORDS = 3;
/** A word most limiting sentences share says nothing about which one speaks of the same thing. */
const MAX_POSTINGS = 2_000;
/** More would bury the list: the strongest pairs of an area are enough to start the conversation. */
const MAX_PER_AREA = 6;

interface Side {
  entry: AggregatedStatement;
  sentence: string;
  words: string[];
}

export function findContradictions(statements: readonly AggregatedStatement[]): Contradiction[] {
  const candidates = candidatesOf(statements);
  const claims: Side[] = [];
  const limits: Side[] = [];
  for (const entry of candidates) {
    const text = entry.members[0]?.text ?? "";
    const sentences = sentencesOf(text);
    const limit = sentences.find((sentence) => cues.deniesSome(sentence));
    const claim = limit ? undefined : sentences.find((sentence) => cues.claimsAll(sentence));
    if (limit) limits.push({ entry, sentence: limit, words: keysOf(limit) });
    else if (claim) claims.push({ entry, sentence: claim, words: keysOf(claim) });
  }
  const byWord = new Map<string, number[]>();
  limits.forEach((limit, index) => {
    for (const word of limit.words) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  const found: (Contradiction & { shared: number })[] = [];
  const usedLimits = new Set<number>();
  for (const claim of claims) {
    const counts = new Map<number, number>();
    for (const word of claim.words) {
      const list = byWord.get(word);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const index of list) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    let best: { index: number; shared: number } | undefined;
    for (const [index, shared] of counts)
      if (shared >= MIN_SHARED_WORDS && !usedLimits.has(index) && (!best || shared > best.shared))
        best = { index, shared };
    if (!best) continue;
    usedLimits.add(best.index);
    const limit = limits[best.index] as Side;
    found.push({
      claim: claim.entry,
      limit: limit.entry,
      claimSentence: claim.sentence,
      limitSentence: limit.sentence,
      shared: best.shared,
    });
  }
  return found
    .sort((a, b) => b.shared - a.shared)
    .slice(0, MAX_PER_AREA)
    .map(({ shared: _shared, ...contradiction }) => contradiction);
}

/**
 * The statements whose text denies something or mentions all, in their order; none when no text
 * of the area denies anything. Whatever a sentence's cue matches, it matches in the whole text
 * too: most texts have none. Only a text that denies something can hold a limit, and without one
 * no claim can be paired, so the texts are first searched for denials alone; words for all are
 * looked for only in an area that has one.
 */
function candidatesOf(statements: readonly AggregatedStatement[]): AggregatedStatement[] {
  const textOf = (entry: AggregatedStatement) => entry.members[0]?.text ?? "";
  const denies = new Set<AggregatedStatement>();
  for (const entry of statements) if (cues.deniesSome(textOf(entry))) denies.add(entry);
  if (denies.size === 0) return [];
  return statements.filter((entry) => denies.has(entry) || cues.mentionsAll(textOf(entry)));
}

/** Content words by their first six letters, each once. */
function keysOf(sentence: string): string[] {
  return [...new Set(contentWords(sentence).map((word) => word.slice(0, SHARED_START)))];
}
