/** Waiting is injected: the worker waits for rate limits, tests and benchmarks move a fake clock instead. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
