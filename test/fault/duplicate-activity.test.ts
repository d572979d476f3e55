/**
 * Teams redelivers an activity (same id) when our answer was slow or lost. Each redelivery must
 * converge on what the first did: one answer, one prompt, one deletion.
 */
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, TENANT_ID, executeAction, message, submitAction } from "../support/teams-activities";

describe("the same activity delivered twice", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  const repos = async () => (await bot.services()).repos;

  async function askForPrompt(): Promise<Record<string, unknown>> {
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    return cardOf(bot.sent()[0]) as Record<string, unknown>;
  }

  async function answersWithText(text: string) {
    const page = await (await repos()).answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 100 });
    return page.answers.filter((answer) => answer.text === text);
  }

  it("stores one answer when the same submit activity arrives twice, one after the other, and confirms both", async () => {
    const activity = executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
      ...buttonData(await askForPrompt(), "Absenden"),
      answer: "Redelivered once after a timeout.",
    });
    const first = (await bot.post(activity)).body as InvokeBody;
    const again = (await bot.post(activity)).body as InvokeBody;
    expect(cardText(first.value)).toContain("Gespeichert");
    expect(cardText(again.value)).toContain("Gespeichert");
    expect(await answersWithText("Redelivered once after a timeout.")).toHaveLength(1);
  });

  it("stores one answer when the same submit activity arrives three times at once", async () => {
    const activity = executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
      ...buttonData(await askForPrompt(), "Absenden"),
      answer: "Dreimal zugestellt, einmal gespeichert.",
    });
    const replies = await Promise.all([bot.post(activity), bot.post(activity), bot.post(activity)]);
    for (const reply of replies) expect(cardText((reply.body as InvokeBody).value)).toContain("Gespeichert");
    expect(await answersWithText("Dreimal zugestellt, einmal gespeichert.")).toHaveLength(1);
  });

  it("stores one answer when an Action.Submit (older clients) arrives twice", async () => {
    const activity = submitAction(ANNA, bot.connector.serviceUrl, {
      ...buttonData(await askForPrompt(), "Absenden"),
      answer: "Über Action.Submit, doppelt zugestellt.",
    });
    await bot.post(activity);
    await bot.post(activity);
    expect(await answersWithText("Über Action.Submit, doppelt zugestellt.")).toHaveLength(1);
  });

  it("confirms an edit that arrives twice without a false conflict: one new version, one earlier version in the history", async () => {
    const saved = (
      await bot.post(
        executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
          ...buttonData(await askForPrompt(), "Absenden"),
          answer: "Vor der Änderung.",
        }),
      )
    ).body as InvokeBody;
    const editCard = (
      (
        await bot.post(
          executeAction(ANNA, bot.connector.serviceUrl, "answer.edit", buttonData(saved.value, "Bearbeiten")),
        )
      ).body as InvokeBody
    ).value;
    const edit = executeAction(ANNA, bot.connector.serviceUrl, "answer.saveEdit", {
      ...buttonData(editCard, "Speichern"),
      answer: "Nach der Änderung.",
    });
    expect(cardText(((await bot.post(edit)).body as InvokeBody).value)).toContain("Änderung gespeichert");
    // The redelivery carries the ETag of the version before the edit; the stored text is already its own.
    expect(cardText(((await bot.post(edit)).body as InvokeBody).value)).toContain("Änderung gespeichert");
    const [edited] = await answersWithText("Nach der Änderung.");
    expect(edited?.history.map((version) => version.text)).toEqual(["Vor der Änderung."]);
  });

  it('opens one prompt when the same "frage" message arrives twice: both replies show the same prompt', async () => {
    const activity = message(ANNA, bot.connector.serviceUrl, "frage");
    await bot.post(activity);
    await bot.post(activity);
    const [first, second] = bot.sent().map((sent) => buttonData(cardOf(sent), "Absenden"));
    expect(first?.deliveryId).toBeDefined();
    expect(second?.deliveryId).toBe(first?.deliveryId);
    const open = await (await repos()).deliveries.listOpenForMember(TENANT_ID, ANNA.aadObjectId);
    expect(open.map((delivery) => delivery.deliveryId)).toEqual([first?.deliveryId]);
  });

  it('replaces the prompt once when the same "Andere Frage" click arrives twice', async () => {
    const card = await askForPrompt();
    const activity = executeAction(ANNA, bot.connector.serviceUrl, "prompt.another", buttonData(card, "Andere Frage"));
    const first = ((await bot.post(activity)).body as InvokeBody).value;
    const second = ((await bot.post(activity)).body as InvokeBody).value;
    expect(buttonData(second, "Absenden").deliveryId).toBe(buttonData(first, "Absenden").deliveryId);
    const open = await (await repos()).deliveries.listOpenForMember(TENANT_ID, ANNA.aadObjectId);
    expect(open).toHaveLength(1);
  });

  it("deletes once and confirms twice when the delete click arrives twice", async () => {
    const saved = (
      await bot.post(
        executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
          ...buttonData(await askForPrompt(), "Absenden"),
          answer: "Wird doppelt gelöscht.",
        }),
      )
    ).body as InvokeBody;
    const confirm = (
      (
        await bot.post(
          executeAction(ANNA, bot.connector.serviceUrl, "answer.deleteConfirm", buttonData(saved.value, "Löschen")),
        )
      ).body as InvokeBody
    ).value;
    const activity = executeAction(ANNA, bot.connector.serviceUrl, "answer.delete", buttonData(confirm, "Ja, löschen"));
    for (let i = 0; i < 2; i++)
      expect(cardText(((await bot.post(activity)).body as InvokeBody).value)).toContain("Antwort gelöscht.");
    expect(await answersWithText("Wird doppelt gelöscht.")).toHaveLength(0);
  });
});
