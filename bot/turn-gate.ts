/**
 * How many turns one instance runs at once (issue 18, item 5). Beyond the limit a turn waits,
 * first come first served, for at most `maxWaitMs`; a turn that cannot start by then is shed:
 * the bot answers it at once with a short "gerade viel los" instead of letting Teams' 15-second
 * budget run out while every turn gets slower. The Flex Consumption per-instance HTTP
 * concurrency in the Bicep is the same number, so Azure scales out before turns are shed.
 * The per-member and per-tenant rates are a separate concern (turn-rate-limiter.ts).
 */

export interface TurnGateLimits {
  /** Turns running at once. */
  maxConcurrent: number;
  /** How long a turn may wait for a place before it is shed, counted from the request's arrival. */
  maxWaitMs: number;
  /** Turns waiting at most (each holds its request in memory); one more is shed at once. */
  maxWaiting: number;
}

/**
 * Where the endpoint puts the moment a request arrived (`performance.now()`) in the turn's
 * state, so that the gate counts the wait from there.
 */
export const TURN_RECEIVED_AT = Symbol("turn received at");

/** Milliseconds since `receivedAt` (a `performance.now()` reading); 0 when it is unknown. */
export function waitedSince(receivedAt: unknown): number {
  return typeof receivedAt === "number" ? Math.max(0, performance.now() - receivedAt) : 0;
}

/** Leaves the gate; calling it twice leaves once. */
export type LeaveGate = () => void;

/** Runs `fire` after `ms` unless the returned cancel function is called first. */
export type StartTimer = (ms: number, fire: () => void) => () => void;

const startRealTimer: StartTimer = (ms, fire) => {
  const timer = setTimeout(fire, ms);
  // A waiting turn must never keep a process alive that is shutting down.
  timer.unref();
  return () => clearTimeout(timer);
};

interface Waiter {
  admit(leave: LeaveGate): void;
}

export class TurnGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly limits: TurnGateLimits,
    private readonly startTimer: StartTimer = startRealTimer,
  ) {}

  /**
   * A place to run the turn, or undefined when it is shed. `waitedMs`: how long the request
   * already took to reach the gate (read, parsed, checked); under load that is part of the wait
   * its sender sees, so it counts against `maxWaitMs`. A turn that may not be shed (an install,
   * which is answered once and never retried by Teams) waits as long as it takes.
   */
  enter(mayShed = true, waitedMs = 0): Promise<LeaveGate | undefined> {
    if (this.running < this.limits.maxConcurrent) {
      this.running += 1;
      return Promise.resolve(this.leaveOnce());
    }
    const remainingMs = this.limits.maxWaitMs - Math.max(0, waitedMs);
    if (mayShed && (remainingMs <= 0 || this.waiting.length >= this.limits.maxWaiting))
      return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let cancelTimer = () => {};
      const waiter: Waiter = {
        admit: (leave) => {
          cancelTimer();
          resolve(leave);
        },
      };
      this.waiting.push(waiter);
      if (!mayShed) return;
      cancelTimer = this.startTimer(remainingMs, () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(undefined);
      });
    });
  }

  /** Turns running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private leaveOnce(): LeaveGate {
    let hasLeft = false;
    return () => {
      if (hasLeft) return;
      hasLeft = true;
      // The place goes straight to the longest-waiting turn, so a newcomer cannot overtake it.
      const next = this.waiting.shift();
      if (next) next.admit(this.leaveOnce());
      else this.running -= 1;
    };
  }
}
