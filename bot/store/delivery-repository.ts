/**
 * Prompt deliveries, the outbox of the scheduler, in the `deliveries` container: recorded once
 * per derived id, claimed by delivery workers under a lease, answered or skipped by the member.
 * Deliveries hold no answer text.
 */
import type { Container, PatchOperation } from "@azure/cosmos";
import type { z } from "zod";
import { AppError, isAppError } from "../errors";
import { DELIVERY_STATES, deliverySchema, type Delivery, type DeliveryState } from "../domain/delivery";
import { countOf, fetchPage, pagesOf } from "./org-query";
import { withStoreErrors } from "./cosmos-store";
import { parseForWrite } from "./parse-for-write";
import {
  createDocument,
  decodeVersioned,
  readVersioned,
  replaceEachIfMatch,
  replaceIfMatch,
  stripSystemFields,
  updateWithRetry,
  type DocumentCodec,
  type Versioned,
} from "./versioned-document";

/** After this many send attempts a delivery is no longer claimed; the worker marks it failed. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** What the scheduler needs of earlier deliveries to pick the next prompt (no transport details). */
const deliveryHistoryEntrySchema = deliverySchema.pick({
  memberId: true,
  deliveryId: true,
  promptId: true,
  area: true,
  dimension: true,
  periodKey: true,
  kind: true,
  createdAt: true,
  response: true,
  snoozedUntil: true,
});
export type DeliveryHistoryEntry = z.infer<typeof deliveryHistoryEntrySchema>;

/** What `markAnswered` overwrites, as the delivery had it before. */
type AnsweredBefore = Pick<Delivery, "response" | "respondedAt" | "updatedAt">;

export interface DeliveryRepository {
  /** Records a delivery unless one with its (derived) id exists; a repeated tick is not an error. */
  recordIfAbsent(delivery: Delivery): Promise<{ created: boolean }>;
  get(orgId: string, deliveryId: string): Promise<Delivery | undefined>;
  /** Re-applies `mutate` to the current version until its write wins (NOT_FOUND when absent). */
  update(orgId: string, deliveryId: string, mutate: (delivery: Delivery) => Delivery): Promise<Delivery>;
  /**
   * Records that the member answered, in one request (a patch, no read): on the answer's hot
   * path, and "answered" is final whatever else changed meanwhile. Returns the delivery's new
   * ETag, for `undoAnswered`.
   */
  markAnswered(orgId: string, deliveryId: string, at: Date): Promise<string>;
  /**
   * Takes back a `markAnswered` whose answer was not stored (the submit marks while it writes):
   * puts back the response the delivery had, only if nothing changed it since that mark
   * (`markedEtag`; CONFLICT otherwise, and the delivery is left as it is).
   */
  undoAnswered(orgId: string, deliveryId: string, before: AnsweredBefore, markedEtag: string): Promise<void>;
  /**
   * Claims up to `limit` deliveries that are due (`dueAt` ≤ now) and claimable, oldest first, by
   * setting state "sending", `leaseOwner`, `leaseUntil` = now + leaseMs and counting the attempt,
   * each with If-Match (a page of them in one bulk request): of two workers racing for one
   * delivery exactly one gets it, the other skips it. Claimable, while attempts < MAX_DELIVERY_ATTEMPTS:
   * - "pending" whose `notBefore` (if any) has passed;
   * - "sending" whose lease has expired (the worker died mid-send);
   * - "failed" (a transient failure the worker will retry) whose `notBefore` (if any) has passed.
   * "sent" and "unreachable" are final.
   */
  claimDue(orgId: string, now: Date, owner: string, leaseMs: number, limit: number): Promise<Delivery[]>;
  /** The member's prompts still waiting for a reply (response "open" or "snoozed"), newest first. */
  listOpenForMember(orgId: string, memberId: string): Promise<Delivery[]>;
  /** All of a member's deliveries, page by page (their data export). */
  streamForMember(orgId: string, memberId: string, pageSize?: number): AsyncIterable<Delivery[]>;
  /** The organisation's delivery history for the scheduler, page by page, projected. */
  historyForOrg(orgId: string, pageSize?: number): AsyncIterable<DeliveryHistoryEntry[]>;
  /**
   * Which of (at most two) schedule periods already have a scheduled prompt for anyone in the
   * organisation: what the scheduler checks before it records one. One aggregate query in the
   * organisation's partition (the oldest and newest matching key name both of two).
   */
  scheduledPeriodsAmong(orgId: string, periodKeys: readonly [string, string?]): Promise<Set<string>>;
  /** Number of deliveries per transport state: one COUNT per state (no GROUP BY on the local server). */
  countsByState(orgId: string): Promise<Record<DeliveryState, number>>;
  /** The scheduler's follow-ups (see bot/scheduling/): snoozes that ended at or before `now`. */
  listSnoozeEnded(orgId: string, now: Date): Promise<Delivery[]>;
  /** Scheduled prompts sent at or before `sentBefore`, still open, whose one reminder is neither queued nor sent. */
  listAwaitingReminder(orgId: string, sentBefore: Date): Promise<Delivery[]>;
  /** Claimed on their last allowed attempt and their lease ran out: no worker will claim them again. */
  listStranded(orgId: string, now: Date): Promise<Delivery[]>;
  /**
   * Ends every lease still running at `now`, as if it had run out: for claims whose holder is
   * known to be gone (the local runtime's run before a crash), so that they are claimed at once
   * instead of minutes later. Returns how many it ended.
   */
  expireLeases(orgId: string, now: Date): Promise<number>;
}

