/**
 * When the next prompt comes: for a member (the welcome, "fortsetzen") and for the organisation's
 * own schedule (the setup summary, the Übersicht). Computed from `dueSlotAt`, the rule the
 * scheduler itself uses, so what the bot announces is what it does.
 */
import { addDays, localDateAt } from "./calendar";
import {
  dueSlotAt,
  memberCalendar,
  periodContaining,
  previousPeriod,
  type DueSlot,
  type ScheduleConfig,
  type SchedulePreferences,
} from "./schedule";
import { isWorkingDay, workingSlotOn } from "./working-calendar";

/** Days looked ahead: beyond a year, there is no next send to announce. */
const MAX_DAYS = 400;

/**
 * Whether a period already had its prompt. Without the history: every period whose prompt first
 * became due before `now` is taken to have had it.
 */
export type HasPrompt = (periodKey: string, slot: DueSlot) => boolean;

/**
 * The first moment at or after `now` at which a period's prompt is due for the member and the
 * period has not had its prompt: when the scheduler will record it (its next tick after that
 * moment). Undefined when nothing more is due in the cycle.
 */
export function nextSend(
  config: ScheduleConfig,
  preferences: SchedulePreferences,
  now: Date,
  hasPrompt: HasPrompt = (_key, slot) => slot.firstDueAt.getTime() < now.getTime(),
): DueSlot | undefined {
  const calendar = memberCalendar(config, preferences);
  const isNew = (slot: DueSlot | undefined): slot is DueSlot => slot !== undefined && !hasPrompt(slot.period.key, slot);
  const atOnce = dueSlotAt(config, calendar, now);
  if (isNew(atOnce)) return { ...atOnce, dueAt: now };
  const today = localDateAt(now, calendar.timeZone);
  for (let offset = 0; offset < MAX_DAYS; offset++) {
    const date = addDays(today, offset);
    if (date > config.cycle.selfReportDue) return undefined;
    if (!isWorkingDay(calendar, date)) continue;
    const at = workingSlotOn(calendar, date);
    if (at.getTime() <= now.getTime()) continue;
    const slot = dueSlotAt(config, calendar, at);
    if (isNew(slot)) return slot;
  }
  return undefined;
}

/** When the organisation's schedule next sends, by its own time and working hours (no member's preferences). */
export function nextScheduledRun(config: ScheduleConfig, now: Date, hasPrompt?: HasPrompt): Date | undefined {
  return nextSend(config, {}, now, hasPrompt)?.dueAt;
}

/**
 * The only periods whose prompt the scheduler can have recorded by `now`, in the organisation's
 * zone: the one that contains today and the one before (`dueSlotAt` never looks further back,
 * and a later period's prompt is never recorded early). Knowing which of them had their prompt
 * is all `nextScheduledRun` needs to name what the scheduler will really do, also right after a
 * setup on a weekend, when the missed slot of this week still comes on Monday.
 */
export function periodsRecordedBy(config: ScheduleConfig, now: Date): [string, string] {
  const current = periodContaining(localDateAt(now, config.schedule.timeZone), config.schedule, config.cycle.start);
  return [previousPeriod(current, config.schedule, config.cycle.start).key, current.key];
}
