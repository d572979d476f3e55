/**
 * How a claimed delivery changes after the worker tried it: pure transformations, applied with
 * the repository's update (re-applied to the current version when someone else wrote first).
 * Each applies only while the worker still holds the claim, except "sent": a card that went
 * out is recorded whoever holds the claim now, so that nobody sends it again.
 */
import type { Delivery } from "../domain/delivery";
import { MAX_DELIVERY_ATTEMPTS } from "../store";
import type { SendReceipt } from "./proactive-sender";

/** What a worker run counts for each claimed delivery. */
export const DELIVERY_RUN_OUTCOMES = [
  "sent",
  "reminded",
  "retrying",
  "failed",
  "unreachable",
  "notNeeded",
  "released",
  "heldForWorkingTime",
] as const;
export type DeliveryRunOutcome = (typeof DELIVERY_RUN_OUTCOMES)[number];

const LEASE_CLEARED = { leaseOwner: undefined, leaseUntil: undefined } as const;

const isHeldBy = (delivery: Delivery, owner: string) => delivery.state === "sending" && delivery.leaseOwner === owner;

export function markSent(delivery: Delivery, now: Date, receipt: SendReceipt): Delivery {
  if (delivery.state === "sent") return delivery;
  const at = now.toISOString();
  const isReminder = delivery.purpose === "reminder";
  return {
    ...delivery,
    ...LEASE_CLEARED,
    state: "sent",
    notBefore: undefined,
    lastError: undefined,
    ...(isReminder
      ? { reminderSentAt: at }
      : { sentAt: at, ...(receipt.activityId ? { activityId: receipt.activityId } : {}) }),
    updatedAt: at,
  };
}

/** A retry after `delayMs`, or the final failure once the attempts are used up. */
export function retryLater(delivery: Delivery, owner: string, now: Date, reason: string, delayMs: number): Delivery {
  if (!isHeldBy(delivery, owner)) return delivery;
  if (delivery.attempts >= MAX_DELIVERY_ATTEMPTS) return markFailed(delivery, owner, now, reason);
  return {
    ...delivery,
    ...LEASE_CLEARED,
    state: "pending",
    notBefore: new Date(now.getTime() + delayMs).toISOString(),
    lastError: reason,
    updatedAt: now.toISOString(),
  };
}

/**
 * Final. The attempts are set to the maximum so that the repository never claims it again
 * (it retries "failed" deliveries with attempts left). A reminder that cannot go out leaves
 * the prompt as it was: sent, and the member was not reminded.
 */
export function markFailed(delivery: Delivery, owner: string, now: Date, reason: string): Delivery {
  if (!isHeldBy(delivery, owner)) return delivery;
  const isReminder = delivery.purpose === "reminder" && delivery.sentAt !== undefined;
  return {
    ...delivery,
    ...LEASE_CLEARED,
    state: isReminder ? "sent" : "failed",
    attempts: Math.max(delivery.attempts, MAX_DELIVERY_ATTEMPTS),
    notBefore: undefined,
    lastError: isReminder ? `reminder-${reason}` : reason,
    updatedAt: now.toISOString(),
  };
}

/** Final: the member blocked or removed the app, or their conversation is gone. */
export function markUnreachable(delivery: Delivery, owner: string, now: Date, reason: string): Delivery {
  if (!isHeldBy(delivery, owner)) return delivery;
  return {
    ...delivery,
    ...LEASE_CLEARED,
    state: "unreachable",
    notBefore: undefined,
    lastError: reason,
    updatedAt: now.toISOString(),
  };
}

/**
 * Nothing to send any more (the member replaced the prompt before it went out, or answered or
 * snoozed before its reminder did, or it could not go out in working time before it was too
 * late): done without a message.
 */
export function markNotNeeded(delivery: Delivery, owner: string, now: Date, reason = "not-needed"): Delivery {
  if (!isHeldBy(delivery, owner)) return delivery;
  return {
    ...delivery,
    ...LEASE_CLEARED,
    state: "sent",
    notBefore: undefined,
    lastError: reason,
    updatedAt: now.toISOString(),
  };
}

/**
 * Gives a claim back untried (the lease would run out before the rate limit lets it go): the
 * attempt it counted did not happen, and it is not claimed again before `notBefore`.
 */
export function release(delivery: Delivery, owner: string, now: Date, notBefore: Date): Delivery {
  if (!isHeldBy(delivery, owner)) return delivery;
  return {
    ...delivery,
    ...LEASE_CLEARED,
    state: "pending",
    attempts: Math.max(0, delivery.attempts - 1),
    notBefore: notBefore.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** A claim whose lease ran out on the last allowed attempt: nobody will claim it again, so it failed. */
export function failStranded(delivery: Delivery, now: Date): Delivery {
  const isStranded =
    delivery.state === "sending" &&
    Date.parse(delivery.leaseUntil ?? "") < now.getTime() &&
    delivery.attempts >= MAX_DELIVERY_ATTEMPTS;
  if (!isStranded) return delivery;
  return {
    ...delivery,
    ...LEASE_CLEARED,
    state: "failed",
    lastError: delivery.lastError ?? "lease-expired",
    updatedAt: now.toISOString(),
  };
}
