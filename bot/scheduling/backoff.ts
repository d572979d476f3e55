/** How long a delivery waits before its next attempt after a transient failure. */

export interface BackoffPolicy {
  /** The ceiling of the first retry's wait; each further attempt doubles it. */
  baseMs: number;
  maxMs: number;
}

/** 15–30 s, 30–60 s, 1–2 min, 2–4 min: about 7 minutes over the retries a delivery gets. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, maxMs: 15 * 60_000 };

/**
 * Exponential backoff with jitter after the `attempt`-th failed attempt (1 = the first): a
 * random wait between half and all of the ceiling, so that deliveries that failed together
 * (a Teams outage) do not all come back in the same second.
 */
export function backoffDelayMs(attempt: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const drawn = random();
  const share = drawn > 1 ? 1 : drawn >= 0 ? drawn : 0; // NaN and negatives: the shortest wait
  return Math.round(ceiling / 2 + (share * ceiling) / 2);
}
