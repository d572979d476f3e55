/**
 * The working-time rule at the moment of sending: the delivery worker may reach a delivery later
 * than the scheduler recorded it (a backlog, a retry, a snooze that ended at night). Outside the
 * member's working time it waits for their next working slot; a scheduled prompt that would then
 * be later than the catch-up limit is dropped, as the scheduler would have dropped it.
 */
import { localDateAt } from "./calendar";
import type { Delivery } from "./delivery";
import { memberCalendar, type ScheduleConfig, type SchedulePreferences } from "./schedule";
import { businessDaysLate, isWorkingMoment, nextWorkingSlot } from "./working-calendar";

export type SendTiming = { kind: "now" } | { kind: "hold"; until: Date } | { kind: "expired" };

type TimedDelivery = Pick<Delivery, "kind" | "purpose" | "sentAt" | "dueAt" | "isSentAnyTime">;

export function sendTiming(
  config: ScheduleConfig,
  member: SchedulePreferences,
  delivery: TimedDelivery,
  now: Date,
): SendTiming {
  if (delivery.isSentAnyTime) return { kind: "now" };
  const calendar = memberCalendar(config, member);
  // A snoozed prompt coming back, or a reminder, was asked for or is short: it waits, it never expires.
  const isFirstSend = delivery.kind === "scheduled" && delivery.purpose !== "reminder" && !delivery.sentAt;
  const isTooLateOn = (instant: Date) =>
    isFirstSend &&
    businessDaysLate(
      calendar,
      localDateAt(new Date(delivery.dueAt), calendar.timeZone),
      localDateAt(instant, calendar.timeZone),
      calendar.catchUpDays,
    ) > calendar.catchUpDays;
  if (isWorkingMoment(calendar, now)) return isTooLateOn(now) ? { kind: "expired" } : { kind: "now" };
  const next = nextWorkingSlot(calendar, now);
  if (!next || isTooLateOn(next)) return { kind: "expired" };
  return { kind: "hold", until: next };
}
