/** When two staff statements say the same thing: normalised token overlap or one contained in the other. */

/** Token Jaccard at or above this counts as the same statement. */
const NEAR_DUPLICATE_JACCARD = 0.8;
/** A contained text must have at least this many words, so that "Ja." does not swallow everything. */
export const MIN_CONTAINED_TOKENS = 3;

// Floating point: 0.8 × 15 is 12.000000000000002, which must still count as 12.
const EPSILON = 1e-9;

export interface TextFingerprint {
  /** Lower case, letters and digits only, single spaces. */
  normalised: string;
  /** `normalised` between spaces, so that containment matches whole words only. */
  padded: string;
  tokens: ReadonlySet<string>;
}

/**
 * What NFKC could change: anything beyond ASCII and the Latin-1 letters (ä, ö, ü, ß, é …), which
 * it leaves as they are. Most German answers have nothing else, and NFKC is the costly step.
 */
const MAY_CHANGE_UNDER_NFKC = /[\u00a0-\u00bf\u0100-\uffff]/;

/**
 * A run of characters other than letters and digits that is not a single space: what becomes one
 * space. The same as replacing every run (`[^\p{L}\p{N}]+`) by a space, without matching, and
 * replacing by itself, the single space between most words (some 25 matches per answer otherwise).
 * A run is matched from its first character: one that is not a space, or a space with more after
 * it. (The pattern that opened with `[^\p{L}\p{N}]*` tried that loop at every letter: 2.7 times the
 * CPU on the benchmark's answers.)
 */
const SEPARATOR_TO_REPLACE = /[^\p{L}\p{N} ][^\p{L}\p{N}]*| [^\p{L}\p{N}]+/gu;

export function normaliseText(text: string): string {
  return (
    (MAY_CHANGE_UNDER_NFKC.test(text) ? text.normalize("NFKC") : text)
      // The same as toLocaleLowerCase("de") (only Turkish, Azeri and Lithuanian differ) and much faster.
      .toLowerCase()
      .replace(SEPARATOR_TO_REPLACE, " ")
      .trim()
  );
}

export function fingerprint(text: string): TextFingerprint {
  const normalised = normaliseText(text);
  return {
    normalised,
    padded: ` ${normalised} `,
    tokens: new Set(normalised.length === 0 ? [] : normalised.split(" ")),
  };
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Whole words of `inner` appear in `outer` in the same order, e.g. a short answer repeated inside a longer one. */
function isContainedIn(inner: TextFingerprint, outer: TextFingerprint): boolean {
  if (inner.tokens.size < MIN_CONTAINED_TOKENS) return false;
  return outer.padded.includes(inner.padded);
}

export function areNearDuplicates(a: TextFingerprint, b: TextFingerprint): boolean {
  if (a.normalised.length > 0 && a.normalised === b.normalised) return true;
  return isSimilarEnough(jaccard(a.tokens, b.tokens)) || isContainedIn(a, b) || isContainedIn(b, a);
}

/**
 * At most the number of tokens that sets of these sizes must share to be similar enough, so that
 * a comparison can stop as soon as too many tokens are missing (it never rejects a similar pair).
 */
export function minSharedTokens(sizeA: number, sizeB: number): number {
  return Math.max(0, Math.floor((NEAR_DUPLICATE_JACCARD * (sizeA + sizeB)) / (1 + NEAR_DUPLICATE_JACCARD) - EPSILON));
}

export function isSimilarEnough(jaccardValue: number): boolean {
  return jaccardValue >= NEAR_DUPLICATE_JACCARD - EPSILON;
}

/** How many of a set's rarest tokens must be indexed so that any set with Jaccard ≥ threshold shares one of them. */
export function jaccardPrefixLength(size: number, threshold = NEAR_DUPLICATE_JACCARD): number {
  return Math.max(1, size - Math.ceil(threshold * size - EPSILON) + 1);
}
