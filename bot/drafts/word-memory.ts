/**
 * Per-word work in a draft: 100,000 answers hold millions of words from a vocabulary of some
 * thousands, so each word's result is worked out once and kept, up to a bound, then forgotten all
 * at once (a draft of strange words cannot grow the memory without end). The same holds for the
 * short texts staff type beside their answers (a Nachweis named again in answer after answer).
 */
const MAX_REMEMBERED_WORDS = 50_000;

/** `work` for one word, remembered: the same word gives the result of its first call. */
export function rememberPerWord<T>(work: (word: string) => T): (word: string) => T {
  const memory = new Map<string, T>();
  return (word) => {
    const known = memory.get(word);
    if (known !== undefined || memory.has(word)) return known as T;
    const result = work(word);
    if (memory.size >= MAX_REMEMBERED_WORDS) memory.clear();
    memory.set(word, result);
    return result;
  };
}
