/**
 * Every card of the staff and export flows, as the flows render them (German and English),
 * passes the official Adaptive Cards parser: version ≤ 1.5, no errors, under 25 KB.
 */
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { expectValidCard, toggleButtons } from "../support/adaptive-card-validation";
import { buttonData, inputValues, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, MIRIAM, executeAction, message, type TestUser } from "../support/teams-activities";

describe("cards of the staff and export flows", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());

  const say = async (user: TestUser, text: string) => {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    return cardOf(bot.sent()[0]);
  };
  const click = async (user: TestUser, verb: string, data: Record<string, unknown>) =>
    ((await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data))).body as InvokeBody).value;

  it.each([
    [
      "German",
      ANNA,
      "frage",
      "Absenden",
      "Bearbeiten",
      "Löschen",
      "meine antworten",
      "einstellungen",
      "meine daten",
      "alles löschen",
    ],
    ["English", EMMA, "prompt", "Submit", "Edit", "Delete", "my answers", "settings", "my data", "delete my data"],
  ])(
    "are valid in %s: prompt, saved answer, edit, delete confirmation, list, settings, data",
    async (_language, user, ask, submit, edit, remove, list, settings, data, deleteAll) => {
      const prompt = await say(user, ask);
      const saved = await click(user, "answer.submit", {
        ...buttonData(prompt, submit),
        answer: "Wir werten jede Kursevaluation in der Fachbereichskonferenz aus.",
      });
      const editCard = await click(user, "answer.edit", buttonData(saved, edit));
      const confirm = await click(user, "answer.deleteConfirm", buttonData(saved, remove));
      const invalid = await click(user, "answer.submit", { ...buttonData(prompt, submit), answer: " " });
      const cards = [
        prompt,
        saved,
        editCard,
        confirm,
        invalid,
        await say(user, list),
        await say(user, settings),
        await say(user, data),
        await say(user, deleteAll),
      ];
      for (const card of cards) {
        expect(card).toBeDefined();
        expectValidCard(card);
      }
    },
  );

  it.each([
    ["German", ANNA, "frage", "Hinweis anzeigen", "Hinweis ausblenden"],
    ["English", EMMA, "prompt", "Show hint", "Hide hint"],
  ])("„%s“: the hint button says what it does, show and then hide", async (_language, user, ask, show, hide) => {
    const toggles = toggleButtons(await say(user, ask));
    expect(toggles.titles()).toEqual([show]);
    expect(toggles.isShown("guidance")).toBe(false);
    toggles.click(show);
    expect(toggles.isShown("guidance")).toBe(true);
    expect(toggles.titles()).toEqual([hide]);
    toggles.click(hide);
    expect(toggles.isShown("guidance")).toBe(false);
    expect(toggles.titles()).toEqual([show]);
  });

  it("the export request and the ready card are valid", async () => {
    const request = await say(MIRIAM, "export");
    expectValidCard(request);
    const ready = await click(MIRIAM, "export.create", {
      ...inputValues(request),
      ...buttonData(request, "Dateien erstellen"),
    });
    expect(cardText(ready)).toContain("Ihr Entwurf ist fertig");
    expectValidCard(ready);
  });
});
