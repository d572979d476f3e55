/**
 * Send timeouts without a stopwatch. A fake connector that holds a send unanswered (a "timeout"
 * fault) says so, and that send fails at once with the Teams sender's SendTimeoutError, as the
 * sender's timer would fail it. With a short timer instead, a healthy send on a busy machine
 * could outlast it: counted as a failed attempt, sent a second time, given up too early.
 * The real sender keeps its own (long) timer; the sender's timeout itself is tested in
 * test/integration/teams-sender-timeout.test.ts.
 */
import type { ProactiveSender } from "../../bot/scheduling";
import { SendTimeoutError } from "../../bot/scheduling/send-errors";

export interface HeldSends {
  /** A connector calls this when it holds a send to this user (their Teams id) unanswered. */
  hold: (userId: string) => void;
  /** The sender, except that a send the connector holds fails at once with SendTimeoutError. */
  timingOut(sender: ProactiveSender): ProactiveSender;
}

export function createHeldSends(): HeldSends {
  const inFlight = new Map<string, Set<(error: Error) => void>>();
  return {
    hold(userId) {
      for (const fail of inFlight.get(userId) ?? []) fail(new SendTimeoutError());
    },
    timingOut(sender) {
      return {
        async send(target, card, summary) {
          let fail: (error: Error) => void = () => undefined;
          const held = new Promise<never>((_, reject) => (fail = reject));
          const waiting = inFlight.get(target.userId) ?? new Set();
          inFlight.set(target.userId, waiting.add(fail));
          try {
            return await Promise.race([sender.send(target, card, summary), held]);
          } finally {
            waiting.delete(fail);
          }
        },
      };
    },
  };
}

/** The Teams id of the user a connector request is for: the activity's recipient, or the new conversation's member. */
export function recipientOf(body: Record<string, unknown>): string | undefined {
  const recipient = body.recipient as { id?: unknown } | undefined;
  if (typeof recipient?.id === "string") return recipient.id;
  const [member] = Array.isArray(body.members) ? (body.members as { id?: unknown }[]) : [];
  return typeof member?.id === "string" ? member.id : undefined;
}
