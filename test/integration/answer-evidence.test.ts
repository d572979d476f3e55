/**
 * Ergebnisse cards name a Nachweis in its own fields (title, date, where filed) and
 * Schlussfolgerungen cards ask whether it is decided or a proposal: over the real Bot Framework
 * HTTP protocol, through the store, back on the saved card and the edit card, and into the draft.
 */
import { PROMPT_CATALOG } from "../../bot/domain/catalog/prompt-catalog";
import type { DimensionId } from "../../bot/domain/quality-models";
import type { Delivery } from "../../bot/domain/delivery";
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValue, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";

const promptOf = (dimension: DimensionId) => {
  const prompt = PROMPT_CATALOG.find(
    (candidate) =>
      candidate.dimension === dimension && candidate.models.includes("lqw") && candidate.part === undefined,
  );
  if (!prompt) throw new Error(`no LQW prompt for ${dimension}`);
  return prompt;
};

describe("Nachweis fields and decided/proposal on the prompt card", () => {
  let bot: BotHarness;
  let deliveries = 0;

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());

  const click = async (user: TestUser, verb: string, data: Record<string, unknown>) => {
    const response = await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data));
    expect(response.status).toBe(200);
    return (response.body as InvokeBody).value;
  };

  /** A delivered prompt of this dimension, opened from the chat as a scheduled card is. */
  async function promptCard(user: TestUser, dimension: DimensionId) {
    const prompt = promptOf(dimension);
    const now = new Date().toISOString();
    const delivery: Delivery = {
      orgId: TENANT_ID,
      deliveryId: `test-evidence-${++deliveries}-${user.aadObjectId}`,
      memberId: user.aadObjectId,
      kind: "onDemand",
      promptId: prompt.id,
      area: prompt.area,
      dimension: prompt.dimension,
      periodKey: now.slice(0, 10),
      dueAt: now,
      state: "sent",
      response: "open",
      attempts: 0,
      sentAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await (await bot.services()).repos.deliveries.recordIfAbsent(delivery);
    return click(user, "prompt.show", { deliveryId: delivery.deliveryId });
  }

  const storedAnswers = async (user: TestUser) =>
    (await (await bot.services()).repos.answers.listForMember(TENANT_ID, user.aadObjectId, { pageSize: 50 })).answers;

  it.each([
    ["German", ANNA, "Nachweis (optional)", "Titel des Dokuments", "Wo ist es abgelegt?", "Absenden"],
    ["English", EMMA, "Evidence (optional)", "Title of the document", "Where is it filed?", "Submit"],
  ])(
    "an Ergebnisse card in %s has labelled title, date and place fields instead of the free evidence line",
    async (_language, user, heading, titleLabel, placeLabel, submit) => {
      const card = await promptCard(user, "results");
      expectValidCard(card);
      const text = cardText(card);
      expect(text).toContain(heading);
      expect(text).toContain(titleLabel);
      expect(text).toContain(placeLabel);
      expect(Object.keys(inputValues(card))).toEqual(
        expect.arrayContaining(["answer", "documentTitle", "documentDate", "documentPlace"]),
      );
      expect(inputValue(card, "evidence")).toBeUndefined();
      expect(inputValue(card, "status")).toBeUndefined();
      expect(() => buttonData(card, submit)).not.toThrow();
    },
  );

  it("stores the Nachweis on the answer, shows it on the saved card and puts it in the draft's Nachweise annex", async () => {
    const card = await promptCard(ANNA, "results");
    const saved = await click(ANNA, "answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "Die Kursleitendenbefragung im November ergab, dass 11 von 18 die Einarbeitung hilfreich fanden.",
      documentTitle: "Auswertung Kursleitendenbefragung",
      documentDate: "11/2026",
      documentPlace: "Intranet > QM > Befragungen",
    });
    expectValidCard(saved);
    expect(cardText(saved)).toContain(
      "Nachweis: Auswertung Kursleitendenbefragung · 11/2026 · abgelegt: Intranet > QM > Befragungen",
    );
    const answer = (await storedAnswers(ANNA)).find((a) => a.text.includes("11 von 18"));
    expect(answer?.documents).toEqual([
      { title: "Auswertung Kursleitendenbefragung", date: "11/2026", place: "Intranet > QM > Befragungen" },
    ]);

    const exportCard = await (async () => {
      bot.clear();
      await bot.post(message(MIRIAM, bot.connector.serviceUrl, "export"));
      return cardOf(bot.sent()[0]);
    })();
    const ready = await click(MIRIAM, "export.create", {
      ...inputValues(exportCard),
      ...buttonData(exportCard, "Dateien erstellen"),
      areas: answer?.area ?? "",
      formats: "markdown",
    });
    const markdown = await (await fetch(linkUrl(ready, "Markdown herunterladen"))).text();
    expect(markdown).toMatch(/Auswertung Kursleitendenbefragung[^\n]*11\/2026[^\n]*Intranet/);
  });

  it("keeps every typed field and asks for a title when only a date and a place were given", async () => {
    const card = await promptCard(ANNA, "results");
    const back = await click(ANNA, "answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "Die Abbruchquote sank auf 8 %.",
      documentDate: "03/2026",
      documentPlace: "Ordner Statistik",
    });
    expectValidCard(back);
    expect(cardText(back)).toContain("Bitte geben Sie dem Nachweis einen Titel");
    expect(inputValue(back, "answer")).toBe("Die Abbruchquote sank auf 8 %.");
    expect(inputValue(back, "documentDate")).toBe("03/2026");
    expect(inputValue(back, "documentPlace")).toBe("Ordner Statistik");
    expect((await storedAnswers(ANNA)).some((a) => a.text === "Die Abbruchquote sank auf 8 %.")).toBe(false);
  });

  it("refuses an overlong title with a message, keeping the text", async () => {
    const card = await promptCard(ANNA, "results");
    const back = await click(ANNA, "answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "Zu langer Titel.",
      documentTitle: "T".repeat(201),
    });
    expect(cardText(back)).toContain("zu lang");
    expect(inputValue(back, "answer")).toBe("Zu langer Titel.");
  });

  it("marks a Schlussfolgerung as a proposal, shows it, offers it again on the edit card and stores the change", async () => {
    const card = await promptCard(ANNA, "conclusions");
    expectValidCard(card);
    expect(cardText(card)).toContain("Ist diese Schlussfolgerung schon beschlossen?");
    expect(inputValue(card, "documentTitle")).toBeUndefined();
    const saved = await click(ANNA, "answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "Wir sollten Hospitationen für alle neuen Kursleitenden verbindlich machen.",
      status: "proposal",
    });
    expect(cardText(saved)).toContain("Schlussfolgerung: Vorschlag (noch nicht beschlossen)");
    const edit = await click(ANNA, "answer.edit", buttonData(saved, "Bearbeiten"));
    expectValidCard(edit);
    expect(inputValue(edit, "status")).toBe("proposal");
    const updated = await click(ANNA, "answer.saveEdit", {
      ...inputValues(edit),
      ...buttonData(edit, "Speichern"),
      status: "decided",
    });
    expect(cardText(updated)).toContain("Schlussfolgerung: beschlossen");
    const answer = (await storedAnswers(ANNA)).find((a) => a.text.startsWith("Wir sollten Hospitationen"));
    expect(answer?.status).toBe("decided");
  });

  it("edits the Nachweis of an Ergebnis and removes it when the title is cleared", async () => {
    const card = await promptCard(ANNA, "results");
    const saved = await click(ANNA, "answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "42 Kurse wurden mit dem neuen Bogen evaluiert.",
      documentTitle: "Evaluationsbericht",
    });
    const edit = await click(ANNA, "answer.edit", buttonData(saved, "Bearbeiten"));
    expect(inputValue(edit, "documentTitle")).toBe("Evaluationsbericht");
    await click(ANNA, "answer.saveEdit", {
      ...inputValues(edit),
      ...buttonData(edit, "Speichern"),
      documentTitle: "Evaluationsbericht 2026",
      documentPlace: "QM-Handbuch, Kap. 5",
    });
    const find = async () => (await storedAnswers(ANNA)).find((a) => a.text.startsWith("42 Kurse"));
    expect((await find())?.documents).toEqual([{ title: "Evaluationsbericht 2026", place: "QM-Handbuch, Kap. 5" }]);
    const again = await click(ANNA, "answer.edit", { answerId: (await find())?.answerId });
    await click(ANNA, "answer.saveEdit", {
      ...inputValues(again),
      ...buttonData(again, "Speichern"),
      documentTitle: "",
      documentPlace: "",
    });
    expect((await find())?.documents).toBeUndefined();
  });

  it("refuses a status that is not one of the two choices", async () => {
    const card = await promptCard(ANNA, "conclusions");
    const body = await click(ANNA, "answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "Gefälschter Status.",
      status: "approvedByBoard",
    });
    expect(JSON.stringify(body)).not.toContain("Gespeichert");
    expect((await storedAnswers(ANNA)).some((a) => a.text === "Gefälschter Status.")).toBe(false);
  });
});
