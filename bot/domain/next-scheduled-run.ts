/**
 * When the organisation's schedule next sends prompts (its own time and zone, no member's
 * preferences): the first slot after `now` that lies in the cycle and outside quiet periods.
 */
import { addDays, instantOf } from "./calendar";
import type { OrgConfig } from "./org-config";
import { memberSlot, periodContaining, slotSuppression } from "./schedule";

/** Enough for a monthly schedule over eight years; a cycle is shorter. */
const MAX_PERIODS = 100;

export function nextScheduledRun(
  config: Pick<OrgConfig, "schedule" | "cycle" | "quietPeriods">,
  now: Date,
): Date | undefined {
  const { schedule, cycle } = config;
  let period = memberSlot(config, {}, now).period;
  for (let checked = 0; checked < MAX_PERIODS; checked++) {
    const dueAt = instantOf(period.slotDate, schedule.time, schedule.timeZone);
    if (period.slotDate > cycle.selfReportDue) return undefined;
    const suppression = slotSuppression(config, {}, { period, today: period.slotDate });
    if (dueAt > now && suppression === undefined) return dueAt;
    period = periodContaining(addDays(period.lastDate, 1), schedule, cycle.start);
  }
  return undefined;
}
