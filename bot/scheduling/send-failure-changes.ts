/**
 * What a failed send changes, per kind of failure: one row each, so the whole retry policy of the
 * delivery worker reads in one place. Pure: the worker applies the change with the repository's update.
 */
import type { Delivery } from "../domain/delivery";
import { backoffDelayMs, type BackoffPolicy } from "./backoff";
import { markFailed, markUnreachable, retryLater, type DeliveryRunOutcome } from "./delivery-outcomes";
import type { SendFailure } from "./send-errors";

/** The attempt that failed, as the table needs it. */
export interface FailedAttempt {
  /** The worker's lease owner id: a change applies only while it still holds the claim. */
  owner: string;
  now: Date;
  /** The delivery's attempts so far, this one included (the backoff grows with them). */
  attempts: number;
  random: () => number;
  backoff: BackoffPolicy;
}

export interface FailureChange {
  change: (delivery: Delivery) => Delivery;
  /** What the run counts, from the delivery as written. */
  outcomeOf: (written: Delivery) => DeliveryRunOutcome;
  /** The member blocked the bot or their chat is gone: no further sends to them. */
  isMemberUnreachable: boolean;
  /** Teams asked for a pause (Retry-After): every send to the tenant waits until then. */
  holdTenantUntilMs?: number;
}

type FailureRule<K extends SendFailure["kind"]> = (
  failure: Extract<SendFailure, { kind: K }>,
  attempt: FailedAttempt,
) => FailureChange;

/** Another try later (after Teams' Retry-After, else a backoff), or failed once the attempts are used up. */
function tryAgainLater(reason: string, attempt: FailedAttempt, retryAfterMs?: number): FailureChange {
  const delayMs = retryAfterMs ?? backoffDelayMs(attempt.attempts, attempt.random, attempt.backoff);
  return {
    change: (delivery) => retryLater(delivery, attempt.owner, attempt.now, reason, delayMs),
    outcomeOf: (written) => (written.state === "failed" ? "failed" : "retrying"),
    isMemberUnreachable: false,
    ...(retryAfterMs !== undefined ? { holdTenantUntilMs: attempt.now.getTime() + retryAfterMs } : {}),
  };
}

const FAILURE_RULES: { [K in SendFailure["kind"]]: FailureRule<K> } = {
  unreachable: (failure, { owner, now }) => ({
    change: (delivery) => markUnreachable(delivery, owner, now, failure.reason),
    outcomeOf: () => "unreachable",
    isMemberUnreachable: true,
  }),
  permanent: (failure, { owner, now }) => ({
    change: (delivery) => markFailed(delivery, owner, now, failure.reason),
    outcomeOf: () => "failed",
    isMemberUnreachable: false,
  }),
  throttled: (failure, attempt) => tryAgainLater(failure.reason, attempt, failure.retryAfterMs),
  transient: (failure, attempt) => tryAgainLater(failure.reason, attempt),
};

export function changeAfterFailure(failure: SendFailure, attempt: FailedAttempt): FailureChange {
  // The union's kind picks its row; TypeScript cannot narrow a table lookup by itself.
  const rule = FAILURE_RULES[failure.kind] as FailureRule<SendFailure["kind"]>;
  return rule(failure, attempt);
}
