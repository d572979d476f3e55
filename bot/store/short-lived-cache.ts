/**
 * Reads kept in memory for a short while, per key (an organisation): what every turn needs and
 * what changes rarely. The pending read is kept, so that turns arriving together share one
 * request; a failed read is forgotten at once, never served.
 */
export interface ShortLivedCache<T> {
  /** The value read at most `ttlMs` ago, or read now by `load`. */
  get(key: string, load: () => Promise<T>): Promise<T>;
  /** The next `get` of the key reads again (a save through this instance). */
  forget(key: string): void;
}

export function createShortLivedCache<T>(ttlMs: number, nowMs: () => number): ShortLivedCache<T> {
  const entries = new Map<string, { loadedAt: number; value: Promise<T> }>();
  return {
    get(key, load) {
      const cached = entries.get(key);
      if (cached && nowMs() - cached.loadedAt < ttlMs) return cached.value;
      const value = load();
      entries.set(key, { loadedAt: nowMs(), value });
      value.catch(() => {
        // Only this read's entry: a newer read may have replaced it meanwhile.
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    forget(key) {
      entries.delete(key);
    },
  };
}
