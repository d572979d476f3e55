/**
 * Turns of one member that race each other: several "frage" at once, a long chain of "Andere
 * Frage", many turns after Teams moved the member to another service URL, an edit while the
 * same answer is being deleted on another device. Each must end as a person expects.
 */
import { Item } from "@azure/cosmos";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, JONAS, TENANT_ID, executeAction, message } from "../support/teams-activities";

/** Cosmos DB refuses longer ids; an answer id embeds its delivery id and the member id. */
const COSMOS_ID_LIMIT = 255;

describe("a member's turns racing each other", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());
  afterEach(() => jest.restoreAllMocks());

  const repos = async () => (await bot.services()).repos;
  const invokeCard = (answer: { body: unknown }) => (answer.body as InvokeBody).value;
  /** What the person reads: a card's text, or the message that came instead of a card. */
  const shownText = (value: unknown) => (typeof value === "string" ? value : cardText(value));

  it('opens one prompt when ten "frage" arrive at once', async () => {
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => bot.post(message(JONAS, bot.connector.serviceUrl, "frage"))),
    );
    for (const reply of replies) expect(reply.status).toBe(200);
    const shown = bot.sent().map((sent) => buttonData(cardOf(sent), "Absenden").deliveryId);
    expect(shown).toHaveLength(10);
    const open = await (await repos()).deliveries.listOpenForMember(TENANT_ID, JONAS.aadObjectId);
    expect(open).toHaveLength(1);
    // Asks that overlap show the one prompt they opened together.
    expect(shown).toContain(open[0]?.deliveryId);
  });

  it('keeps delivery ids short after 20 clicks on "Andere Frage", and the last prompt can be answered', async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    let card = cardOf(bot.sent()[0]);
    const deliveryIds: string[] = [];
    for (let click = 0; click < 20; click++) {
      const data = buttonData(card, "Andere Frage");
      card = invokeCard(await bot.post(executeAction(ANNA, bot.connector.serviceUrl, "prompt.another", data))) as
        Record<string, unknown> | undefined;
      deliveryIds.push(String(buttonData(card, "Absenden").deliveryId));
    }
    expect(new Set(deliveryIds).size).toBe(20);
    const longest = Math.max(...deliveryIds.map((id) => id.length));
    expect(longest).toBeLessThanOrEqual(100);

    const saved = await bot.post(
      executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
        ...buttonData(card, "Absenden"),
        answer: "Nach zwanzig anderen Fragen beantwortet.",
      }),
    );
    expect(cardText(invokeCard(saved))).toContain("Gespeichert");
    const page = await (await repos()).answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 10 });
    const answer = page.answers.find((stored) => stored.text === "Nach zwanzig anderen Fragen beantwortet.");
    expect(answer?.answerId.length).toBeLessThanOrEqual(COSMOS_ID_LIMIT);
    const open = await (await repos()).deliveries.listOpenForMember(TENANT_ID, ANNA.aadObjectId);
    expect(open).toEqual([]);
  });

  it("answers all of ten turns at once after Teams moved the member to another service URL", async () => {
    await bot.post(message(EMMA, bot.connector.serviceUrl, "hilfe"));
    // Teams hands the conversation to another region: the same connector under a second name.
    const movedServiceUrl = bot.connector.serviceUrl.replace("127.0.0.1", "localhost");
    bot.clear();
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => bot.post(message(EMMA, movedServiceUrl, "help"))),
    );
    for (const reply of replies) expect(reply.status).toBe(200);
    const texts = bot
      .sent()
      .map((sent) => `${typeof sent.text === "string" ? sent.text : ""}${cardText(cardOf(sent))}`);
    expect(texts).toHaveLength(10);
    for (const text of texts) {
      expect(text).not.toMatch(/changed elsewhere|geändert|went wrong|schiefgegangen/);
    }
    const member = await (await repos()).members.get(TENANT_ID, EMMA.aadObjectId);
    expect(member?.conversation.serviceUrl).toBe(movedServiceUrl);
  });

  it('says "gelöscht" and keeps the typed text when the answer is deleted on another device while an edit is saved', async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    const saved = invokeCard(
      await bot.post(
        executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
          ...buttonData(cardOf(bot.sent()[0]), "Absenden"),
          answer: "Vor dem Löschen gespeichert.",
        }),
      ),
    );
    const editCard = invokeCard(
      await bot.post(executeAction(ANNA, bot.connector.serviceUrl, "answer.edit", buttonData(saved, "Bearbeiten"))),
    );
    const save = buttonData(editCard, "Speichern");
    const answerId = String(save.answerId);

    // The other device's delete lands between the edit's read and its write.
    // The method itself, applied to the spied item below.
    const replace = Object.getOwnPropertyDescriptor(Item.prototype, "replace")?.value as Item["replace"];
    jest.spyOn(Item.prototype, "replace").mockImplementationOnce(async function (this: Item, ...args) {
      await (await repos()).answers.delete(TENANT_ID, answerId, ANNA.aadObjectId);
      return replace.apply(this, args);
    });
    const reply = invokeCard(
      await bot.post(
        executeAction(ANNA, bot.connector.serviceUrl, "answer.saveEdit", {
          ...save,
          answer: "Diese Änderung kam zu spät.",
        }),
      ),
    );
    const text = shownText(reply);
    expect(text).toContain("gelöscht");
    expect(text).toContain("Diese Änderung kam zu spät.");
    expect(text).not.toContain("schiefgegangen");
  });
});
