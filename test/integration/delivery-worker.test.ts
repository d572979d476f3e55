import type { WorkerSettings } from "../../bot/scheduling/delivery-worker";
import { MAX_DELIVERY_ATTEMPTS } from "../../bot/store";
import { cardText } from "../support/bot-harness";
import { expectValidCard } from "../support/adaptive-card-validation";
import {
  deliveryIdsSent,
  HOUR,
  sendCounts,
  startDeliveryEnv,
  TUESDAY_SLOT,
  type DeliveryEnv,
} from "./delivery-fixtures";

const MINUTE = 60 * 1000;

describe("delivery worker", () => {
  let env: DeliveryEnv;

  beforeAll(async () => {
    env = await startDeliveryEnv();
  });
  afterAll(async () => env.stop());
  beforeEach(() => {
    env.connector.clear();
    env.clock.set(TUESDAY_SLOT);
  });

  /** An organisation whose members' prompts the tick has just recorded. */
  async function orgWithDuePrompts(
    orgId: string,
    memberIds: readonly string[],
    settings: Partial<WorkerSettings> = {},
  ) {
    await env.addOrg(orgId);
    for (const memberId of memberIds) await env.addMember(orgId, memberId);
    const scheduling = env.scheduling({ settings });
    const tick = await scheduling.tick({ now: env.clock.now(), orgIds: [orgId] });
    expect(tick.recorded).toBe(memberIds.length);
    return scheduling;
  }

  const deliveriesOf = async (orgId: string) => {
    const all = [];
    for await (const page of env.repos.deliveries.historyForOrg(orgId)) all.push(...page);
    return Promise.all(all.map(async (entry) => (await env.repos.deliveries.get(orgId, entry.deliveryId))!));
  };

  it("sends each due prompt once, as the prompt card in the member's chat, and records it as sent", async () => {
    const scheduling = await orgWithDuePrompts("org-send", ["anna", "ben", "carla"]);
    const run = await scheduling.worker.run({ orgIds: ["org-send"] });

    expect(run).toMatchObject({ sent: 3, failed: 0, retrying: 0 });
    expect(env.connector.sent.map((entry) => entry.conversationId).sort()).toEqual([
      "a:personal-anna",
      "a:personal-ben",
      "a:personal-carla",
    ]);
    const card = (env.connector.sent[0]?.activity.attachments as { content: unknown }[])[0]?.content;
    expectValidCard(card);
    expect(cardText(card)).toContain("Absenden");
    for (const delivery of await deliveriesOf("org-send")) {
      expect(delivery).toMatchObject({ state: "sent", response: "open", attempts: 1 });
      // At the slot: the three go out a tenant's send interval (1/46 s) apart.
      const sentAfterSlotMs = Date.parse(delivery.sentAt ?? "") - TUESDAY_SLOT.getTime();
      expect(sentAfterSlotMs).toBeGreaterThanOrEqual(0);
      expect(sentAfterSlotMs).toBeLessThan(1_000);
      expect(delivery.activityId).toMatch(/^activity-/);
      expect(delivery.leaseOwner).toBeUndefined();
    }

    expect(await scheduling.worker.run({ orgIds: ["org-send"] })).toMatchObject({ sent: 0 });
    expect(env.connector.sent).toHaveLength(3);
  });

  it("sends every prompt exactly once when two workers race for the same outbox", async () => {
    const members = Array.from({ length: 24 }, (_, i) => `racer-${i}`);
    const first = await orgWithDuePrompts("org-race", members);
    const second = env.scheduling();

    const [a, b] = await Promise.all([
      first.worker.run({ orgIds: ["org-race"] }),
      second.worker.run({ orgIds: ["org-race"] }),
    ]);

    expect(a.sent + b.sent).toBe(24);
    const counts = sendCounts(env.connector);
    expect(counts.size).toBe(24);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it("honours Retry-After on 429: waits, sends it later once, nothing doubled", async () => {
    const scheduling = await orgWithDuePrompts("org-429", ["dora"]);
    env.connector.failNext(1, 429, { "Retry-After": "30" });

    expect(await scheduling.worker.run({ orgIds: ["org-429"] })).toMatchObject({ sent: 0, retrying: 1 });
    const [throttled] = await deliveriesOf("org-429");
    expect(throttled).toMatchObject({
      state: "pending",
      attempts: 1,
      lastError: "throttled",
      notBefore: new Date(TUESDAY_SLOT.getTime() + 30_000).toISOString(),
    });

    env.clock.advance(20_000);
    expect(await scheduling.worker.run({ orgIds: ["org-429"] })).toMatchObject({ sent: 0 });
    env.clock.advance(10_000);
    expect(await scheduling.worker.run({ orgIds: ["org-429"] })).toMatchObject({ sent: 1 });

    expect(deliveryIdsSent(env.connector)).toEqual([throttled!.deliveryId]);
    expect((await deliveriesOf("org-429"))[0]).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("holds the tenant's other sends back for the Retry-After, then sends everything once", async () => {
    // One send at a time, so that the 429 comes back before any other send starts.
    const members = Array.from({ length: 8 }, (_, i) => `held-${i}`);
    const scheduling = await orgWithDuePrompts("org-429-hold", members, { concurrency: 1 });
    env.connector.failNext(1, 429, { "Retry-After": "10" });

    const run = await scheduling.worker.run({ orgIds: ["org-429-hold"] });

    expect(run).toMatchObject({ retrying: 1, sent: 8 });
    expect(env.clock.now().getTime() - TUESDAY_SLOT.getTime()).toBeGreaterThanOrEqual(10_000);
    const counts = sendCounts(env.connector);
    expect(counts.size).toBe(8);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it("gives claims back untried when a Retry-After is longer than the lease, and sends them after it", async () => {
    const members = Array.from({ length: 8 }, (_, i) => `long-${i}`);
    const scheduling = await orgWithDuePrompts("org-429-long", members, { concurrency: 1 });
    env.connector.failNext(1, 429, { "Retry-After": "300" });

    expect(await scheduling.worker.run({ orgIds: ["org-429-long"] })).toMatchObject({
      retrying: 1,
      sent: 0,
      released: 7,
    });
    const released = (await deliveriesOf("org-429-long")).filter(
      (d) => d.state === "pending" && d.lastError === undefined,
    );
    expect(released).toHaveLength(7);
    // The attempt counted by the claim did not happen, and no one claims them during the wait.
    expect(
      released.every(
        (d) => d.attempts === 0 && d.notBefore === new Date(TUESDAY_SLOT.getTime() + 300_000).toISOString(),
      ),
    ).toBe(true);
    expect(await scheduling.worker.run({ orgIds: ["org-429-long"] })).toMatchObject({ sent: 0, released: 0 });

    env.clock.advance(300_000);
    expect(await scheduling.worker.run({ orgIds: ["org-429-long"] })).toMatchObject({ sent: 8 });
    const counts = sendCounts(env.connector);
    expect(counts.size).toBe(8);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it("retries 503 with backoff and marks the delivery failed with its reason after the last attempt", async () => {
    const scheduling = await orgWithDuePrompts("org-503", ["hanna"]);
    env.connector.failNext(MAX_DELIVERY_ATTEMPTS, 503);

    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      const run = await scheduling.worker.run({ orgIds: ["org-503"] });
      expect(run).toMatchObject(attempt < MAX_DELIVERY_ATTEMPTS ? { retrying: 1 } : { failed: 1 });
      const [delivery] = await deliveriesOf("org-503");
      expect(delivery).toMatchObject({ attempts: attempt, lastError: "http-503" });
      if (attempt < MAX_DELIVERY_ATTEMPTS) {
        // Jittered exponential backoff: never sooner than half the ceiling for this attempt.
        expect(Date.parse(delivery!.notBefore!) - env.clock.now().getTime()).toBeGreaterThanOrEqual(
          15_000 * 2 ** (attempt - 1),
        );
        expect(await scheduling.worker.run({ orgIds: ["org-503"] })).toMatchObject({ retrying: 0, sent: 0 });
        env.clock.set(new Date(delivery!.notBefore!));
      }
    }

    const [failed] = await deliveriesOf("org-503");
    expect(failed).toMatchObject({ state: "failed", attempts: MAX_DELIVERY_ATTEMPTS, lastError: "http-503" });
    env.clock.advance(24 * HOUR);
    expect(await scheduling.worker.run({ orgIds: ["org-503"] })).toMatchObject({ sent: 0, failed: 0, retrying: 0 });
    expect(env.connector.sent).toHaveLength(0);
  });

  it("marks a member who blocked the bot (403 MessageWritesBlocked) unreachable, without retrying", async () => {
    const scheduling = await orgWithDuePrompts("org-403", ["ida"]);
    env.connector.failNext(
      1,
      403,
      {},
      { error: { code: "MessageWritesBlocked", message: "The user blocked the bot" } },
    );

    expect(await scheduling.worker.run({ orgIds: ["org-403"] })).toMatchObject({ unreachable: 1 });
    expect((await deliveriesOf("org-403"))[0]).toMatchObject({
      state: "unreachable",
      attempts: 1,
      lastError: "blocked-MessageWritesBlocked",
    });
    expect(await env.repos.members.get("org-403", "ida")).toMatchObject({ isReachable: false });

    env.clock.advance(24 * HOUR);
    expect(await scheduling.worker.run({ orgIds: ["org-403"] })).toMatchObject({ sent: 0, unreachable: 0 });
    expect(env.connector.sent).toHaveLength(0);
  });

  it("marks a member whose conversation is gone (404) unreachable", async () => {
    const scheduling = await orgWithDuePrompts("org-404", ["jan"]);
    env.connector.failNext(1, 404);

    expect(await scheduling.worker.run({ orgIds: ["org-404"] })).toMatchObject({ unreachable: 1 });
    expect((await deliveriesOf("org-404"))[0]).toMatchObject({ state: "unreachable", lastError: "not-found" });
    expect(await env.repos.members.get("org-404", "jan")).toMatchObject({ isReachable: false });
  });

  it("resumes after a worker died mid-batch: its claims expire and are sent, nothing lost, nothing doubled", async () => {
    const members = ["kai", "lena", "mia", "nils", "ole", "paula"];
    const scheduling = await orgWithDuePrompts("org-crash", members);
    // A worker claimed half of the outbox and died before sending any of it.
    const orphaned = await env.repos.deliveries.claimDue(
      "org-crash",
      env.clock.now(),
      "worker-that-died",
      2 * MINUTE,
      3,
    );
    expect(orphaned).toHaveLength(3);

    expect(await scheduling.worker.run({ orgIds: ["org-crash"] })).toMatchObject({ sent: 3 });
    env.clock.advance(2 * MINUTE + 1_000);
    expect(await scheduling.worker.run({ orgIds: ["org-crash"] })).toMatchObject({ sent: 3 });

    const counts = sendCounts(env.connector);
    expect(counts.size).toBe(6);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    for (const delivery of await deliveriesOf("org-crash")) expect(delivery.state).toBe("sent");
    expect(
      (await deliveriesOf("org-crash"))
        .filter((d) => d.attempts === 2)
        .map((d) => d.deliveryId)
        .sort(),
    ).toEqual(orphaned.map((d) => d.deliveryId).sort());
  });

  it("creates the 1:1 conversation when only the member's ids are known, and keeps its reference", async () => {
    await env.addOrg("org-create");
    const member = await env.addMember("org-create", "quinn");
    await env.repos.members.update("org-create", "quinn", (m) => ({
      ...m,
      conversation: { ...member.conversation, conversationId: "" },
    }));
    const scheduling = env.scheduling();
    await scheduling.tick({ now: env.clock.now(), orgIds: ["org-create"] });

    expect(await scheduling.worker.run({ orgIds: ["org-create"] })).toMatchObject({ sent: 1 });

    const conversationId = env.connector.sent[0]?.conversationId;
    expect(conversationId).toMatch(/^a:created-/);
    expect((await env.repos.members.get("org-create", "quinn"))?.conversation.conversationId).toBe(conversationId);
  });

  it("does not send a prompt the member replaced before it went out, nor to a member who removed the app", async () => {
    const scheduling = await orgWithDuePrompts("org-skip", ["rosa", "sven"]);
    const [rosas] = (await deliveriesOf("org-skip")).filter((d) => d.memberId === "rosa");
    await env.repos.deliveries.update("org-skip", rosas!.deliveryId, (d) => ({ ...d, response: "replaced" }));
    await env.repos.members.update("org-skip", "sven", (m) => ({ ...m, isInstalled: false }));

    expect(await scheduling.worker.run({ orgIds: ["org-skip"] })).toMatchObject({
      sent: 0,
      notNeeded: 1,
      unreachable: 1,
    });
    expect(env.connector.sent).toHaveLength(0);
  });
});
