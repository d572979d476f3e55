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
  const idsOf = texts.map((normalised, position) => {
    const distinct: number[] = [];
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
    return distinct;
  });
  const ranked = words
    .map((_word, id) => id)
    .sort(
      (a, b) => (counts[a] as number) - (counts[b] as number) || ((words[a] as string) < (words[b] as string) ? -1 : 1),
    );
  const rankOf = new Int32Array(words.length);
  ranked.forEach((id, rank) => (rankOf[id] = rank));
  // A plain loop rather than Int32Array.from with a mapping function, which takes V8's slow generic path.
  return idsOf.map((distinct, position) => {
    const tokens = new Int32Array(distinct.length);
    for (let index = 0; index < distinct.length; index++) tokens[index] = rankOf[distinct[index] as number] as number;
    return { normalised: texts[position] as string, tokens: tokens.sort() };
  });
}
