/**
 * The delivery worker: claims due deliveries under a lease, sends each through the proactive
 * sender within Teams' rate limits, and records the outcome. Timers call it every minute; it
 * stops after its time budget and the next run goes on.
 *
 * Nothing lost, nothing doubled: a claim is an If-Match write, so two workers never hold the
 * same delivery; a worker that dies leaves leases that expire, and the delivery is claimed
 * again. A send starts only while the lease has room for it to finish (the send timeout), so
 * no one else can claim a delivery while its card is on the way. The one gap left is between
 * Teams accepting the card and our "sent" write (a few milliseconds): a crash exactly there
 * sends that card once more when the lease has expired. It cannot be closed from our side (Teams
 * has no idempotent send), and it is harmless: both cards carry the same delivery id, and the
 * answer's id derives from it, so answering either card stores one answer.
 */
import type { Clock } from "../domain/clock";
import type { Delivery } from "../domain/delivery";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import { sendTiming } from "../domain/send-timing";
import type { Logger } from "../logger";
import type { Repositories } from "../store";
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from "./backoff";
import { createMessageCache } from "./delivery-messages";
import { markFailed, markNotNeeded, markSent, markUnreachable, release, retryLater } from "./delivery-outcomes";
import type { ProactiveSender, SendTarget } from "./proactive-sender";
import type { RateLimiter } from "./rate-limiter";
import { classifySendError } from "./send-errors";
import type { Sleep } from "./sleep";
import { DEFAULT_SEND_TIMEOUT_MS } from "./teams-sender";

export interface WorkerSettings {
  /** Deliveries claimed at once. */
  batchSize: number;
  leaseMs: number;
  /** Sends in flight at once: enough to reach the tenant rate with Teams' latency. */
  concurrency: number;
  /** A send starts only when the lease has at least this much left. */
  sendTimeoutMs: number;
  /** A run stops claiming after this long (timer functions have time limits). */
  budgetMs: number;
  backoff: BackoffPolicy;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = {
  batchSize: 100,
  leaseMs: 2 * 60_000,
  concurrency: 8,
  sendTimeoutMs: DEFAULT_SEND_TIMEOUT_MS + 5_000,
  budgetMs: 4 * 60_000,
  backoff: DEFAULT_BACKOFF,
};

export interface DeliveryWorkerDeps {
  repos: Pick<Repositories, "orgs" | "members" | "deliveries">;
  sender: ProactiveSender;
  limiter: RateLimiter;
  clock: Clock;
  sleep: Sleep;
  logger: Logger;
  /** Lease owner; unique per worker instance. */
  workerId: string;
  random?: () => number;
  settings?: Partial<WorkerSettings>;
}

const OUTCOMES = [
  "sent",
  "reminded",
  "retrying",
  "failed",
  "unreachable",
  "notNeeded",
  "released",
  "heldForWorkingTime",
] as const;
type Outcome = (typeof OUTCOMES)[number];
export type DeliveryRunResult = Record<Outcome, number> & { organisations: number };

export interface DeliveryWorker {
  /** One run over the given organisations (default: all), until nothing is due or the budget is spent. */
  run(options?: { orgIds?: readonly string[]; budgetMs?: number }): Promise<DeliveryRunResult>;
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const settings = { ...DEFAULT_WORKER_SETTINGS, ...deps.settings };
  const { repos, clock, logger, workerId: owner } = deps;
  const random = deps.random ?? Math.random;

  async function* organisations(orgIds: readonly string[] | undefined): AsyncIterable<string> {
    if (orgIds) {
      yield* orgIds;
      return;
    }
    for await (const page of repos.orgs.listOrgIds()) yield* page;
  }

