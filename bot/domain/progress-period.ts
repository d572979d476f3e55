/**
 * The time ranges of the progress summary: the period a manager picked (the current schedule
 * period, the last four weeks, the whole cycle) and the previous range of the same length that
 * the trend compares with. Ranges are half-open [from, to) in epoch milliseconds and never reach
 * back before the cycle started: earlier answers belong to the previous cycle.
 */
import { addDays, addDaysInZone, localDateAt, startOfLocalDay } from "./calendar";
import type { OrgConfig } from "./org-config";
import { periodContaining } from "./schedule";

export const PROGRESS_PERIODS = ["current", "fourWeeks", "cycle"] as const;
export type ProgressPeriod = (typeof PROGRESS_PERIODS)[number];

export interface TimeRange {
  fromMs: number;
  toMs: number;
}

export interface ProgressRanges {
  selected: TimeRange;
  /** Absent for the whole cycle, and when the comparable range would start before the cycle. */
  previous?: TimeRange;
  /** From the cycle start until now: what the Selbstreport can draw on. */
  cycle: TimeRange;
}

const FOUR_WEEKS_DAYS = 28;

export function isWithinRange(range: TimeRange, ms: number): boolean {
  return range.fromMs <= ms && ms < range.toMs;
}

/**
 * The ranges at `now` in the organisation's zone. The current period is compared with the
 * previous schedule period up to the same point (Monday to Wednesday noon against last Monday
 * to Wednesday noon), so a half-finished week is not measured against a full one.
 */
export function progressRanges(
  period: ProgressPeriod,
  config: Pick<OrgConfig, "cycle" | "schedule">,
  now: Date,
): ProgressRanges {
  const timeZone = config.schedule.timeZone;
  const cycleStartMs = startOfLocalDay(config.cycle.start, timeZone).getTime();
  // Just after now, so that an answer stored at this very instant counts.
  const endMs = now.getTime() + 1;
  const cycle = { fromMs: cycleStartMs, toMs: Math.max(cycleStartMs, endMs) };
  const clampToCycle = (range: TimeRange): TimeRange => ({
    fromMs: Math.max(range.fromMs, cycleStartMs),
    toMs: Math.max(range.toMs, cycleStartMs),
  });
  const comparable = (range: TimeRange): TimeRange | undefined =>
    range.fromMs >= cycleStartMs && range.toMs > range.fromMs ? range : undefined;

  switch (period) {
    case "cycle":
      return { selected: cycle, cycle };
    case "fourWeeks": {
      const fromMs = addDaysInZone(now, -FOUR_WEEKS_DAYS, timeZone).getTime();
      const previousFromMs = addDaysInZone(now, -2 * FOUR_WEEKS_DAYS, timeZone).getTime();
      const previous = comparable({ fromMs: previousFromMs, toMs: fromMs });
      return { selected: clampToCycle({ fromMs, toMs: endMs }), ...(previous ? { previous } : {}), cycle };
    }
    case "current": {
      const current = periodContaining(localDateAt(now, timeZone), config.schedule, config.cycle.start);
      const before = periodContaining(addDays(current.firstDate, -1), config.schedule, config.cycle.start);
      const fromMs = startOfLocalDay(current.firstDate, timeZone).getTime();
      const previousFromMs = startOfLocalDay(before.firstDate, timeZone).getTime();
      const previous = comparable({
        fromMs: previousFromMs,
        toMs: Math.min(fromMs, previousFromMs + (endMs - fromMs)),
      });
      return { selected: clampToCycle({ fromMs, toMs: endMs }), ...(previous ? { previous } : {}), cycle };
    }
  }
}
