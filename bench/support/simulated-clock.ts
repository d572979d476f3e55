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
  /** The worker's sleep: the sleeper wakes when the clock reaches its wake-up time. */
  sleep: Sleep;
}

interface Sleeper {
  wakeMs: number;
  wake: () => void;
}

/**
 * Sleepers wake in the order of their wake-up times, and the clock moves to the earliest only
 * once everything that could run has run (a macrotask later). Moving it at once, as each
 * sleeper asked, let other lanes' waits carry the clock ahead of a lane that had taken its send
 * slot but not yet handed the card over (the lanes of a new batch start together): that card
 * was dated late by their waits, up to a second, and the fake connector counted it in a second
 * the worker had not sent it in.
 */
export function simulatedClock(start: Date): SimulatedClock {
  let nowMs = start.getTime();
  const sleepers: Sleeper[] = [];
  let isWakeScheduled = false;

  const wakeEarliest = () => {
    isWakeScheduled = false;
    const earliestMs = Math.min(...sleepers.map((sleeper) => sleeper.wakeMs));
    nowMs = Math.max(nowMs, earliestMs);
    for (let i = sleepers.length - 1; i >= 0; i--) {
      const sleeper = sleepers[i];
      if (sleeper && sleeper.wakeMs <= nowMs) {
        sleepers.splice(i, 1);
        sleeper.wake();
      }
    }
    scheduleWake();
  };
  const scheduleWake = () => {
    if (isWakeScheduled || sleepers.length === 0) return;
    isWakeScheduled = true;
    setImmediate(wakeEarliest);
  };

  return {
    now: () => new Date(nowMs),
    advance: (ms) => void (nowMs += ms),
    sleep: (ms) =>
      new Promise<void>((wake) => {
        sleepers.push({ wakeMs: nowMs + Math.max(0, ms), wake });
        scheduleWake();
      }),
  };
}
