/**
 * Merges near-duplicate statements of one dimension into one statement that keeps every source
 * (the rule is `areNearDuplicates`). Candidates come from token indexes rather than comparing all
 * pairs, so that a dimension with thousands of answers stays fast. Tokens are numbered rarest first;
 * then
 * - two sets with Jaccard ≥ t share a token within their prefixes (prefix filtering),
 * - a text contained in another has its rarest token in the other.
 * Candidates are then rejected as cheaply as possible (a 64-bit word signature, then a token
 * comparison that stops once too many words are missing): at 100,000 answers there are millions.
 */
import { tokeniseRarestFirst, type TokenisedText as Entry } from "./rarest-first-tokens";
import {
  isSimilarEnough,
  jaccardPrefixLength,
  minSharedTokens,
  MIN_CONTAINED_TOKENS,
  normaliseText,
} from "./text-similarity";

export interface MergedStatement<T> {
  /** The longest wording among the merged items: it contains or nearly equals the others. */
  text: string;
  /** In the order given (callers pass them sorted by date). */
  items: T[];
}

/**
 * Entries listed under tokens, every list at once in one array (`positions[starts[t]…starts[t + 1])`,
 * ascending): built before the search, which reads only the entries before its own, rather than
 * grown one small array per token and entry as the entries are merged.
 */
interface Postings {
  starts: Int32Array;
  positions: Int32Array;
}

interface Indexes {
  /** Entries under the tokens of their Jaccard prefix. */
  prefix: Postings;
  /** Entries under their rarest token. */
  rarest: Postings;
  /** Entries under every token. */
  all: Postings;
}

/** What a search for an earlier near-duplicate reads; dense arrays, because candidates run into the millions. */
interface Search {
  entries: readonly Entry[];
  indexes: Indexes;
  /** Entry → its number of distinct tokens. */
  sizeOf: Int32Array;
  /** Entry → a 64-bit signature of its tokens (two words per entry), to reject most candidates unread. */
  signatures: Uint32Array;
  /** Entry → its group. */
  groupOf: Int32Array;
  /** Entry → the position of the last search that considered it. */
  lastSeen: Int32Array;
}

/** `normalise` may be the identity where `textOf` already gives normalised text (as a statement's skeleton is). */
export function mergeNearDuplicates<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  normalise: (text: string) => string = normaliseText,
): MergedStatement<T>[] {
  const entries = tokeniseRarestFirst(items.map((item) => normalise(textOf(item))));
  const groups: MergedStatement<T>[] = [];
  const tokenCount = tokenCountOf(entries);
  const search: Search = {
    entries,
    indexes: {
      prefix: postingsOf(entries, tokenCount, (size) => jaccardPrefixLength(size)),
      rarest: postingsOf(entries, tokenCount, () => 1),
      all: postingsOf(entries, tokenCount, (size) => size),
    },
    sizeOf: sizesOf(entries),
    signatures: signaturesOf(entries),
    groupOf: new Int32Array(items.length),
    lastSeen: new Int32Array(items.length).fill(-1),
  };

  items.forEach((item, position) => {
    const entry = entries[position] as Entry;
    const { tokens } = entry;
    const match = tokens.length === 0 ? undefined : findMatch(entry, position, search);
    const text = textOf(item);
    if (match === undefined) {
      search.groupOf[position] = groups.push({ text, items: [item] }) - 1;
    } else {
      search.groupOf[position] = match;
      const merged = groups[match] as MergedStatement<T>;
      merged.items.push(item);
      if (text.length > merged.text.length) merged.text = text;
    }
  });
  return groups;
}

/**
 * The earliest group with a near-duplicate of `entry`, checking each candidate once. Plain loops
 * rather than a callback: at 100,000 answers this runs some ten million times.
 */
function findMatch(entry: Entry, position: number, search: Search): number | undefined {
  const { tokens } = entry;
  const { indexes } = search;
  let best = -1;
  const prefixLength = jaccardPrefixLength(tokens.length);
  for (let index = 0; index < prefixLength; index++)
    best = considerAll(indexes.prefix, tokens[index] as number, entry, position, search, best);
  if (tokens.length >= MIN_CONTAINED_TOKENS) {
    // An earlier text contained in the new one: its rarest token is one of ours.
    for (let index = 0; index < tokens.length; index++)
      best = considerAll(indexes.rarest, tokens[index] as number, entry, position, search, best);
    // The new text contained in an earlier one: our rarest token is one of theirs.
    best = considerAll(indexes.all, tokens[0] as number, entry, position, search, best);
  }
  return best === -1 ? undefined : best;
}

/**
 * The best (earliest) group so far, improved by any earlier entry listed under `token` that is a
 * near-duplicate (the entry itself and later ones are listed too, after them).
 */
