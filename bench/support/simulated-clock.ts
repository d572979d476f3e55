/**
 * The benchmark's simulated time: a clock that moves only when the worker waits (its sleep),
 * so a run's simulated duration is what its rate limits and retries cost, not this machine's
 * speed. The same idea as the delivery tests' fake clock, without loading the test fixtures
 * (and their embedded Cosmos server) into the measured process.
 */
import type { Clock } from "../../bot/domain/clock";
import type { Sleep } from "../../bot/scheduling/sleep";

export interface SimulatedClock extends Clock {
  advance(ms: number): void;
  /** The worker's sleep: moves the clock to the moment the sleeper would wake. */
  sleep: Sleep;
}

export function simulatedClock(start: Date): SimulatedClock {
  let nowMs = start.getTime();
  return {
    now: () => new Date(nowMs),
    advance: (ms) => void (nowMs += ms),
    // A sleeper asks right after reading the clock, so "now + ms" is its wake-up.
    sleep: async (ms) => void (nowMs += Math.max(0, ms)),
  };
}