  return {
    async run(options = {}) {
      const result: DeliveryRunResult = {
        organisations: 0,
        ...Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])),
      } as DeliveryRunResult;
      const startedMs = clock.now().getTime();
      const budgetMs = options.budgetMs ?? settings.budgetMs;
      const isOverBudget = () => clock.now().getTime() - startedMs >= budgetMs;
      for await (const orgId of organisations(options.orgIds)) {
        if (isOverBudget()) break;
        const org = await repos.orgs.get(orgId);
        if (!org) continue;
        result.organisations++;
        const run = createOrgRun(org);
        try {
          while (!isOverBudget()) {
            const batch = await repos.deliveries.claimDue(
              orgId,
              clock.now(),
              owner,
              settings.leaseMs,
              settings.batchSize,
            );
            if (batch.length === 0) break;
            const outcomes = await run.deliverBatch(batch);
            for (const outcome of outcomes) result[outcome]++;
            // Held back longer than a lease (a long Retry-After): a later run goes on.
            if (outcomes.includes("released")) break;
          }
        } catch (error) {
          // The store failed for this organisation: its claims expire and a later run goes on; the others go on now.
          logger.error("delivery.org_failed", { reason: error instanceof Error ? error.name : "unknown" });
        }
      }
      logRun(result, clock.now().getTime() - startedMs);
      return result;
    },
  };

  function logRun(result: DeliveryRunResult, durationMs: number): void {
    logger.info("delivery.run", { count: result.sent + result.reminded, durationMs });
    for (const outcome of OUTCOMES)
      if (result[outcome] > 0 && outcome !== "sent")
        logger.info("delivery.outcome", { reason: outcome, count: result[outcome] });
  }

  /** Everything one organisation's batches share: its configuration, the members seen so far and the rendered cards. */
  function createOrgRun(org: OrgConfig) {
    const members = new Map<string, Member | undefined>();
    const memberOf = async (memberId: string) => {
      if (!members.has(memberId)) members.set(memberId, await repos.members.get(org.orgId, memberId));
      return members.get(memberId);
    };
    const messageFor = createMessageCache(org);
    const update = (delivery: Delivery, mutate: (current: Delivery) => Delivery) =>
      repos.deliveries.update(org.orgId, delivery.deliveryId, mutate);

    /** Until when the rate limits hold sends back, once they held one back beyond its lease. */
    let heldUntil: Date | undefined;

    /** Room left on the lease for a send that starts after `waitMs`. */
    const hasLeaseFor = (delivery: Delivery, waitMs: number) =>
      Date.parse(delivery.leaseUntil ?? "") - (clock.now().getTime() + waitMs) >= settings.sendTimeoutMs;

    async function deliverOne(delivery: Delivery): Promise<Outcome> {
      const member = await memberOf(delivery.memberId);
      if (!member || !member.isInstalled || !member.isReachable) {
        await update(delivery, (d) =>
          markUnreachable(d, owner, clock.now(), member ? "member-unreachable" : "member-unknown"),
        );
        return "unreachable";
      }
      if (delivery.response !== "open") {
        await update(delivery, (d) => markNotNeeded(d, owner, clock.now()));
        return "notNeeded";
      }
      // Recorded in working time, but reached after it (a backlog, a retry): the member's next working slot.
      const timing = sendTiming(org, member, delivery, clock.now());
      if (timing.kind === "expired") {
        await update(delivery, (d) => markNotNeeded(d, owner, clock.now(), "missed-working-time"));
        return "notNeeded";
      }
      if (timing.kind === "hold") {
        await update(delivery, (d) => release(d, owner, clock.now(), timing.until));
        return "heldForWorkingTime";
      }
      const message = messageFor(delivery, member);
      if (!message) {
        await update(delivery, (d) => markFailed(d, owner, clock.now(), "prompt-unknown"));
        return "failed";
      }
      const target: SendTarget = { userId: member.userId, conversation: member.conversation };
      const tenantId = member.conversation.tenantId || org.orgId;
      const conversationKey = member.conversation.conversationId || `new:${member.memberId}`;
      for (;;) {
        const waitMs = deps.limiter.tryAcquire(tenantId, conversationKey, clock.now().getTime());
        if (!hasLeaseFor(delivery, waitMs)) {
          heldUntil = new Date(clock.now().getTime() + waitMs);
          await update(delivery, (d) => release(d, owner, clock.now(), heldUntil ?? clock.now()));
          return "released";
        }
        if (waitMs === 0) break;
        await deps.sleep(waitMs);
      }

      try {
        const receipt = await deps.sender.send(target, message.card, message.summary);
        await update(delivery, (d) => markSent(d, clock.now(), receipt));
        if (receipt.createdConversationId) {
          const conversationId = receipt.createdConversationId;
          await repos.members.update(org.orgId, member.memberId, (m) => ({
            ...m,
            conversation: { ...m.conversation, conversationId },
          }));
        }
        return delivery.purpose === "reminder" ? "reminded" : "sent";
      } catch (error) {
        const now = clock.now();
        const failure = classifySendError(error, now.getTime());
        logger.warn("delivery.send_failed", {
          reason: failure.reason,
          status: failure.status ?? 0,
          attempt: delivery.attempts,
        });
        switch (failure.kind) {
          case "unreachable":
            await update(delivery, (d) => markUnreachable(d, owner, now, failure.reason));
            await repos.members.update(org.orgId, member.memberId, (m) => ({
              ...m,
              isReachable: false,
              updatedAt: now.toISOString(),
            }));
            members.set(member.memberId, { ...member, isReachable: false });
            return "unreachable";
          case "permanent":
            await update(delivery, (d) => markFailed(d, owner, now, failure.reason));
            return "failed";
          case "throttled":
          case "transient": {
            const retryAfterMs = failure.kind === "throttled" ? failure.retryAfterMs : undefined;
            if (retryAfterMs !== undefined) deps.limiter.holdTenant(tenantId, now.getTime() + retryAfterMs);
            const delayMs = retryAfterMs ?? backoffDelayMs(delivery.attempts, random, settings.backoff);
            const updated = await update(delivery, (d) => retryLater(d, owner, now, failure.reason, delayMs));
            return updated.state === "failed" ? "failed" : "retrying";
          }
        }
      }
    }

    /** Sends a claimed batch with a few sends in flight; what the lease cannot cover goes back. */
    async function deliverBatch(batch: readonly Delivery[]): Promise<Outcome[]> {
      const queue = [...batch];
      const outcomes: Outcome[] = [];
      const lane = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const outcome = await deliverSafely(next);
          outcomes.push(outcome);
          if (outcome === "released") {
            // The rest of the batch would not fit into the lease either.
            for (const rest of queue.splice(0)) {
              await update(rest, (d) => release(d, owner, clock.now(), heldUntil ?? clock.now()));
              outcomes.push("released");
            }
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(settings.concurrency, batch.length) }, lane));
      return outcomes;
    }

    /** A store failure on one delivery leaves its lease to expire; the others go on. */
    async function deliverSafely(delivery: Delivery): Promise<Outcome> {
      try {
        return await deliverOne(delivery);
      } catch (error) {
        logger.error("delivery.record_failed", { reason: error instanceof Error ? error.name : "unknown" });
        return "released";
      }
    }

    return { deliverBatch };
  }
}
