/**
 * "Später": when a snoozed prompt comes back, as people mean it. "In 1 Stunde" within working
 * time, else the member's next working slot; "morgen" and "nächste Woche" on a working day at
 * the member's slot time. A Saturday night's "morgen" is Monday morning, not Sunday night.
 */
import { addDays, isoWeekMonday, localDateAt } from "./calendar";
import {
  firstWorkingDayFrom,
  isWorkingMoment,
  nextWorkingSlot,
  workingSlotOn,
  type WorkingCalendar,
} from "./working-calendar";

export const SNOOZE_CHOICES = ["hour", "tomorrow", "nextWeek"] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

const HOUR_MS = 60 * 60 * 1000;
/** Without any working day ahead (a calendar closed for a year), the plain durations. */
const PLAIN_MS: Record<SnoozeChoice, number> = { hour: HOUR_MS, tomorrow: 24 * HOUR_MS, nextWeek: 7 * 24 * HOUR_MS };

export function snoozeUntil(calendar: WorkingCalendar, now: Date, choice: SnoozeChoice): Date {
  const today = localDateAt(now, calendar.timeZone);
  let until: Date | undefined;
  switch (choice) {
    case "hour": {
      const inAnHour = new Date(now.getTime() + HOUR_MS);
      until = isWorkingMoment(calendar, inAnHour) ? inAnHour : nextWorkingSlot(calendar, inAnHour);
      break;
    }
    case "tomorrow":
      until = slotOnFirstWorkingDayFrom(calendar, addDays(today, 1));
      break;
    case "nextWeek":
      until = slotOnFirstWorkingDayFrom(calendar, addDays(isoWeekMonday(today), 7));
      break;
  }
  return until ?? new Date(now.getTime() + PLAIN_MS[choice]);
}

function slotOnFirstWorkingDayFrom(calendar: WorkingCalendar, date: string): Date | undefined {
  const day = firstWorkingDayFrom(calendar, date);
  return day === undefined ? undefined : workingSlotOn(calendar, day);
}
