import { answerId } from "../../bot/domain/ids";
import type { Delivery } from "../../bot/domain/delivery";
import { cardText } from "../support/bot-harness";
import { expectValidCard } from "../support/adaptive-card-validation";
import { deliveryIdsSent, HOUR, startDeliveryEnv, TUESDAY_SLOT, type DeliveryEnv } from "./delivery-fixtures";

const DAY = 24 * HOUR;

describe("schedule tick", () => {
  let env: DeliveryEnv;

  beforeAll(async () => {
    env = await startDeliveryEnv();
  });
  afterAll(async () => env.stop());
  beforeEach(() => {
    env.connector.clear();
    env.clock.set(TUESDAY_SLOT);
  });

  const deliveriesOf = async (orgId: string): Promise<Delivery[]> => {
    const all = [];
    for await (const page of env.repos.deliveries.historyForOrg(orgId)) all.push(...page);
    return Promise.all(all.map(async (entry) => (await env.repos.deliveries.get(orgId, entry.deliveryId))!));
  };

  async function orgWithMembers(orgId: string, memberIds: readonly string[]) {
    await env.addOrg(orgId);
    for (const memberId of memberIds) await env.addMember(orgId, memberId);
    return env.scheduling();
  }

  /** The one sent card's text. */
  const lastCardText = () => {
    const card = (env.connector.sent.at(-1)?.activity.attachments as { content: unknown }[] | undefined)?.[0]?.content;
    expectValidCard(card);
    return cardText(card);
  };

  it("sends nothing on Saturday at 23:00, and the same members get their missed prompt on Monday at their slot", async () => {
    // Thursdays 14:00; the week's slot (3 December) passed while nothing ran.
    await env.addOrg("org-weekend", {
      schedule: { weekday: 4, time: "14:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    });
    for (const memberId of ["anna", "ben"]) await env.addMember("org-weekend", memberId);
    await env.addMember("org-weekend", "carla", { preferredTime: "09:30" });
    const scheduling = env.scheduling();
    const run = async (iso: string) => {
      env.clock.set(new Date(iso));
      const tick = await scheduling.tick({ now: env.clock.now(), orgIds: ["org-weekend"] });
      await scheduling.worker.run({ orgIds: ["org-weekend"] });
      return tick.recorded;
    };
    const sentTo = () => env.connector.sent.map((entry) => entry.conversationId).sort();

    expect(await run("2026-12-05T22:00:00.000Z")).toBe(0); // Saturday 23:00 in Berlin
    expect(await run("2026-12-06T11:00:00.000Z")).toBe(0); // Sunday noon
    expect(await run("2026-12-07T07:55:00.000Z")).toBe(0); // Monday 08:55
    expect(sentTo()).toEqual([]);
    expect(await run("2026-12-07T08:30:00.000Z")).toBe(1); // Monday 09:30: Carla's slot
    expect(sentTo()).toEqual(["a:personal-carla"]);
    expect(await run("2026-12-07T13:00:00.000Z")).toBe(2); // Monday 14:00: everyone else's
    expect(sentTo()).toEqual(["a:personal-anna", "a:personal-ben", "a:personal-carla"]);
    const deliveries = await deliveriesOf("org-weekend");
    expect(deliveries.map((d) => [d.memberId, d.periodKey, d.dueAt]).sort()).toEqual([
      ["anna", "2026-W49", "2026-12-07T13:00:00.000Z"],
      ["ben", "2026-W49", "2026-12-07T13:00:00.000Z"],
      ["carla", "2026-W49", "2026-12-07T08:30:00.000Z"],
    ]);
  });

  it("holds a prompt the worker reaches after working hours until the member's next working slot", async () => {
    const scheduling = await orgWithMembers("org-backlog", ["dora"]);
    // Recorded at 17:58 on Tuesday; the worker gets to it only at 18:01.
    env.clock.set(new Date("2026-11-24T16:58:00.000Z"));
    await scheduling.tick({ now: env.clock.now(), orgIds: ["org-backlog"] });
    env.clock.set(new Date("2026-11-24T17:01:00.000Z"));
    expect(await scheduling.worker.run({ orgIds: ["org-backlog"] })).toMatchObject({ sent: 0, heldForWorkingTime: 1 });
    env.clock.set(new Date("2026-11-25T08:59:00.000Z"));
    expect(await scheduling.worker.run({ orgIds: ["org-backlog"] })).toMatchObject({ sent: 0 });
    env.clock.set(new Date("2026-11-25T09:00:00.000Z"));
    expect(await scheduling.worker.run({ orgIds: ["org-backlog"] })).toMatchObject({ sent: 1 });
    expect(env.connector.sent.map((entry) => entry.conversationId)).toEqual(["a:personal-dora"]);
  });

  it("records one pending delivery per member when run twice, and never sends by itself", async () => {
    const scheduling = await orgWithMembers("org-twice", ["anna", "ben", "carla"]);

    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-twice"] })).toMatchObject({
      organisations: 1,
      recorded: 3,
    });
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-twice"] })).toMatchObject({ recorded: 0 });
    env.clock.advance(5 * 60 * 1000);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-twice"] })).toMatchObject({ recorded: 0 });

    const deliveries = await deliveriesOf("org-twice");
    expect(deliveries.map((d) => d.memberId).sort()).toEqual(["anna", "ben", "carla"]);
    expect(deliveries.every((d) => d.state === "pending" && d.kind === "scheduled" && d.periodKey === "2026-W48")).toBe(
      true,
    );
    expect(env.connector.sent).toHaveLength(0);
  });

  it("records nothing before the slot, and catches up a missed slot at the member's slot on a later working day", async () => {
    const scheduling = await orgWithMembers("org-late", ["dora"]);

    expect(
      await scheduling.tick({ now: new Date(TUESDAY_SLOT.getTime() - 60_000), orgIds: ["org-late"] }),
    ).toMatchObject({ recorded: 0 });
    // Every tick from Tuesday to Thursday was missed.
    const thursday = new Date(TUESDAY_SLOT.getTime() + 2 * DAY + 5 * HOUR);
    expect(await scheduling.tick({ now: thursday, orgIds: ["org-late"] })).toMatchObject({ recorded: 1 });
    expect((await deliveriesOf("org-late"))[0]).toMatchObject({
      dueAt: new Date(TUESDAY_SLOT.getTime() + 2 * DAY).toISOString(),
      createdAt: thursday.toISOString(),
    });
    expect(await scheduling.tick({ now: new Date(thursday.getTime() + HOUR), orgIds: ["org-late"] })).toMatchObject({
      recorded: 0,
    });
  });

  it("gives members in other time zones their prompt at their own local time, also across the end of summer time", async () => {
    const scheduling = await orgWithMembers("org-zones", ["berlin"]);
    await env.addMember("org-zones", "new-york", { timeZone: "America/New_York" });
    const tick = (iso: string) => scheduling.tick({ now: new Date(iso), orgIds: ["org-zones"] });

    // Tuesday 20 October 2026: Berlin still on summer time (10:00 = 08:00Z), New York too (10:00 = 14:00Z).
    expect(await tick("2026-10-20T08:00:00.000Z")).toMatchObject({ recorded: 1 });
    expect(await tick("2026-10-20T13:59:00.000Z")).toMatchObject({ recorded: 0 });
    expect(await tick("2026-10-20T14:00:00.000Z")).toMatchObject({ recorded: 1 });
    // Tuesday 27 October: Berlin on winter time since Sunday (10:00 = 09:00Z), New York not until 1 November.
    expect(await tick("2026-10-27T08:30:00.000Z")).toMatchObject({ recorded: 0 });
    expect(await tick("2026-10-27T09:00:00.000Z")).toMatchObject({ recorded: 1 });
    expect(await tick("2026-10-27T14:00:00.000Z")).toMatchObject({ recorded: 1 });

    const dueAts = (await deliveriesOf("org-zones")).map((d) => `${d.memberId} ${d.dueAt}`).sort();
    expect(dueAts).toEqual([
      "berlin 2026-10-20T08:00:00.000Z",
      "berlin 2026-10-27T09:00:00.000Z",
      "new-york 2026-10-20T14:00:00.000Z",
      "new-york 2026-10-27T14:00:00.000Z",
    ]);
  });

  it("sends one gentle reminder when a prompt stays unanswered, and never a second", async () => {
    const scheduling = await orgWithMembers("org-remind", ["emil"]);
    await scheduling.tick({ now: env.clock.now(), orgIds: ["org-remind"] });
    await scheduling.worker.run({ orgIds: ["org-remind"] });
    expect(env.connector.sent).toHaveLength(1);

    env.clock.advance(47 * HOUR);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-remind"] })).toMatchObject({
      remindersQueued: 0,
    });
    env.clock.advance(HOUR);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-remind"] })).toMatchObject({
      remindersQueued: 1,
    });
    expect(await scheduling.worker.run({ orgIds: ["org-remind"] })).toMatchObject({ reminded: 1 });
    expect(env.connector.sent).toHaveLength(2);
    const reminder = lastCardText();
    expect(reminder).toContain("Kleine Erinnerung");
    expect(reminder).toContain("Frage öffnen");

    for (let day = 0; day < 4; day++) {
      env.clock.advance(DAY);
      expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-remind"] })).toMatchObject({
        remindersQueued: 0,
      });
      await scheduling.worker.run({ orgIds: ["org-remind"] });
    }
    expect(env.connector.sent).toHaveLength(2);
    const [delivery] = await deliveriesOf("org-remind");
    expect(delivery).toMatchObject({
      state: "sent",
      purpose: "reminder",
      response: "open",
      sentAt: TUESDAY_SLOT.toISOString(),
    });
    expect(delivery?.reminderSentAt).toBe(new Date(TUESDAY_SLOT.getTime() + 48 * HOUR).toISOString());
  });

  it("reminds nobody who answered, skipped or snoozed the prompt", async () => {
    const scheduling = await orgWithMembers("org-no-remind", ["frieda", "greta", "hanna"]);
    await scheduling.tick({ now: env.clock.now(), orgIds: ["org-no-remind"] });
    await scheduling.worker.run({ orgIds: ["org-no-remind"] });
    const responses = { frieda: "answered", greta: "skipped", hanna: "snoozed" } as const;
    for (const delivery of await deliveriesOf("org-no-remind")) {
      const response = responses[delivery.memberId as keyof typeof responses];
      await env.repos.deliveries.update("org-no-remind", delivery.deliveryId, (d) => ({
        ...d,
        response,
        ...(response === "snoozed" ? { snoozedUntil: new Date(TUESDAY_SLOT.getTime() + 7 * DAY).toISOString() } : {}),
      }));
    }

    env.clock.advance(3 * DAY);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-no-remind"] })).toMatchObject({
      remindersQueued: 0,
    });
  });

  it("sends no reminder when the answer is stored but marking the prompt answered failed", async () => {
    const scheduling = await orgWithMembers("org-answered-unmarked", ["jana"]);
    await scheduling.tick({ now: env.clock.now(), orgIds: ["org-answered-unmarked"] });
    await scheduling.worker.run({ orgIds: ["org-answered-unmarked"] });
    const [delivery] = await deliveriesOf("org-answered-unmarked");
    if (!delivery) throw new Error("no delivery recorded");
    // The answer exists, the delivery still says "open" (the store failed between the two writes).
    await env.repos.answers.saveNew({
      orgId: "org-answered-unmarked",
      answerId: answerId(delivery.deliveryId, delivery.memberId),
      promptInstanceId: delivery.deliveryId,
      memberId: delivery.memberId,
      promptId: delivery.promptId,
      model: "lqw",
      area: delivery.area,
      dimension: delivery.dimension,
      text: "Schon beantwortet.",
      createdAt: env.clock.now().toISOString(),
      updatedAt: env.clock.now().toISOString(),
      history: [],
    });

    env.clock.advance(3 * DAY);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-answered-unmarked"] })).toMatchObject({
      remindersQueued: 0,
    });
    const [after] = await deliveriesOf("org-answered-unmarked");
    expect(after?.response).toBe("answered");
  });

  it("brings a snoozed prompt back when the snooze ends: open again and sent once more", async () => {
    const scheduling = await orgWithMembers("org-snooze", ["ida"]);
    await scheduling.tick({ now: env.clock.now(), orgIds: ["org-snooze"] });
    await scheduling.worker.run({ orgIds: ["org-snooze"] });
    const [sent] = await deliveriesOf("org-snooze");
    // What "Später → In 1 Stunde" on the card does.
    await env.repos.deliveries.update("org-snooze", sent!.deliveryId, (d) => ({
      ...d,
      response: "snoozed",
      snoozedUntil: new Date(TUESDAY_SLOT.getTime() + HOUR).toISOString(),
    }));

    env.clock.advance(30 * 60 * 1000);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-snooze"] })).toMatchObject({ snoozesEnded: 0 });
    env.clock.advance(30 * 60 * 1000);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-snooze"] })).toMatchObject({
      snoozesEnded: 1,
      recorded: 0,
    });
    expect((await deliveriesOf("org-snooze"))[0]).toMatchObject({ response: "open", state: "pending", attempts: 0 });
    expect((await deliveriesOf("org-snooze"))[0]?.snoozedUntil).toBeUndefined();

    expect(await scheduling.worker.run({ orgIds: ["org-snooze"] })).toMatchObject({ sent: 1 });
    expect(deliveryIdsSent(env.connector)).toEqual([sent!.deliveryId, sent!.deliveryId]);
    expect(lastCardText()).toContain("Absenden");
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-snooze"] })).toMatchObject({ snoozesEnded: 0 });
  });

  it("gives up on a delivery whose last attempt's claim expired, instead of leaving it stuck", async () => {
    const scheduling = await orgWithMembers("org-stranded", ["jan"]);
    await scheduling.tick({ now: env.clock.now(), orgIds: ["org-stranded"] });
    const [pending] = await deliveriesOf("org-stranded");
    await env.repos.deliveries.update("org-stranded", pending!.deliveryId, (d) => ({
      ...d,
      state: "sending",
      attempts: 5,
      leaseOwner: "worker-that-died",
      leaseUntil: new Date(TUESDAY_SLOT.getTime() + 60_000).toISOString(),
    }));

    env.clock.advance(2 * 60_000);
    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-stranded"] })).toMatchObject({ stranded: 1 });
    expect((await deliveriesOf("org-stranded"))[0]).toMatchObject({ state: "failed", lastError: "lease-expired" });
  });

  it("skips members who removed the app or cannot be reached", async () => {
    const scheduling = await orgWithMembers("org-gone", ["kai"]);
    await env.addMember("org-gone", "lena", { isInstalled: false });
    await env.addMember("org-gone", "mia", { isReachable: false });

    expect(await scheduling.tick({ now: env.clock.now(), orgIds: ["org-gone"] })).toMatchObject({ recorded: 1 });
    expect((await deliveriesOf("org-gone")).map((d) => d.memberId)).toEqual(["kai"]);
  });
});
