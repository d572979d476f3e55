import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { formatDateAndTime } from "../../bot/i18n/format";
import { seedOrg } from "../support/org-fixture";
import { buttonData, inputValue, type InvokeBody } from "../support/card-inspection";
import { ANNA, TENANT_ID, executeAction, message, submitAction } from "../support/teams-activities";

describe("staff reflection in Teams", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  const click = async (verb: string, data: Record<string, unknown>) => {
    const answer = await bot.post(executeAction(ANNA, bot.connector.serviceUrl, verb, data));
    expect(answer.status).toBe(200);
    return answer.body as InvokeBody;
  };

  async function sayAndRead(text: string) {
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, text));
    return bot.sent()[0];
  }

  async function askForPrompt() {
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    const card = cardOf(bot.sent()[0]);
    expect(card).toBeDefined();
    return card as Record<string, unknown>;
  }

  it("shows a prompt card with area, dimension, question, answer field and the four buttons", async () => {
    const card = await askForPrompt();
    const text = cardText(card);
    expect(text).toMatch(/LQW · QB \d+ · /);
    expect(text).toMatch(/Begründung|Verfahren|Ergebnisse|Bewertung|Schlussfolgerungen/);
    expect(text).toContain("höchstens 4.000 Zeichen");
    for (const title of ["Absenden", "Überspringen", "Andere Frage", "In 1 Stunde", "Morgen", "Nächste Woche"])
      expect(() => buttonData(card, title)).not.toThrow();
    expect(text).toContain("Hinweis anzeigen");
    expect(text).not.toMatch(/\{clients\}|\{successDefinition\}|\$\{/);
  });

  it("saves an answer and replaces the card with the saved answer, Bearbeiten, Löschen and Meine Antworten", async () => {
    const card = await askForPrompt();
    const submit = buttonData(card, "Absenden");
    const body = await click("answer.submit", {
      ...submit,
      answer: "Wir fragen neue Teilnehmende im Erstgespräch nach ihren Zielen.",
      evidence: "Leitfaden Erstgespräch 2026",
    });
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    const saved = cardText(body.value);
    expect(saved).toContain("Gespeichert – danke!");
    expect(saved).toContain("Wir fragen neue Teilnehmende im Erstgespräch nach ihren Zielen.");
    expect(saved).toContain("Leitfaden Erstgespräch 2026");
    for (const title of ["Bearbeiten", "Löschen", "Meine Antworten"])
      expect(() => buttonData(body.value, title)).not.toThrow();
    // The date and the time of day, in Anna's zone.
    const page = await (
      await bot.services()
    ).repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 50 });
    const stored = page.answers.find((a) => a.text.startsWith("Wir fragen neue Teilnehmende"));
    expect(saved).toMatch(/Gespeichert am \d{1,2}\. \p{L}+ \d{4} um \d\d:\d\d/u);
    expect(saved).toContain(`Gespeichert am ${formatDateAndTime(stored?.createdAt ?? "", "de", "Europe/Berlin")}`);
    const list = cardText(cardOf(await sayAndRead("meine antworten")));
    expect(list).toContain(formatDateAndTime(stored?.createdAt ?? "", "de", "Europe/Berlin"));
  });

  it("reads the answered prompt while it reads the member, not after: a submit waits for the store once before it writes", async () => {
    const card = await askForPrompt();
    const submit = buttonData(card, "Absenden");
    const { repos } = await bot.services();
    const deliveryReads = jest.spyOn(repos.deliveries, "get");
    const basisReads = jest.spyOn(repos.reportBasis, "getRecent");
    const startedBeforeMember: boolean[] = [];
    const recordSighting = repos.members.recordSighting.bind(repos.members);
    jest.spyOn(repos.members, "recordSighting").mockImplementationOnce(async (...args) => {
      startedBeforeMember.push(
        deliveryReads.mock.calls.some(([, id]) => id === submit.deliveryId) && basisReads.mock.calls.length > 0,
      );
      return recordSighting(...args);
    });
    try {
      const body = await click("answer.submit", { ...submit, answer: "Gelesen, während das Mitglied gelesen wird." });
      expect(cardText(body.value)).toContain("Gespeichert – danke!");
      expect(startedBeforeMember).toEqual([true]);
      // Read once: the flow uses the reads it started beside the member's.
      expect(deliveryReads.mock.calls.filter(([, id]) => id === submit.deliveryId)).toHaveLength(1);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it("marks the prompt answered while it writes the answer, not after: a submit waits for the store once after the reads", async () => {
    const card = await askForPrompt();
    const submit = buttonData(card, "Absenden");
    const { repos } = await bot.services();
    const marks = jest.spyOn(repos.deliveries, "markAnswered");
    const markedBeforeWritten: boolean[] = [];
    const saveNew = repos.answers.saveNew.bind(repos.answers);
    jest.spyOn(repos.answers, "saveNew").mockImplementationOnce(async (answer) => {
      const written = saveNew(answer);
      markedBeforeWritten.push(marks.mock.calls.some(([, id]) => id === submit.deliveryId));
      return written;
    });
    try {
      const body = await click("answer.submit", {
        ...submit,
        answer: "Markiert, während die Antwort geschrieben wird.",
      });
      expect(cardText(body.value)).toContain("Gespeichert – danke!");
      expect(markedBeforeWritten).toEqual([true]);
      expect(await repos.deliveries.get(TENANT_ID, String(submit.deliveryId))).toMatchObject({ response: "answered" });
    } finally {
      jest.restoreAllMocks();
    }
  });

  it("stores one answer when the same submit arrives twice (double click, retried delivery)", async () => {
    const card = await askForPrompt();
    const submit = buttonData(card, "Absenden");
    const data = { ...submit, answer: "Doppelt geklickt, einmal gespeichert." };
    const [first, second] = await Promise.all([click("answer.submit", data), click("answer.submit", data)]);
    expect(cardText(first.value)).toContain("Gespeichert");
    expect(cardText(second.value)).toContain("Gespeichert");
    const page = await (
      await bot.services()
    ).repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 50 });
    expect(page.answers.filter((a) => a.text === "Doppelt geklickt, einmal gespeichert.")).toHaveLength(1);
  });

  it.each([
    ["empty", "", "Ihre Antwort ist leer"],
    ["whitespace only", "   \n  ", "Ihre Antwort ist leer"],
    ["too long", "x".repeat(4001), "zu lang"],
  ])(
    "keeps the typed text on the card with a friendly message when the answer is %s",
    async (_case, typed, expected) => {
      const card = await askForPrompt();
      const body = await click("answer.submit", {
        ...buttonData(card, "Absenden"),
        answer: typed,
        evidence: "Protokoll",
      });
      expect(cardText(body.value)).toContain(expected);
      expect(inputValue(body.value, "answer")).toBe(typed);
      expect(inputValue(body.value, "evidence")).toBe("Protokoll");
    },
  );

  it("stores an answer with control characters, non-characters and bare CRs cleaned, and shows the clean text", async () => {
    const card = await askForPrompt();
    const body = await click("answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "Gute\u0007 Erfahrung\u200B mit dem Kurs.\uFFFF\r## Lücken\uFFFE\r\n1. Punkt",
    });
    expect(cardText(body.value)).toContain("Gespeichert");
    const page = await (
      await bot.services()
    ).repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 50 });
    expect(page.answers.map((answer) => answer.text)).toContain("Gute Erfahrung mit dem Kurs.\n## Lücken\n1. Punkt");
  });

  it("answers an Action.Submit (older clients) with the saved card as a new message", async () => {
    const card = await askForPrompt();
    bot.clear();
    await bot.post(
      submitAction(ANNA, bot.connector.serviceUrl, {
        ...buttonData(card, "Absenden"),
        answer: "Über Action.Submit gesendet.",
      }),
    );
    expect(cardText(cardOf(bot.sent()[0]))).toContain("Über Action.Submit gesendet.");
  });

  it("edits an answer, and a racing second edit is told and keeps its text instead of overwriting silently", async () => {
    const card = await askForPrompt();
    const saved = await click("answer.submit", { ...buttonData(card, "Absenden"), answer: "Erste Fassung." });
    const editCard = (await click("answer.edit", buttonData(saved.value, "Bearbeiten"))).value;
    const save = buttonData(editCard, "Speichern");

    const first = await click("answer.saveEdit", { ...save, answer: "Fassung vom Laptop." });
    expect(cardText(first.value)).toContain("Änderung gespeichert");

    const second = await click("answer.saveEdit", { ...save, answer: "Fassung vom Handy." });
    const text = cardText(second.value);
    expect(text).toContain("inzwischen an anderer Stelle geändert");
    expect(text).toContain("Fassung vom Laptop.");
    expect(inputValue(second.value, "answer")).toBe("Fassung vom Handy.");

    const resolved = await click("answer.saveEdit", {
      ...buttonData(second.value, "Speichern"),
      answer: "Fassung vom Handy.",
    });
    expect(cardText(resolved.value)).toContain("Fassung vom Handy.");
  });

  it("deletes an answer after confirmation", async () => {
    const card = await askForPrompt();
    const saved = await click("answer.submit", { ...buttonData(card, "Absenden"), answer: "Wird gleich gelöscht." });
    const confirm = await click("answer.deleteConfirm", buttonData(saved.value, "Löschen"));
    expect(cardText(confirm.value)).toContain("Antwort löschen?");
    const done = await click("answer.delete", buttonData(confirm.value, "Ja, löschen"));
    expect(cardText(done.value)).toContain("Antwort gelöscht.");
    const page = await (
      await bot.services()
    ).repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 50 });
    expect(page.answers.map((a) => a.text)).not.toContain("Wird gleich gelöscht.");
  });

  it("skips and snoozes a prompt, saying when it comes back", async () => {
    let card = await askForPrompt();
    const skipped = await click("prompt.skip", buttonData(card, "Überspringen"));
    expect(cardText(skipped.value)).toContain("Übersprungen");

    card = await askForPrompt();
    const snoozed = await click("prompt.snooze", buttonData(card, "Morgen"));
    expect(cardText(snoozed.value)).toMatch(/Erinnerung am \w+, \d+\. \w+/);
    expect(cardText(snoozed.value)).toContain("Doch jetzt antworten");
    const open = await (await bot.services()).repos.deliveries.listOpenForMember(TENANT_ID, ANNA.aadObjectId);
    expect(open.some((d) => d.response === "snoozed" && d.snoozedUntil)).toBe(true);
  });

  it("offers another question that differs from the declined one", async () => {
    const card = await askForPrompt();
    const declined = cardText(card);
    const another = await click("prompt.another", buttonData(card, "Andere Frage"));
    expect(another.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(another.value)).not.toBe(declined);
  });

  it("lists my answers newest first with paging and an area filter", async () => {
    for (let i = 1; i <= 6; i++) {
      const card = await askForPrompt();
      await click("answer.submit", { ...buttonData(card, "Absenden"), answer: `Antwort Nummer ${i} für die Liste.` });
    }
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "meine antworten"));
    const list = cardOf(bot.sent()[0]);
    const text = cardText(list);
    expect(text).toContain("Meine Antworten");
    expect(text.indexOf("Antwort Nummer 6")).toBeLessThan(text.indexOf("Antwort Nummer 5"));
    const more = await click("answers.list", buttonData(list, "Weitere Antworten"));
    expect(cardText(more.value)).not.toContain("Antwort Nummer 6");

    const filtered = await click("answers.list", { area: "leitbild" });
    const filteredText = cardText(filtered.value);
    // Only Leitbild answers, and at least one: an empty list must not pass.
    const areas = filteredText.match(/· QB \d+/g) ?? [];
    expect(areas.length).toBeGreaterThan(0);
    expect(new Set(areas)).toEqual(new Set(["· QB 1"]));
  });

  it("offers one optional follow-up on evaluation after an answer on results, quoting the answer", async () => {
    // Ask until the rotation brings a results prompt (it moves through the cells of the group).
    let saved: InvokeBody | undefined;
    for (let i = 0; i < 40 && !saved; i++) {
      const card = await askForPrompt();
      if (!/^Ergebnisse$/m.test(cardText(card))) continue;
      saved = await click("answer.submit", {
        ...buttonData(card, "Absenden"),
        answer: "Die Abbruchquote sank von 18 auf 11 Prozent.",
      });
    }
    expect(saved).toBeDefined();
    const followUp = await click("prompt.followUp", buttonData(saved?.value, "Bewertung ergänzen"));
    const text = cardText(followUp.value);
    expect(text).toContain("Beim letzten Mal schrieben Sie");
    expect(text).toContain("Die Abbruchquote sank von 18 auf 11 Prozent.");
    expect(text).toContain("Bewertung");
    const answered = await click("answer.submit", {
      ...buttonData(followUp.value, "Absenden"),
      answer: "Das zeigt, dass die Beratung wirkt.",
    });
    expect(() => buttonData(answered.value, "Bewertung ergänzen")).toThrow();
  });
});