const deliveryCodec: DocumentCodec<Delivery> = {
  type: "delivery",
  schemaVersion: 1,
  id: (delivery) => delivery.deliveryId,
  decode: (document) => deliverySchema.parse(stripSystemFields(document)),
};

const OF_ORG = "c.orgId = @orgId AND c.type = 'delivery'";

const CLAIMABLE = `SELECT * FROM c WHERE ${OF_ORG} AND c.dueAt <= @now AND c.attempts < @maxAttempts AND (
  (c.state = 'pending' AND (NOT IS_DEFINED(c.notBefore) OR c.notBefore <= @now))
  OR (c.state = 'sending' AND c.leaseUntil < @now)
  OR (c.state = 'failed' AND (NOT IS_DEFINED(c.notBefore) OR c.notBefore <= @now))
) ORDER BY c.dueAt`;

/** Rounds of "query, try to claim" before giving up on a heavily contended organisation. */
const MAX_CLAIM_ROUNDS = 10;

/** Claims remembered for the worker's next write (a few batches); older ones are read again. */
const MAX_REMEMBERED_CLAIMS = 2_000;

export function createDeliveryRepository(container: Container): DeliveryRepository {
  /** The member's deliveries; `rest` continues the WHERE clause (further filters, ORDER BY). */
  const memberQuery = (orgId: string, memberId: string, rest: string) => ({
    orgId,
    query: `SELECT * FROM c WHERE ${OF_ORG} AND c.memberId = @memberId ${rest}`,
    parameters: [{ name: "@memberId", value: memberId }],
  });

  /**
   * What this process claimed, with the version it wrote: the worker's next write to a claimed
   * delivery (sent, retry, release) goes out If-Match on it without reading the delivery again,
   * one store round trip less per send. If anything changed it meanwhile (a reply), the write
   * fails its condition and the update reads the current version as always.
   */
  const claims = new Map<string, Versioned<Delivery>>();
  const claimKey = (orgId: string, deliveryId: string) => `${orgId}\u0001${deliveryId}`;
  const rememberClaim = (claim: Versioned<Delivery>) => {
    claims.set(claimKey(claim.value.orgId, claim.value.deliveryId), claim);
    if (claims.size > MAX_REMEMBERED_CLAIMS) claims.delete(claims.keys().next().value ?? "");
  };
  const takeClaim = (orgId: string, deliveryId: string) => {
    const key = claimKey(orgId, deliveryId);
    const claim = claims.get(key);
    claims.delete(key);
    return claim;
  };
  const forWrite = (mutate: (delivery: Delivery) => Delivery) => (current: Delivery) =>
    parseForWrite(deliverySchema, mutate(current), "delivery");

  return {
    async recordIfAbsent(delivery) {
      const valid = parseForWrite(deliverySchema, delivery, "delivery");
      try {
        await createDocument(container, deliveryCodec, valid);
        return { created: true };
      } catch (error) {
        if (isAppError(error, "CONFLICT")) return { created: false };
        throw error;
      }
    },

    async get(orgId, deliveryId) {
      return (await readVersioned(container, deliveryCodec, deliveryId, orgId))?.value;
    },

    async update(orgId, deliveryId, mutate) {
      const claim = takeClaim(orgId, deliveryId);
      if (claim) {
        try {
          return (await replaceIfMatch(container, deliveryCodec, forWrite(mutate)(claim.value), claim.etag)).value;
        } catch (error) {
          if (!isAppError(error, "CONFLICT")) throw error;
        }
      }
      const updated = await updateWithRetry(container, deliveryCodec, deliveryId, orgId, forWrite(mutate));
      if (!updated) throw new AppError("NOT_FOUND", "delivery not found");
      return updated.value;
    },

    async markAnswered(orgId, deliveryId, at) {
      const timestamp = at.toISOString();
      const marked = await withStoreErrors(() =>
        container.item(deliveryId, orgId).patch([
          { op: "set", path: "/response", value: "answered" },
          { op: "set", path: "/respondedAt", value: timestamp },
          { op: "set", path: "/updatedAt", value: timestamp },
        ]),
      );
      return marked.etag;
    },

    async undoAnswered(orgId, deliveryId, before, markedEtag) {
      const respondedAt: PatchOperation =
        before.respondedAt === undefined
          ? { op: "remove", path: "/respondedAt" }
          : { op: "set", path: "/respondedAt", value: before.respondedAt };
      await withStoreErrors(() =>
        container
          .item(deliveryId, orgId)
          .patch(
            [
              { op: "set", path: "/response", value: before.response },
              respondedAt,
              { op: "set", path: "/updatedAt", value: before.updatedAt },
            ],
            { accessCondition: { type: "IfMatch", condition: markedEtag } },
          ),
      );
    },

    async claimDue(orgId, now, owner, leaseMs, limit) {
      if (leaseMs <= 0 || limit <= 0) throw new AppError("INVALID_INPUT", "lease and limit must be positive");
      const at = now.toISOString();
      const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
      const query = {
        orgId,
        query: CLAIMABLE,
        parameters: [
          { name: "@now", value: at },
          { name: "@maxAttempts", value: MAX_DELIVERY_ATTEMPTS },
        ],
      };
      const claimed: Delivery[] = [];
      // A fresh first page each round: what others claimed meanwhile no longer matches the query.
      for (let round = 0; round < MAX_CLAIM_ROUNDS && claimed.length < limit; round++) {
        const { resources } = await fetchPage<Record<string, unknown>>(container, query, limit - claimed.length);
        if (resources.length === 0) break;
        const leases = resources.map((document) => {
          const { value, etag } = decodeVersioned(deliveryCodec, document);
          const lease = {
            ...value,
            state: "sending" as const,
            leaseOwner: owner,
            leaseUntil,
            attempts: value.attempts + 1,
            updatedAt: at,
          };
          return { value: lease, etag };
        });
        // The page's claims in one request; one that another worker (or the member's reply)
        // changed first comes back undefined: not ours this round.
        for (const claim of await replaceEachIfMatch(container, deliveryCodec, leases)) {
          if (!claim) continue;
          rememberClaim(claim);
          claimed.push(claim.value);
        }
      }
      return claimed;
    },

    async listOpenForMember(orgId, memberId) {
      const open: Delivery[] = [];
      const query = memberQuery(orgId, memberId, "AND c.response IN ('open', 'snoozed') ORDER BY c.createdAt DESC");
      for await (const page of pagesOf<Record<string, unknown>>(container, query, 100))
        open.push(...page.map(deliveryCodec.decode));
      return open;
    },

    async *streamForMember(orgId, memberId, pageSize = 200) {
      const query = memberQuery(orgId, memberId, "ORDER BY c.createdAt");
      for await (const page of pagesOf<Record<string, unknown>>(container, query, pageSize))
        yield page.map(deliveryCodec.decode);
    },

    async *historyForOrg(orgId, pageSize = 1000) {
      const query = {
        orgId,
        query: `SELECT c.memberId, c.deliveryId, c.promptId, c.area, c.dimension, c.periodKey, c.kind, c.createdAt, c.response, c.snoozedUntil FROM c WHERE ${OF_ORG}`,
      };
      for await (const page of pagesOf<Record<string, unknown>>(container, query, pageSize))
        yield page.map((entry) => deliveryHistoryEntrySchema.parse(entry));
    },

    async scheduledPeriodsAmong(orgId, [first, second = first]) {
      const { resources } = await withStoreErrors(() =>
        container.items
          .query<{ oldest?: string; newest?: string }>(
            {
              query: `SELECT MIN(c.periodKey) AS oldest, MAX(c.periodKey) AS newest FROM c
                WHERE ${OF_ORG} AND c.kind = 'scheduled' AND (c.periodKey = @first OR c.periodKey = @second)`,
              parameters: [
                { name: "@orgId", value: orgId },
                { name: "@first", value: first },
                { name: "@second", value: second },
              ],
            },
            { partitionKey: orgId },
          )
          .fetchAll(),
      );
      const found = new Set<string>();
      for (const { oldest, newest } of resources) for (const key of [oldest, newest]) if (key) found.add(key);
      return found;
    },

    async countsByState(orgId) {
      const counts = await Promise.all(
        DELIVERY_STATES.map((state) =>
          countOf(container, {
            orgId,
            query: `SELECT VALUE COUNT(1) FROM c WHERE ${OF_ORG} AND c.state = @state`,
            parameters: [{ name: "@state", value: state }],
          }),
        ),
      );
      return Object.fromEntries(DELIVERY_STATES.map((state, index) => [state, counts[index] ?? 0])) as Record<
        DeliveryState,
        number
      >;
    },

    listSnoozeEnded: (orgId, now) =>
      listWhere(orgId, "c.response = 'snoozed' AND IS_DEFINED(c.snoozedUntil) AND c.snoozedUntil <= @at", now),

    listAwaitingReminder: (orgId, sentBefore) =>
      listWhere(
        orgId,
        `c.state = 'sent' AND c.response = 'open' AND c.kind = 'scheduled' AND IS_DEFINED(c.sentAt) AND c.sentAt <= @at
         AND NOT IS_DEFINED(c.reminderSentAt) AND (NOT IS_DEFINED(c.purpose) OR c.purpose = 'prompt')`,
        sentBefore,
      ),

    listStranded: (orgId, now) =>
      listWhere(orgId, `c.state = 'sending' AND c.leaseUntil < @at AND c.attempts >= ${MAX_DELIVERY_ATTEMPTS}`, now),

    async expireLeases(orgId, now) {
      const at = now.toISOString();
      const isLeased = (delivery: Delivery) => delivery.state === "sending" && (delivery.leaseUntil ?? "") >= at;
      const held = await listWhere(orgId, "c.state = 'sending' AND c.leaseUntil >= @at", now);
      for (const delivery of held)
        await updateWithRetry(container, deliveryCodec, delivery.deliveryId, orgId, (current) =>
          isLeased(current) ? parseForWrite(deliverySchema, { ...current, leaseUntil: at }, "delivery") : current,
        );
      return held.length;
    },
  };

  async function listWhere(orgId: string, condition: string, at: Date): Promise<Delivery[]> {
    const found: Delivery[] = [];
    const query = {
      orgId,
      query: `SELECT * FROM c WHERE ${OF_ORG} AND ${condition}`,
      parameters: [{ name: "@at", value: at.toISOString() }],
    };
    for await (const page of pagesOf<Record<string, unknown>>(container, query, 200))
      found.push(...page.map(deliveryCodec.decode));
    return found;
  }
}
