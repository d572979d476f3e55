/**
 * Runs the app's timer functions on their NCRONTAB schedules inside `npm start`, the way the
 * Functions host would without Core Tools: one run of a function at a time (occurrences that
 * pass during a run are skipped; the next one after it comes), past due when it fires late.
 */
import { randomUUID } from "node:crypto";
import { InvocationContext, type Timer } from "@azure/functions";
import type { TimerRegistration } from "../registrations";
import { nextOccurrence, parseNcrontab } from "./ncrontab";

export interface LocalTimers {
  /** Stops scheduling and waits for runs in progress. */
  stop(): Promise<void>;
}

export interface LocalTimerOptions {
  report?: (line: string) => void;
}

/** A run that starts this much after its occurrence is "past due", like a late Functions timer. */
const PAST_DUE_MS = 1_000;

export function startLocalTimers(
  functions: readonly TimerRegistration[],
  options: LocalTimerOptions = {},
): LocalTimers {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const timeouts = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let isStopped = false;

  for (const registration of functions) {
    const schedule = parseNcrontab(registration.schedule);
    let last: Date | undefined;

    const plan = (after: Date) => {
      if (isStopped) return;
      const occurrence = nextOccurrence(schedule, after);
      const timeout = setTimeout(
        () => {
          timeouts.delete(timeout);
          const run = fire(occurrence).finally(() => running.delete(run));
          running.add(run);
        },
        Math.max(0, occurrence.getTime() - Date.now()),
      );
      timeouts.add(timeout);
    };

    const fire = async (occurrence: Date) => {
      const startedAt = new Date();
      const timer: Timer = {
        isPastDue: startedAt.getTime() - occurrence.getTime() > PAST_DUE_MS,
        schedule: { adjustForDST: true },
        scheduleStatus: {
          last: (last ?? occurrence).toISOString(),
          next: occurrence.toISOString(),
          lastUpdated: startedAt.toISOString(),
        },
      };
      last = occurrence;
      try {
        await registration.handler(
          timer,
          new InvocationContext({ functionName: registration.name, invocationId: randomUUID() }),
        );
      } catch (error) {
        report(`local timer ${registration.name} failed: ${error instanceof Error ? error.name : "error"}`);
      } finally {
        // Planned after the run ends: runs of one function never overlap.
        plan(new Date(Math.max(Date.now(), occurrence.getTime())));
      }
    };

    plan(new Date());
  }

  return {
    async stop() {
      isStopped = true;
      for (const timeout of timeouts) clearTimeout(timeout);
      timeouts.clear();
      await Promise.all([...running]);
    },
  };
}
