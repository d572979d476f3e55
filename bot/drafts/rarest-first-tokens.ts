/** Texts as sets of word numbers, numbered rarest first within a block: the basis of near-duplicate search. */

/**
 * A block's texts as `fingerprint` sees them, each with its distinct words as numbers, ascending
 * (= rarest first). Every text's numbers lie one after another in one array, text i's from
 * `ends[i - 1]` (0 for the first) to `ends[i]`: a block holds thousands of texts, and an object or
 * a typed-array view per text would be as many allocations.
 */
export interface TokenisedTexts {
  normalised: readonly string[];
  tokens: Int32Array;
  ends: Int32Array;
  /** How many distinct words the block has: tokens are 0 … wordCount - 1. */
  wordCount: number;
}

/**
 * Each text's distinct words as numbers: 0 for the rarest word of the block, ties broken
 * alphabetically so the order is total (the same words as `fingerprint`, without a Set per text).
 * The texts are normalised: words between single spaces, none at either end.
 */
export function tokeniseRarestFirst(normalised: readonly string[]): TokenisedTexts {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts = new GrowingInt32Array();
  const seenIn = new GrowingInt32Array();
  const distinct = new GrowingInt32Array();
  const ends = new Int32Array(normalised.length);
  for (let position = 0; position < normalised.length; position++) {
    const text = normalised[position] as string;
    // Words between single spaces (normalised text), read without an array of them per text.
    for (let start = 0; start < text.length;) {
      let end = text.indexOf(" ", start);
      if (end === -1) end = text.length;
      const word = text.slice(start, end);
      let id = ids.get(word);
      if (id === undefined) {
        id = words.push(word) - 1;
        ids.set(word, id);
      }
      start = end + 1;
      if (id === counts.length) {
        counts.push(0);
        seenIn.push(-1);
      }
      if (seenIn.at(id) === position) continue;
      seenIn.set(id, position);
      counts.set(id, counts.at(id) + 1);
      distinct.push(id);
    }
    ends[position] = distinct.length;
  }
  const rankOf = ranksOf(words, counts.values());
  const tokens = distinct.values();
  for (let index = 0; index < tokens.length; index++) tokens[index] = rankOf[tokens[index] as number] as number;
  for (let position = 0; position < ends.length; position++)
    sortStretch(tokens, position === 0 ? 0 : (ends[position - 1] as number), ends[position] as number);
  return { normalised, tokens, ends, wordCount: words.length };
}

/** Word number → its rank: fewest texts first, ties alphabetically. */
function ranksOf(words: readonly string[], counts: Int32Array): Int32Array {
  const ranked = words
    .map((_word, id) => id)
    .sort(
      (a, b) => (counts[a] as number) - (counts[b] as number) || ((words[a] as string) < (words[b] as string) ? -1 : 1),
    );
  const rankOf = new Int32Array(words.length);
  ranked.forEach((id, rank) => (rankOf[id] = rank));
  return rankOf;
}

/** Insertion sort of `array[start…end)` in place: a text has some twenty words, and a view per text to sort would be an allocation each. */
function sortStretch(array: Int32Array, start: number, end: number): void {
  for (let index = start + 1; index < end; index++) {
    const value = array[index] as number;
    let at = index - 1;
    while (at >= start && (array[at] as number) > value) {
      array[at + 1] = array[at] as number;
      at -= 1;
    }
    array[at + 1] = value;
  }
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

  at(index: number): number {
    return this.array[index] as number;
  }

  set(index: number, value: number): void {
    this.array[index] = value;
  }

  /** The values pushed, as a view: writing to it changes them. */
  values(): Int32Array {
    return this.array.subarray(0, this.length);
  }
}
