/**
 * The one gentle reminder: when a scheduled prompt has been open for the organisation's
 * `reminderAfterHours`, the scheduler queues it (purpose "reminder", pending) and the worker
 * sends a short reminder card. The purpose stays "reminder" afterwards and `reminderSentAt`
 * is set once sent, so a delivery is never reminded twice.
 */
import type { Delivery } from "../domain/delivery";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import { memberCalendar } from "../domain/schedule";
import { isWorkingMoment } from "../domain/working-calendar";

const HOUR_MS = 60 * 60 * 1000;

/** Still sent, unanswered, not snoozed and never reminded: what a reminder needs of the delivery itself. */
function isAwaitingReminder(delivery: Delivery): boolean {
  return (
    delivery.kind === "scheduled" &&
    delivery.state === "sent" &&
    delivery.response === "open" &&
    delivery.sentAt !== undefined &&
    delivery.reminderSentAt === undefined &&
    delivery.purpose !== "reminder"
  );
}

export interface ReminderContext {
  config: Pick<OrgConfig, "reminderAfterHours" | "quietPeriods" | "schedule" | "workingTime">;
  member: Member | undefined;
  /** The member's newest delivery: a newer prompt makes a reminder of this one pointless. */
  newestCreatedAt: string | undefined;
  now: Date;
}

/** True when the reminder for this delivery should be queued now. */
export function isReminderDue(delivery: Delivery, { config, member, newestCreatedAt, now }: ReminderContext): boolean {
  if (!isAwaitingReminder(delivery) || !member?.isInstalled || !member.isReachable) return false;
  if (Date.parse(delivery.sentAt ?? "") + config.reminderAfterHours * HOUR_MS > now.getTime()) return false;
  if (newestCreatedAt !== undefined && newestCreatedAt > delivery.createdAt) return false;
  // Held back, not dropped, outside the member's working time (nights, weekends, holidays, pauses):
  // it comes with the first tick in it.
  return isWorkingMoment(memberCalendar(config, member), now);
}

/** Puts the delivery back into the outbox as its reminder; unchanged when it no longer waits for one. */
export function queueReminder(delivery: Delivery, now: Date): Delivery {
  if (!isAwaitingReminder(delivery)) return delivery;
  return {
    ...delivery,
    purpose: "reminder",
    state: "pending",
    attempts: 0,
    notBefore: undefined,
    lastError: undefined,
    leaseOwner: undefined,
    leaseUntil: undefined,
    updatedAt: now.toISOString(),
  };
}
