/**
 * One organisation's part of a delivery run: what its batches share (its configuration, the
 * members read so far, the rendered cards, a hold-back the rate limits imposed) and how one
 * claimed delivery is sent and its outcome recorded. See delivery-worker.ts for the guarantees.
 */
import type { Clock } from "../domain/clock";
import type { Delivery } from "../domain/delivery";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import { sendTiming } from "../domain/send-timing";
import type { Logger } from "../logger";
import type { Repositories } from "../store";
import type { BackoffPolicy } from "./backoff";
import { createMessageCache, type OutgoingMessage } from "./delivery-messages";
import {
  markFailed,
  markNotNeeded,
  markSent,
  markUnreachable,
  release,
  type DeliveryRunOutcome,
} from "./delivery-outcomes";
import type { ProactiveSender } from "./proactive-sender";
import type { RateLimiter } from "./rate-limiter";
import { classifySendError } from "./send-errors";
import { changeAfterFailure } from "./send-failure-changes";
import type { Sleep } from "./sleep";

/** The worker's settings that sending needs. */
export interface SendSettings {
  /** Sends in flight at once: enough to reach the tenant rate with Teams' latency. */
  concurrency: number;
  /** A send starts only when the lease has at least this much left. */
  sendTimeoutMs: number;
  backoff: BackoffPolicy;
}

export interface OrganisationDeliveryDeps {
  repos: Pick<Repositories, "members" | "deliveries">;
  sender: ProactiveSender;
  limiter: RateLimiter;
  clock: Clock;
  sleep: Sleep;
  logger: Logger;
  /** The worker's lease owner id. */
  owner: string;
  random: () => number;
  settings: SendSettings;
}

/** What became of one claimed delivery in a run. */
export interface DeliveredOutcome {
  deliveryId: string;
  outcome: DeliveryRunOutcome;
}

/** Decided before a send: send this card, or record why not. */
type BeforeSend =
  | { kind: "send"; member: Member; message: OutgoingMessage }
  | { kind: "skip"; outcome: DeliveryRunOutcome; change: (delivery: Delivery) => Delivery };

export class OrganisationDelivery {
  private readonly members = new Map<string, Member | undefined>();
  private readonly messageFor: (delivery: Delivery, member: Member) => OutgoingMessage | undefined;
  /** Until when the rate limits hold sends back, once they held one back beyond its lease. */
  private heldUntil: Date | undefined;

  constructor(
    private readonly deps: OrganisationDeliveryDeps,
    private readonly org: OrgConfig,
  ) {
    this.messageFor = createMessageCache(org);
  }

  get orgId(): string {
    return this.org.orgId;
  }

