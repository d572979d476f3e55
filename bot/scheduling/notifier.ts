/**
 * A card to a member's existing 1:1 chat outside the schedule (a finished export, its failure).
 * It goes through the delivery worker's sender and its rules, so every proactive message has one
 * send path: the connector client without the SDK's own retries, the same timeout, and
 * classifySendError deciding. Throttled waits its Retry-After, transient backs off, anything else
 * gives up at once. No delivery record remembers to try again later, so the few attempts happen here.
 */
import type { AdaptiveCard } from "../../cards";
import type { Clock } from "../domain/clock";
import type { ConversationRef } from "../domain/member";
import type { Logger } from "../logger";
import { backoffDelayMs, type BackoffPolicy } from "./backoff";
import type { ProactiveSender } from "./proactive-sender";
import { classifySendError } from "./send-errors";
import type { Sleep } from "./sleep";

export interface Notifier {
  sendCard(conversation: ConversationRef, card: AdaptiveCard): Promise<void>;
}

interface NotifierDeps {
  sender: ProactiveSender;
  clock: Clock;
  sleep: Sleep;
  random: () => number;
  logger: Logger;
}

/** Three attempts within about half a minute: the person is waiting for this card now. */
const ATTEMPTS = 3;
const BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 10_000 };
const MAX_RETRY_AFTER_MS = 15_000;

export function createNotifier(deps: NotifierDeps): Notifier {
  return {
    async sendCard(conversation, card) {
      for (let attempt = 1; ; attempt++) {
        try {
          // The conversation exists (the person wrote to the bot), so no user id is needed to open it.
          await deps.sender.send({ userId: "", conversation }, card, "");
          return;
        } catch (error) {
          const failure = classifySendError(error, deps.clock.now().getTime());
          const isWorthRetrying = failure.kind === "throttled" || failure.kind === "transient";
          deps.logger.warn("notify.failed", { code: failure.kind, attempt });
          if (!isWorthRetrying || attempt >= ATTEMPTS) throw error;
          const retryAfter = failure.kind === "throttled" ? failure.retryAfterMs : undefined;
          await deps.sleep(
            retryAfter !== undefined
              ? Math.min(retryAfter, MAX_RETRY_AFTER_MS)
              : backoffDelayMs(attempt, deps.random, BACKOFF),
          );
        }
      }
    },
  };
}
