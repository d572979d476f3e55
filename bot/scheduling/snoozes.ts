/**
 * A snoozed prompt comes back when its snooze ends: open again, and back in the outbox so the
 * worker sends the prompt card once more. When a newer prompt has reached the member meanwhile,
 * the snooze only ends; the member is not sent two prompts at once.
 */
import type { Delivery } from "../domain/delivery";

function hasSnoozeEnded(delivery: Delivery, now: Date): boolean {
  return (
    delivery.response === "snoozed" &&
    delivery.snoozedUntil !== undefined &&
    Date.parse(delivery.snoozedUntil) <= now.getTime()
  );
}

/** Unchanged while a worker holds the delivery (the next tick tries again) or the snooze has not ended. */
export function resumeSnoozed(delivery: Delivery, now: Date, isNewest: boolean): Delivery {
  if (!hasSnoozeEnded(delivery, now) || delivery.state === "sending") return delivery;
  const reopened: Delivery = { ...delivery, response: "open", snoozedUntil: undefined, updatedAt: now.toISOString() };
  if (!isNewest) return reopened;
  return {
    ...reopened,
    state: "pending",
    // The prompt card again, not a reminder; a reminder already sent still counts (reminderSentAt).
    purpose: "prompt",
    attempts: 0,
    notBefore: undefined,
    lastError: undefined,
    leaseOwner: undefined,
    leaseUntil: undefined,
  };
}
