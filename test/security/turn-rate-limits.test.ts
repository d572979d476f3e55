/**
 * One member at 100 messages a second drove everyone's replies past Teams' 15 s (issue 20, item 11).
 * Per member and per tenant, turns beyond the rate get one short "Einen Moment bitte" and the rest
 * are dropped before any work; a submitted card is always answered with the message, which leaves
 * the card and its typed text as they are. Time for the limits is the test's, so nothing refills
 * while the test runs.
 */
import { cardOf, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, JONAS, MIRIAM, TENANT_ID, executeAction, message } from "../support/teams-activities";

const WAIT =
  "Einen Moment bitte – Sie schreiben schneller, als ich antworten kann. Bitte senden Sie gleich noch einmal.";
// TURN_MEMBER_PER_SECOND 3: a burst of 6; TURN_TENANT_PER_SECOND 5: a burst of 15.
const MEMBER_BURST = 6;
const TENANT_BURST = 15;

describe("turns beyond a member's or a tenant's rate", () => {
  let bot: BotHarness;
  let nowMs = 0;

  beforeAll(async () => {
    bot = await startBotHarness(
      { TURN_MEMBER_PER_SECOND: "3", TURN_TENANT_PER_SECOND: "5" },
      { turnTimeMs: () => nowMs },
    );
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => {
    bot.clear();
    // Every bucket full again.
    nowMs += 60_000;
  });

  const texts = () => bot.sent().map((sent) => (typeof sent.text === "string" ? sent.text : "card"));

  it("answers a flood of 30 messages with the first few replies, one 'Einen Moment bitte' and nothing else, and serves others meanwhile", async () => {
    const replies = await Promise.all(
      Array.from({ length: 30 }, () => bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe"))),
    );
    for (const reply of replies) expect(reply.status).toBe(200);
    expect(texts().filter((text) => text === WAIT)).toHaveLength(1);
    expect(texts().filter((text) => text !== WAIT)).toHaveLength(MEMBER_BURST);

    bot.clear();
    await bot.post(message(EMMA, bot.connector.serviceUrl, "help"));
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).not.toContain("One moment");

    // A second later the member is served again.
    nowMs += 1_000;
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "hilfe"));
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).not.toBe(WAIT);
  });

  it("answers a card submitted during a flood with the message that keeps the card and its typed text, and stores nothing", async () => {
    await bot.post(message(JONAS, bot.connector.serviceUrl, "frage"));
    const card = cardOf(bot.sent()[0]);
    await Promise.all(Array.from({ length: 20 }, () => bot.post(message(JONAS, bot.connector.serviceUrl, "hilfe"))));
    const submits = await Promise.all(
      [1, 2].map(() =>
        bot.post(
          executeAction(JONAS, bot.connector.serviceUrl, "answer.submit", {
            ...buttonData(card, "Absenden"),
            answer: "Text, der nicht verloren gehen darf.",
          }),
        ),
      ),
    );
    for (const submit of submits) {
      const body = submit.body as InvokeBody;
      expect(body.type).toBe("application/vnd.microsoft.activity.message");
      expect(body.value).toBe(WAIT);
    }
    const page = await (
      await bot.services()
    ).repos.answers.listForMember(TENANT_ID, JONAS.aadObjectId, {
      pageSize: 50,
    });
    expect(page.answers).toHaveLength(0);
  });

  it("holds back a tenant's turns beyond its rate, whoever sends them", async () => {
    for (const user of [ANNA, EMMA]) {
      for (let turn = 0; turn < MEMBER_BURST; turn++) await bot.post(message(user, bot.connector.serviceUrl, "hilfe"));
    }
    for (let turn = 0; turn < TENANT_BURST - 2 * MEMBER_BURST; turn++)
      await bot.post(message(JONAS, bot.connector.serviceUrl, "hilfe"));
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "hilfe"));
    expect(texts()).toEqual([WAIT]);
    nowMs += 1_000;
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "hilfe"));
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).not.toBe(WAIT);
  });
});
