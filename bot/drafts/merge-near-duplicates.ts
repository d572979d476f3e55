/**
 * Merges near-duplicate statements of one dimension into one statement that keeps every source
 * (the rule is `areNearDuplicates`). Candidates come from token indexes rather than comparing all
 * pairs, so that a dimension with thousands of answers stays fast. Tokens are numbered rarest first;
 * then
 * - two sets with Jaccard ≥ t share a token within their prefixes (prefix filtering),
 * - a text contained in another has its rarest token in the other.
 */
import { fingerprint, isContainedIn, isSimilarEnough, jaccardPrefixLength, MIN_CONTAINED_TOKENS, type TextFingerprint } from "./text-similarity";

export interface MergedStatement<T> {
  /** The longest wording among the merged items: it contains or nearly equals the others. */
  text: string;
  /** In the order given (callers pass them sorted by date). */
  items: T[];
}

interface Entry {
  group: number;
  print: TextFingerprint;
  /** Token numbers, ascending = rarest first. */
  tokens: Int32Array;
}

interface Indexes {
  /** Entries under the tokens of their Jaccard prefix. */
  prefix: Map<number, number[]>;
  /** Entries under their rarest token. */
  rarest: Map<number, number[]>;
  /** Entries under every token. */
  all: Map<number, number[]>;
}

export function mergeNearDuplicates<T>(items: readonly T[], textOf: (item: T) => string): MergedStatement<T>[] {
  const prints = items.map((item) => fingerprint(textOf(item)));
  const numbering = numberTokensRarestFirst(prints);
  const entries: Entry[] = [];
  const groups: MergedStatement<T>[] = [];
  const indexes: Indexes = { prefix: new Map(), rarest: new Map(), all: new Map() };
  const lastSeen = new Int32Array(items.length).fill(-1);

  items.forEach((item, position) => {
    const print = prints[position] as TextFingerprint;
    const tokens = Int32Array.from([...print.tokens].map((token) => numbering.get(token) as number)).sort();
    const entry: Entry = { group: -1, print, tokens };
    const match = tokens.length === 0 ? undefined : findMatch(entry, position, entries, indexes, lastSeen);
    const text = textOf(item);
    if (match === undefined) {
      entry.group = groups.push({ text, items: [item] }) - 1;
    } else {
      entry.group = match;
      const merged = groups[match] as MergedStatement<T>;
      merged.items.push(item);
      if (text.length > merged.text.length) merged.text = text;
    }
    entries.push(entry);
    if (tokens.length === 0) return;
    for (const token of tokens.subarray(0, jaccardPrefixLength(tokens.length))) append(indexes.prefix, token, position);
    append(indexes.rarest, tokens[0] as number, position);
    for (const token of tokens) append(indexes.all, token, position);
  });
  return groups;
}

/** The earliest group with a near-duplicate of `entry`, checking each candidate once. */
function findMatch(entry: Entry, position: number, entries: readonly Entry[], indexes: Indexes, lastSeen: Int32Array): number | undefined {
  const { tokens } = entry;
  let best: number | undefined;
  const consider = (candidateIndex: number) => {
    if (lastSeen[candidateIndex] === position) return;
    lastSeen[candidateIndex] = position;
    const candidate = entries[candidateIndex] as Entry;
    if (best !== undefined && candidate.group >= best) return;
    if (isNearDuplicate(entry, candidate)) best = candidate.group;
  };
  for (const token of tokens.subarray(0, jaccardPrefixLength(tokens.length))) indexes.prefix.get(token)?.forEach(consider);
  // An earlier text contained in the new one: its rarest token is one of ours.
  if (tokens.length >= MIN_CONTAINED_TOKENS) for (const token of tokens) indexes.rarest.get(token)?.forEach(consider);
  // The new text contained in an earlier one: our rarest token is one of theirs.
  if (tokens.length >= MIN_CONTAINED_TOKENS) indexes.all.get(tokens[0] as number)?.forEach(consider);
  return best;
}

/** `areNearDuplicates` on numbered tokens, with the cheap checks first. */
function isNearDuplicate(a: Entry, b: Entry): boolean {
  if (a.print.normalised === b.print.normalised) return true;
  const [small, large] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const shared = sharedCount(small.tokens, large.tokens);
  if (isSimilarEnough(shared / (small.tokens.length + large.tokens.length - shared))) return true;
  // Containment needs every word of the shorter text in the longer one; only then compare the strings.
  return shared === small.tokens.length && isContainedIn(small.print, large.print);
}

function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** 0 for the rarest token of the block, ties broken alphabetically so the order is total. */
function numberTokensRarestFirst(prints: readonly TextFingerprint[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const print of prints) for (const token of print.tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const ordered = [...counts.keys()].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ordered.map((token, index) => [token, index]));
}

function append(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