  /** Sends a claimed batch with a few sends in flight; what the lease cannot cover goes back. */
  async deliverBatch(batch: readonly Delivery[]): Promise<DeliveredOutcome[]> {
    const released = (delivery: Delivery): DeliveredOutcome => ({
      deliveryId: delivery.deliveryId,
      outcome: "released",
    });
    try {
      await this.readMembersOf(batch);
    } catch (error) {
      // As for a store failure on one delivery: the batch's leases expire and a later run goes on.
      this.logRecordFailure(error);
      return batch.map(released);
    }
    const queue = [...batch];
    const outcomes: DeliveredOutcome[] = [];
    const lane = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const outcome = await this.deliverSafely(next);
        outcomes.push({ deliveryId: next.deliveryId, outcome });
        if (outcome === "released") {
          // The rest of the batch would not fit into the lease either.
          for (const rest of queue.splice(0)) {
            await this.update(rest, (d) => release(d, this.deps.owner, this.now(), this.heldUntil ?? this.now()));
            outcomes.push(released(rest));
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.deps.settings.concurrency, batch.length) }, lane));
    return outcomes;
  }

  /** The batch's members not read yet in this run, in one query: a fan-out claims a hundred different members at once. */
  private async readMembersOf(batch: readonly Delivery[]): Promise<void> {
    const unread = batch.map((delivery) => delivery.memberId).filter((memberId) => !this.members.has(memberId));
    if (unread.length === 0) return;
    const found = await this.deps.repos.members.getMany(this.org.orgId, unread);
    for (const memberId of unread) this.members.set(memberId, found.get(memberId));
  }

  /** A store failure on one delivery leaves its lease to expire; the others go on. */
  private async deliverSafely(delivery: Delivery): Promise<DeliveryRunOutcome> {
    try {
      return await this.deliverOne(delivery);
    } catch (error) {
      this.logRecordFailure(error);
      return "released";
    }
  }

  private async deliverOne(delivery: Delivery): Promise<DeliveryRunOutcome> {
    const decision = this.beforeSend(delivery);
    if (decision.kind === "skip") {
      await this.update(delivery, decision.change);
      return decision.outcome;
    }
    if (!(await this.waitForSendSlot(delivery, decision.member))) return "released";
    return this.send(delivery, decision.member, decision.message);
  }

  /** Whether the delivery still goes out now: to whom, and with which card. */
  private beforeSend(delivery: Delivery): BeforeSend {
    const { owner } = this.deps;
    const now = this.now();
    const member = this.members.get(delivery.memberId);
    if (!member || !member.isInstalled || !member.isReachable) {
      const reason = member ? "member-unreachable" : "member-unknown";
      return { kind: "skip", outcome: "unreachable", change: (d) => markUnreachable(d, owner, now, reason) };
    }
    if (delivery.response !== "open")
      return { kind: "skip", outcome: "notNeeded", change: (d) => markNotNeeded(d, owner, now) };
    // Recorded in working time, but reached after it (a backlog, a retry): the member's next working slot.
    const timing = sendTiming(this.org, member, delivery, now);
    if (timing.kind === "expired")
      return {
        kind: "skip",
        outcome: "notNeeded",
        change: (d) => markNotNeeded(d, owner, now, "missed-working-time"),
      };
    if (timing.kind === "hold")
      return { kind: "skip", outcome: "heldForWorkingTime", change: (d) => release(d, owner, now, timing.until) };
    const message = this.messageFor(delivery, member);
    if (!message)
      return { kind: "skip", outcome: "failed", change: (d) => markFailed(d, owner, now, "prompt-unknown") };
    return { kind: "send", member, message };
  }

  /**
   * Waits until the rate limits let the send go; false (and the claim given back) when the
   * lease would not cover the send by then.
   */
  private async waitForSendSlot(delivery: Delivery, member: Member): Promise<boolean> {
    const tenantId = member.conversation.tenantId || this.org.orgId;
    const conversationKey = member.conversation.conversationId || `new:${member.memberId}`;
    for (;;) {
      const waitMs = this.deps.limiter.tryAcquire(tenantId, conversationKey, this.now().getTime());
      if (!this.hasLeaseFor(delivery, waitMs)) {
        const heldUntil = new Date(this.now().getTime() + waitMs);
        this.heldUntil = heldUntil;
        await this.update(delivery, (d) => release(d, this.deps.owner, this.now(), heldUntil));
        return false;
      }
      if (waitMs === 0) return true;
      await this.deps.sleep(waitMs);
    }
  }

  /** Room left on the lease for a send that starts after `waitMs`. */
  private hasLeaseFor(delivery: Delivery, waitMs: number): boolean {
    const leaseLeftMs = Date.parse(delivery.leaseUntil ?? "") - (this.now().getTime() + waitMs);
    return leaseLeftMs >= this.deps.settings.sendTimeoutMs;
  }

  private async send(delivery: Delivery, member: Member, message: OutgoingMessage): Promise<DeliveryRunOutcome> {
    const target = { userId: member.userId, conversation: member.conversation };
    let receipt;
    try {
      receipt = await this.deps.sender.send(target, message.card, message.summary);
    } catch (error) {
      return this.recordFailure(delivery, member, error);
    }
    await this.update(delivery, (d) => markSent(d, this.now(), receipt));
    if (receipt.createdConversationId) {
      const conversationId = receipt.createdConversationId;
      const updated = await this.deps.repos.members.update(this.org.orgId, member.memberId, (m) => ({
        ...m,
        conversation: { ...m.conversation, conversationId },
      }));
      // A reminder later in this run goes to the chat just created, not to a new one.
      this.members.set(member.memberId, updated);
    }
    return delivery.purpose === "reminder" ? "reminded" : "sent";
  }

  private async recordFailure(delivery: Delivery, member: Member, error: unknown): Promise<DeliveryRunOutcome> {
    const now = this.now();
    const failure = classifySendError(error, now.getTime());
    this.deps.logger.warn("delivery.send_failed", {
      reason: failure.reason,
      status: failure.status ?? 0,
      attempt: delivery.attempts,
    });
    const { owner, random, settings } = this.deps;
    const failed = changeAfterFailure(failure, {
      owner,
      now,
      attempts: delivery.attempts,
      random,
      backoff: settings.backoff,
    });
    if (failed.holdTenantUntilMs !== undefined) {
      const tenantId = member.conversation.tenantId || this.org.orgId;
      this.deps.limiter.holdTenant(tenantId, failed.holdTenantUntilMs);
    }
    const written = await this.update(delivery, failed.change);
    if (failed.isMemberUnreachable) await this.markMemberUnreachable(member, now);
    return failed.outcomeOf(written);
  }

  private async markMemberUnreachable(member: Member, now: Date): Promise<void> {
    await this.deps.repos.members.update(this.org.orgId, member.memberId, (m) => ({
      ...m,
      isReachable: false,
      updatedAt: now.toISOString(),
    }));
    this.members.set(member.memberId, { ...member, isReachable: false });
  }

  private update(delivery: Delivery, change: (current: Delivery) => Delivery): Promise<Delivery> {
    return this.deps.repos.deliveries.update(this.org.orgId, delivery.deliveryId, change);
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  private logRecordFailure(error: unknown): void {
    this.deps.logger.error("delivery.record_failed", { reason: error instanceof Error ? error.name : "unknown" });
  }
}
