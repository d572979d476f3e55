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
import { tokeniseRarestFirst, type TokenisedTexts } from "./rarest-first-tokens";
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

/**
 * What a search for an earlier near-duplicate reads; dense arrays, because candidates run into the
 * millions. An entry is a text by its position; its tokens are `tokens[startOf[entry]…startOf[entry] + sizeOf[entry])`.
 */
interface Search {
  normalised: readonly string[];
  tokens: Int32Array;
  startOf: Int32Array;
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
  // Each item's text is asked for once: an analysed answer's skeleton is made anew on each read.
  const written = items.map(textOf);
  const texts = tokeniseRarestFirst(written.map((text) => normalise(text)));
  const groups: MergedStatement<T>[] = [];
  const startOf = startsOf(texts.ends);
  const sizeOf = sizesOf(startOf, texts.ends);
  const search: Search = {
    normalised: texts.normalised,
    tokens: texts.tokens,
    startOf,
    indexes: {
      prefix: postingsOf(texts, startOf, sizeOf, (size) => jaccardPrefixLength(size)),
      rarest: postingsOf(texts, startOf, sizeOf, () => 1),
      all: postingsOf(texts, startOf, sizeOf, (size) => size),
    },
    sizeOf,
    signatures: signaturesOf(texts, startOf),
    groupOf: new Int32Array(items.length),
    lastSeen: new Int32Array(items.length).fill(-1),
  };

  items.forEach((item, position) => {
    const match = sizeOf[position] === 0 ? undefined : findMatch(position, search);
    const text = written[position] as string;
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
 * The earliest group with a near-duplicate of the entry at `position`, checking each candidate once. Plain loops
 * rather than a callback: at 100,000 answers this runs some ten million times.
 */
function findMatch(position: number, search: Search): number | undefined {
  const { indexes, tokens } = search;
  const start = search.startOf[position] as number;
  const size = search.sizeOf[position] as number;
  let best = -1;
  const prefixEnd = start + jaccardPrefixLength(size);
  for (let index = start; index < prefixEnd; index++)
    best = considerAll(indexes.prefix, tokens[index] as number, position, search, best);
  if (size >= MIN_CONTAINED_TOKENS) {
    // An earlier text contained in the new one: its rarest token is one of ours.
    for (let index = start; index < start + size; index++)
      best = considerAll(indexes.rarest, tokens[index] as number, position, search, best);
    // The new text contained in an earlier one: our rarest token is one of theirs.
    best = considerAll(indexes.all, tokens[start] as number, position, search, best);
  }
  return best === -1 ? undefined : best;
}

/**
 * The best (earliest) group so far, improved by any earlier entry listed under `token` that is a
 * near-duplicate (the entry itself and later ones are listed too, after them).
 */
function considerAll(postings: Postings, token: number, position: number, search: Search, best: number): number {
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
    if (isNearDuplicate(position, candidateIndex, search)) earliest = group;
  }
  return earliest;
}

/** Entry → where its tokens start: where the previous entry's end. */
function startsOf(ends: Int32Array): Int32Array {
  const starts = new Int32Array(ends.length);
  for (let position = 1; position < ends.length; position++) starts[position] = ends[position - 1] as number;
  return starts;
}

function sizesOf(starts: Int32Array, ends: Int32Array): Int32Array {
  const sizes = new Int32Array(ends.length);
  for (let position = 0; position < ends.length; position++)
    sizes[position] = (ends[position] as number) - (starts[position] as number);
  return sizes;
}

function signaturesOf({ tokens, ends }: TokenisedTexts, starts: Int32Array): Uint32Array {
  const signatures = new Uint32Array(2 * ends.length);
  for (let position = 0; position < ends.length; position++) {
    const end = ends[position] as number;
    for (let index = starts[position] as number; index < end; index++) {
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
function isNearDuplicate(a: number, b: number, search: Search): boolean {
  const { normalised, sizeOf, startOf } = search;
  if (normalised[a] === normalised[b]) return true;
  const isASmaller = (sizeOf[a] as number) <= (sizeOf[b] as number);
  const small = isASmaller ? a : b;
  const large = isASmaller ? b : a;
  const smallSize = sizeOf[small] as number;
  const largeSize = sizeOf[large] as number;
  // Either test needs most of the shorter text's words in the longer one: stop once too many are missing.
  const required = Math.min(smallSize, minSharedTokens(smallSize, largeSize));
  const smallStart = startOf[small] as number;
  const largeStart = startOf[large] as number;
  const shared = sharedCount(
    search.tokens,
    smallStart,
    smallStart + smallSize,
    largeStart,
    largeStart + largeSize,
    smallSize - required,
  );
  if (shared < 0) return false;
  if (isSimilarEnough(shared / (smallSize + largeSize - shared))) return true;
  // Containment needs every word of the shorter text in the longer one; only then compare the strings.
  return (
    shared === smallSize &&
    smallSize >= MIN_CONTAINED_TOKENS &&
    ` ${normalised[large] as string} `.includes(` ${normalised[small] as string} `)
  );
}

/**
 * Tokens of `tokens[smallStart…smallEnd)` also in `tokens[largeStart…largeEnd)` (both ascending),
 * or -1 once more than `allowedMisses` are not.
 */
function sharedCount(
  tokens: Int32Array,
  smallStart: number,
  smallEnd: number,
  largeStart: number,
  largeEnd: number,
  allowedMisses: number,
): number {
  let shared = 0;
  let misses = 0;
  let j = largeStart;
  for (let i = smallStart; i < smallEnd; i++) {
    const x = tokens[i] as number;
    while (j < largeEnd && (tokens[j] as number) < x) j += 1;
    if (j < largeEnd && tokens[j] === x) {
      shared += 1;
      j += 1;
    } else if (++misses > allowedMisses) return -1;
  }
  return shared;
}

/**
 * Each entry with tokens under the first `listedCount(its number of tokens)` of them, a list's
 * start found by the token's number. Index loops, because a view per entry, or an iterator over
 * a typed array, costs an allocation each.
 */
function postingsOf(
  { tokens, wordCount }: TokenisedTexts,
  startOf: Int32Array,
  sizeOf: Int32Array,
  listedCount: (size: number) => number,
): Postings {
  const starts = new Int32Array(wordCount + 1);
  for (let position = 0; position < sizeOf.length; position++) {
    const size = sizeOf[position] as number;
    const start = startOf[position] as number;
    const end = start + (size === 0 ? 0 : listedCount(size));
    for (let index = start; index < end; index++) {
      const slot = (tokens[index] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
  }
  for (let token = 0; token < wordCount; token++)
    starts[token + 1] = (starts[token + 1] as number) + (starts[token] as number);
  const positions = new Int32Array(starts[wordCount] as number);
  const next = starts.slice(0, wordCount);
  for (let position = 0; position < sizeOf.length; position++) {
    const size = sizeOf[position] as number;
    const start = startOf[position] as number;
    const end = start + (size === 0 ? 0 : listedCount(size));
    for (let index = start; index < end; index++) {
      const token = tokens[index] as number;
      const at = next[token] as number;
      positions[at] = position;
      next[token] = at + 1;
    }
  }
  return { starts, positions };
}
