/**
 * The time frame of the progress summary: the rounds of the schedule (weekly, every two weeks
 * or monthly; a week at least) from the cycle start, and the periods a manager can pick. Figures
 * stand at the end of a round (see anonymity-release.ts), so a period is a run of whole rounds.
 */
import { addDays, startOfLocalDay } from "./calendar";
import type { OrgConfig } from "./org-config";
import { periodContaining } from "./schedule";

/** The last four weeks (compared with the four before), or the whole cycle. */
export const PROGRESS_PERIODS = ["fourWeeks", "cycle"] as const;
export type ProgressPeriod = (typeof PROGRESS_PERIODS)[number];

export const PERIOD_DAYS = 28;
/** The shortest round: a cycle starting on a Friday has its first round end a week later, not on Monday. */
const MIN_ROUND_DAYS = 7;

/**
 * Where rounds begin: the cycle start, then each later round start up to now, as instants
 * (epoch ms) and as the organisation's local dates. The last one is where the round in progress
 * began; answers from then on wait for its end.
 */
export interface RoundBoundaries {
  instants: number[];
  dates: string[];
}

export function roundBoundaries(config: Pick<OrgConfig, "cycle" | "schedule">, now: Date): RoundBoundaries {
  const zone = config.schedule.timeZone;
  const boundaries: RoundBoundaries = {
    instants: [startOfLocalDay(config.cycle.start, zone).getTime()],
    dates: [config.cycle.start],
  };
  const earliest = addDays(config.cycle.start, MIN_ROUND_DAYS);
  const nowMs = now.getTime();
  let period = periodContaining(config.cycle.start, config.schedule, config.cycle.start);
  for (;;) {
    const next = addDays(period.lastDate, 1);
    const startMs = startOfLocalDay(next, zone).getTime();
    if (startMs > nowMs) return boundaries;
    if (next >= earliest) {
      boundaries.instants.push(startMs);
      boundaries.dates.push(next);
    }
    period = periodContaining(next, config.schedule, config.cycle.start);
  }
}

/** The round an instant falls in (index i: from boundary i to i + 1); -1 before the cycle, the last index in the round in progress. */
export function roundIndex(instants: readonly number[], ms: number): number {
  if (instants.length === 0 || ms < (instants[0] as number)) return -1;
  let low = 0;
  let high = instants.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((instants[middle] as number) <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The latest boundary at least `days` before boundary `index`, in the organisation's calendar; undefined if the cycle is younger. */
export function boundaryDaysBefore(boundaries: RoundBoundaries, index: number, days: number): number | undefined {
  const date = boundaries.dates[index];
  if (date === undefined) return undefined;
  const limit = addDays(date, -days);
  let found: number | undefined;
  boundaries.dates.forEach((candidate, at) => {
    if (candidate <= limit) found = at;
  });
  return found;
}

/** The last day before a boundary: the last day a step ending there covers. */
export function lastDayBefore(boundaries: RoundBoundaries, index: number): string {
  return addDays(boundaries.dates[index] as string, -1);
}
