import { setTimeout as delay } from "node:timers/promises";

/** Waiting is injected: the worker waits for rate limits, tests and benchmarks move a fake clock instead. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => delay(Math.max(0, ms));
