/**
 * Proactive sends against a connector that fails in the ways Teams does. The delivery worker
 * tests (test/integration/delivery-worker.test.ts) cover 429 with Retry-After, 503 until the
 * last attempt, 403/404 and a worker that died holding claims; these add what they leave out:
 * 500/502/504, 429 without Retry-After, timeouts, dropped connections, a mix of all of them,
 * and a card Teams took without acknowledging it.
 */
import { MAX_DELIVERY_ATTEMPTS } from "../../bot/store";
import { fakeClock, sendCounts, TUESDAY_SLOT, type FakeClock } from "../integration/delivery-fixtures";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { createHeldSends } from "../support/held-sends";
import { ANNA, TENANT_ID, executeAction, message } from "../support/teams-activities";
import { startFlakyConnector, type ConnectorFault, type FlakyConnector } from "./support/flaky-connector";
import { MINUTE, outboxOver, type Outbox } from "./support/outbox";

describe("proactive sends when the connector fails", () => {
  let bot: BotHarness;
  let flaky: FlakyConnector;
  let clock: FakeClock;
  let outbox: Outbox;

  beforeAll(async () => {
    const held = createHeldSends();
    flaky = await startFlakyConnector({ onHold: held.hold });
    bot = await startBotHarness({ LOCAL_SERVICE_URL: flaky.serviceUrl });
    const { repos } = await bot.services();
    await seedOrg(repos);
    clock = fakeClock(TUESDAY_SLOT);
    outbox = outboxOver(repos, clock, flaky.serviceUrl, held);
  });
  afterAll(async () => {
    await flaky.stop();
    await bot.stop();
  });
  beforeEach(() => flaky.reset());

  /** Runs workers, moving the clock past every backoff, until nothing is left to try. */
  async function runUntilSettled(orgId: string, workerId = "worker"): Promise<void> {
    const scheduling = outbox.scheduling(workerId);
    for (let round = 0; round < 3 * MAX_DELIVERY_ATTEMPTS; round++) {
      await scheduling.worker.run({ orgIds: [orgId] });
      const open = (await outbox.deliveriesOf(orgId)).filter((d) => d.state === "pending" || d.state === "sending");
      if (open.length === 0) return;
      clock.advance(10 * MINUTE);
    }
    throw new Error("deliveries still open after every retry");
  }

  /** Each card that reached Teams was sent once, and exactly the deliveries recorded as sent reached it. */
  async function expectEachSentOnce(orgId: string): Promise<void> {
    const counts = sendCounts(flaky.teams);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    const deliveries = await outbox.deliveriesOf(orgId);
    const sent = deliveries.filter((d) => d.state === "sent").map((d) => d.deliveryId);
    expect([...counts.keys()].sort()).toEqual(sent.sort());
    for (const failed of deliveries.filter((d) => d.state !== "sent")) {
      expect(failed).toMatchObject({ state: "failed", attempts: MAX_DELIVERY_ATTEMPTS });
    }
  }

  it.each([
    ["500", { kind: "status", status: 500 }, "http-500"],
    ["502", { kind: "status", status: 502 }, "http-502"],
    ["504", { kind: "status", status: 504 }, "http-504"],
    ["429 without Retry-After", { kind: "status", status: 429 }, "throttled"],
    ["a timeout (no answer at all)", { kind: "hang" }, "timeout"],
    ["a dropped connection", { kind: "reset" }, undefined],
  ] as [string, ConnectorFault, string | undefined][])(
    "retries a send that met %s, and the prompt arrives once",
    async (name, fault, reason) => {
      const orgId = `org-fault-${name.replace(/\W+/g, "-")}`;
      const [delivery] = await outbox.orgWithDuePrompts(orgId, [`member-${orgId}`]);
      flaky.inject(fault);

      const first = await outbox.scheduling("worker").worker.run({ orgIds: [orgId] });
      expect(first).toMatchObject({ sent: 0, retrying: 1 });
      const retrying = await outbox.deliveriesOf(orgId);
      expect(retrying[0]).toMatchObject({ state: "pending", attempts: 1 });
      if (reason) expect(retrying[0]?.lastError).toBe(reason);
      else expect(retrying[0]?.lastError).toMatch(/^network/);
      expect(flaky.teams.sent).toHaveLength(0);

      await runUntilSettled(orgId);
      expect([...sendCounts(flaky.teams).entries()]).toEqual([[delivery?.deliveryId, 1]]);
      expect((await outbox.deliveriesOf(orgId))[0]).toMatchObject({ state: "sent", attempts: 2 });
    },
  );

  it("sends every prompt once, or gives it up after the last attempt, through a mix of throttling, server errors, timeouts and dropped connections", async () => {
    const members = Array.from({ length: 30 }, (_, i) => `mixed-${i}`);
    await outbox.orgWithDuePrompts("org-mixed", members);
    const kinds: ConnectorFault[] = [
      { kind: "status", status: 429 },
      { kind: "status", status: 429, headers: { "Retry-After": "20" } },
      { kind: "status", status: 500 },
      { kind: "status", status: 502 },
      { kind: "status", status: 503 },
      { kind: "status", status: 504 },
      { kind: "hang" },
      { kind: "reset" },
    ];
    // A fixed pseudo-random pattern: about two sends in three fail, for the first 90 sends.
    let seed = 12_345;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const faults = Array.from({ length: 90 }, (): ConnectorFault =>
      next() < 0.67 ? (kinds[Math.floor(next() * kinds.length)] ?? { kind: "pass" }) : { kind: "pass" },
    );
    flaky.inject(...faults);

    await runUntilSettled("org-mixed");

    await expectEachSentOnce("org-mixed");
    const deliveries = await outbox.deliveriesOf("org-mixed");
    expect(deliveries).toHaveLength(30);
    expect(deliveries.filter((d) => d.state === "sent").length).toBeGreaterThan(20);
    const met = flaky.faultsMet();
    for (const kind of ["pass", "status", "hang", "reset"] as const) expect(met[kind]).toBeGreaterThan(0);
  });

  it("sends a card once more when Teams took it without answering, and answering either copy stores one answer", async () => {
    bot.clear();
    await bot.post(message(ANNA, flaky.serviceUrl, "hilfe"));
    flaky.teams.clear();
    const { repos } = await bot.services();
    await outbox.scheduling("scheduler").tick({ now: clock.now(), orgIds: [TENANT_ID], isDueNow: true });
    flaky.inject({ kind: "deliverThenHang" });

    await runUntilSettled(TENANT_ID);

    const copies = flaky.teams.sent
      .filter((entry) => entry.conversationId === `a:personal-${ANNA.aadObjectId}`)
      .map((entry) => cardOf(entry.activity));
    // Teams has no idempotent send: this one duplicate is the documented price of never losing a prompt.
    expect(copies).toHaveLength(2);
    const [first, second] = copies.map((card) => buttonData(card, "Absenden"));
    expect(first?.deliveryId).toBe(second?.deliveryId);

    const answer = (data: Record<string, unknown> | undefined, text: string) =>
      bot
        .post(executeAction(ANNA, flaky.serviceUrl, "answer.submit", { ...data, answer: text }))
        .then((reply) => reply.body as InvokeBody);
    expect(cardText((await answer(first, "Wir haben die Anmeldung digitalisiert.")).value)).toContain("Gespeichert");
    const fromSecond = await answer(second, "Auf der zweiten Karte anders formuliert.");
    // The second copy does not store a second answer; it shows the stored one beside the new text.
    expect(cardText(fromSecond.value)).toContain("Wir haben die Anmeldung digitalisiert.");
    expect(cardText(fromSecond.value)).toContain("Auf der zweiten Karte anders formuliert.");

    const page = await repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 50 });
    expect(page.answers.filter((a) => a.promptInstanceId === first?.deliveryId)).toHaveLength(1);
  });
});
