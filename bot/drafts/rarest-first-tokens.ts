/** Texts as sets of word numbers, numbered rarest first within a block: the basis of near-duplicate search. */

/** A text as `fingerprint` sees it, with its distinct words as numbers (no Set per text). */
export interface TokenisedText {
  normalised: string;
  /** Token numbers, ascending = rarest first. */
  tokens: Int32Array;
}

/**
 * Each text's distinct words as numbers: 0 for the rarest word of the block, ties broken
 * alphabetically so the order is total (the same words as `fingerprint`, without a Set per text).
 * The texts are normalised: words between single spaces, none at either end.
 */
export function tokeniseRarestFirst(texts: readonly string[]): TokenisedText[] {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const seenIn: number[] = [];
  // Every text's distinct word numbers one after another in one array (text i's end at ends[i]),
  // rather than an array and an Int32Array with a buffer of its own per text: a block holds thousands.
  const distinct = new GrowingInt32Array();
  const ends = new Int32Array(texts.length);
  texts.forEach((normalised, position) => {
    // Words between single spaces (normalised text), read without an array of them per text.
    for (let start = 0; start < normalised.length;) {
      let end = normalised.indexOf(" ", start);
      if (end === -1) end = normalised.length;
      const word = normalised.slice(start, end);
      start = end + 1;
      let id = ids.get(word);
      if (id === undefined) {
        id = words.push(word) - 1;
        ids.set(word, id);
        counts.push(0);
        seenIn.push(-1);
      }
      if (seenIn[id] === position) continue;
      seenIn[id] = position;
      counts[id] = (counts[id] as number) + 1;
      distinct.push(id);
    }
    ends[position] = distinct.length;
  });
  const ranked = words
    .map((_word, id) => id)
    .sort(
      (a, b) => (counts[a] as number) - (counts[b] as number) || ((words[a] as string) < (words[b] as string) ? -1 : 1),
    );
  const rankOf = new Int32Array(words.length);
  ranked.forEach((id, rank) => (rankOf[id] = rank));
  const tokens = distinct.values();
  for (let index = 0; index < tokens.length; index++) tokens[index] = rankOf[tokens[index] as number] as number;
  // Each text's tokens are a view of its stretch, sorted in place.
  return texts.map((normalised, position) => ({
    normalised,
    tokens: tokens.subarray(position === 0 ? 0 : ends[position - 1], ends[position]).sort(),
  }));
}

/** An Int32Array that doubles when full. */
class GrowingInt32Array {
  private array = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const larger = new Int32Array(this.array.length * 2);
      larger.set(this.array);
      this.array = larger;
    }
    this.array[this.length++] = value;
  }

  /** The values pushed, as a view: writing to it changes them. */
  values(): Int32Array {
    return this.array.subarray(0, this.length);
  }
}