function considerAll(
  postings: Postings,
  token: number,
  entry: Entry,
  position: number,
  search: Search,
  best: number,
): number {
  const { starts, positions } = postings;
  const { groupOf, lastSeen, sizeOf, signatures } = search;
  const size = sizeOf[position] as number;
  const low = signatures[2 * position] as number;
  const high = signatures[2 * position + 1] as number;
  let earliest = best;
  const end = starts[token + 1] as number;
  for (let index = starts[token] as number; index < end; index++) {
    const candidateIndex = positions[index] as number;
    if (candidateIndex >= position) break;
    if (lastSeen[candidateIndex] === position) continue;
    lastSeen[candidateIndex] = position;
    const group = groupOf[candidateIndex] as number;
    if (earliest !== -1 && group >= earliest) continue;
    // Each signature bit the shorter text has and the longer lacks is at least one missing word.
    const otherSize = sizeOf[candidateIndex] as number;
    const otherLow = signatures[2 * candidateIndex] as number;
    const otherHigh = signatures[2 * candidateIndex + 1] as number;
    const missingBits =
      size <= otherSize
        ? bitCount(low & ~otherLow) + bitCount(high & ~otherHigh)
        : bitCount(otherLow & ~low) + bitCount(otherHigh & ~high);
    const small = Math.min(size, otherSize);
    if (missingBits > small - Math.min(small, minSharedTokens(small, Math.max(size, otherSize)))) continue;
    if (isNearDuplicate(entry, search.entries[candidateIndex] as Entry)) earliest = group;
  }
  return earliest;
}

/** A plain loop rather than Int32Array.from with a mapping function, which takes V8's slow generic path. */
function sizesOf(entries: readonly Entry[]): Int32Array {
  const sizes = new Int32Array(entries.length);
  for (let index = 0; index < entries.length; index++) sizes[index] = (entries[index] as Entry).tokens.length;
  return sizes;
}

function signaturesOf(entries: readonly Entry[]): Uint32Array {
  const signatures = new Uint32Array(2 * entries.length);
  for (let position = 0; position < entries.length; position++) {
    const { tokens } = entries[position] as Entry;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as number;
      const word = 2 * position + ((token >> 5) & 1);
      signatures[word] = (signatures[word] as number) | (1 << (token & 31));
    }
  }
  return signatures;
}

function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** `areNearDuplicates` on numbered tokens, with the cheap checks first. */
function isNearDuplicate(a: Entry, b: Entry): boolean {
  if (a.normalised === b.normalised) return true;
  const [small, large] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  // Either test needs most of the shorter text's words in the longer one: stop once too many are missing.
  const required = Math.min(small.tokens.length, minSharedTokens(small.tokens.length, large.tokens.length));
  const shared = sharedCount(small.tokens, large.tokens, small.tokens.length - required);
  if (shared < 0) return false;
  if (isSimilarEnough(shared / (small.tokens.length + large.tokens.length - shared))) return true;
  // Containment needs every word of the shorter text in the longer one; only then compare the strings.
  return (
    shared === small.tokens.length &&
    small.tokens.length >= MIN_CONTAINED_TOKENS &&
    ` ${large.normalised} `.includes(` ${small.normalised} `)
  );
}

/** Tokens of `small` also in `large` (both ascending), or -1 once more than `allowedMisses` are not. */
function sharedCount(small: Int32Array, large: Int32Array, allowedMisses: number): number {
  let shared = 0;
  let misses = 0;
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    const x = small[i] as number;
    while (j < large.length && (large[j] as number) < x) j += 1;
    if (j < large.length && large[j] === x) {
      shared += 1;
      j += 1;
    } else if (++misses > allowedMisses) return -1;
  }
  return shared;
}

/** Tokens are numbered densely from 0 within a block: one more than the largest. */
function tokenCountOf(entries: readonly Entry[]): number {
  let count = 0;
  for (let position = 0; position < entries.length; position++) {
    const { tokens } = entries[position] as Entry;
    // Tokens ascend, so the last is the largest.
    if (tokens.length > 0) count = Math.max(count, (tokens[tokens.length - 1] as number) + 1);
  }
  return count;
}

/**
 * Each entry with tokens under the first `listedCount(its number of tokens)` of them, a list's
 * start found by the token's number. Index loops, because a subarray per entry, or an iterator
 * over a typed array, costs an allocation each.
 */
function postingsOf(entries: readonly Entry[], tokenCount: number, listedCount: (size: number) => number): Postings {
  const starts = new Int32Array(tokenCount + 1);
  for (let position = 0; position < entries.length; position++) {
    const { tokens } = entries[position] as Entry;
    const count = tokens.length === 0 ? 0 : listedCount(tokens.length);
    for (let index = 0; index < count; index++) {
      const slot = (tokens[index] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
  }
  for (let token = 0; token < tokenCount; token++)
    starts[token + 1] = (starts[token + 1] as number) + (starts[token] as number);
  const positions = new Int32Array(starts[tokenCount] as number);
  const next = starts.slice(0, tokenCount);
  for (let position = 0; position < entries.length; position++) {
    const { tokens } = entries[position] as Entry;
    const count = tokens.length === 0 ? 0 : listedCount(tokens.length);
    for (let index = 0; index < count; index++) {
      const token = tokens[index] as number;
      const at = next[token] as number;
      positions[at] = position;
      next[token] = at + 1;
    }
  }
  return { starts, positions };
}
