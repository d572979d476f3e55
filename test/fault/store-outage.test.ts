import { answerId } from "../../bot/domain/ids";
import { AppError } from "../../bot/errors";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValue, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, TENANT_ID, executeAction, message } from "../support/teams-activities";
import { storeOutage, type StoreOutage } from "./support/store-outage";

/**
 * Lets `owner[name]` run as it is on its next call and keeps that call's promise: a submit writes
 * the answer and marks its delivery at once, and a test makes one of the two wait for the other.
 */
function keepNextCall<T extends object>(owner: T, name: jest.FunctionPropertyNames<Required<T>>) {
  const original = (owner[name] as (...args: unknown[]) => unknown).bind(owner);
  let call: unknown;
  jest.spyOn(owner, name).mockImplementationOnce(((...args: unknown[]) => (call = original(...args))) as never);
  return () => call;
}

const NOT_SAVED = "Konnte nicht gespeichert werden – Ihr Text bleibt erhalten. Bitte erneut senden.";

describe("the Cosmos-compatible server stops mid-turn and comes back", () => {
  let bot: BotHarness;
  let outage: StoreOutage;

  beforeAll(async () => {
    bot = await startBotHarness({}, { ownStore: true });
    await seedOrg((await bot.services()).repos);
    outage = storeOutage(bot.testStore);
  });
  afterAll(async () => bot.stop());
  afterEach(async () => {
    jest.restoreAllMocks();
    if (outage.isDown()) await outage.end();
  });

  const repos = async () => (await bot.services()).repos;

  async function askForPrompt(): Promise<Record<string, unknown>> {
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    const card = cardOf(bot.sent()[0]);
    expect(card).toBeDefined();
    return card as Record<string, unknown>;
  }

  const click = async (verb: string, data: Record<string, unknown>): Promise<InvokeBody> => {
    const answer = await bot.post(executeAction(ANNA, bot.connector.serviceUrl, verb, data));
    expect(answer.status).toBe(200);
    return answer.body as InvokeBody;
  };

  async function answersWithText(text: string) {
    const page = await (await repos()).answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 100 });
    return page.answers.filter((answer) => answer.text === text);
  }

  it("tells the member and leaves the card with the typed text when the store is down between the prompt and the submit; the resubmit after the restart stores one answer", async () => {
    const card = await askForPrompt();
    const button = buttonData(card, "Absenden");
    const submit = {
      ...button,
      answer: "Unser Beratungsleitfaden wurde 2026 mit dem Team überarbeitet.",
      evidence: "Leitfaden v3",
    };
    const deliveryId = String(button.deliveryId);

    await outage.begin();
    const refused = await click("answer.submit", submit);
    // A message, not a card: Teams keeps the clicked card, and with it what the member typed.
    expect(refused.type).toBe("application/vnd.microsoft.activity.message");
    expect(refused.value).toBe(NOT_SAVED);

    await outage.end();
    expect(await answersWithText(submit.answer)).toHaveLength(0);
    expect(await (await repos()).deliveries.get(TENANT_ID, deliveryId)).toMatchObject({ response: "open" });

    const saved = await click("answer.submit", submit);
    expect(cardText(saved.value)).toContain("Gespeichert");
    expect(await answersWithText(submit.answer)).toHaveLength(1);
    expect(await (await repos()).deliveries.get(TENANT_ID, deliveryId)).toMatchObject({ response: "answered" });
  });

  it("gives the prompt card back with the typed text and a notice when the store stops just before the answer is written, with nothing half-written", async () => {
    const card = await askForPrompt();
    const button = buttonData(card, "Absenden");
    const submit = {
      ...button,
      answer: "Wir werten Abbrüche jedes Semester gemeinsam aus.",
      evidence: "Protokoll 03/2026",
    };
    const deliveryId = String(button.deliveryId);
    // The delivery is marked answered while the answer is written; the store stops before both.
    const { answers, deliveries } = await repos();
    let stopped: Promise<void> | undefined;
    const markAnswered = deliveries.markAnswered.bind(deliveries);
    jest.spyOn(deliveries, "markAnswered").mockImplementationOnce(async (...args) => {
      stopped = outage.begin();
      await stopped;
      return markAnswered(...args);
    });
    const saveNew = answers.saveNew.bind(answers);
    jest.spyOn(answers, "saveNew").mockImplementationOnce(async (answer) => {
      await Promise.resolve();
      await stopped;
      return saveNew(answer);
    });

    const kept = await click("answer.submit", submit);
    expect(kept.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(kept.value)).toContain(NOT_SAVED);
    expect(inputValue(kept.value, "answer")).toBe(submit.answer);
    expect(inputValue(kept.value, "evidence")).toBe(submit.evidence);

    await outage.end();
    // What the store held when it went down: the prompt, still open, and no answer.
    expect(await answersWithText(submit.answer)).toHaveLength(0);
    expect(await (await repos()).deliveries.get(TENANT_ID, deliveryId)).toMatchObject({ response: "open" });

    const resent = await click("answer.submit", {
      ...buttonData(kept.value, "Absenden"),
      answer: inputValue(kept.value, "answer"),
      evidence: inputValue(kept.value, "evidence"),
    });
    expect(cardText(resent.value)).toContain("Gespeichert");
    const stored = await answersWithText(submit.answer);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ answerId: answerId(deliveryId, ANNA.aadObjectId), evidence: submit.evidence });
  });

  it("keeps the answer it stored when the store stops right after the write, and a retried submit neither doubles it nor loses the prompt's state", async () => {
    const card = await askForPrompt();
    const button = buttonData(card, "Absenden");
    const submit = { ...button, answer: "Die Teilnehmendenbefragung zeigt höhere Zufriedenheit." };
    const deliveryId = String(button.deliveryId);
    const { answers, deliveries } = await repos();
    const written = keepNextCall(answers, "saveNew");
    const markAnswered = deliveries.markAnswered.bind(deliveries);
    jest.spyOn(deliveries, "markAnswered").mockImplementationOnce(async (...args) => {
      // The mark runs beside the write: the store stops once the answer is in.
      await Promise.resolve();
      await written();
      await outage.begin();
      return markAnswered(...args);
    });

    const saved = await click("answer.submit", submit);
    // The answer is stored: the member is told so, although the bookkeeping after it failed.
    expect(cardText(saved.value)).toContain("Gespeichert");
    expect(bot.logs.join("\n")).toContain('"event":"answer.delivery_not_marked"');

    await outage.end();
    expect(await answersWithText(submit.answer)).toHaveLength(1);

    const retried = await click("answer.submit", submit);
    expect(cardText(retried.value)).toContain("Gespeichert");
    expect(await answersWithText(submit.answer)).toHaveLength(1);
    expect(await (await repos()).deliveries.get(TENANT_ID, deliveryId)).toMatchObject({ response: "answered" });
  });

  it("takes back the delivery's mark as answered when the answer written beside it fails, so the prompt stays open for the resubmit", async () => {
    const card = await askForPrompt();
    const button = buttonData(card, "Absenden");
    const submit = { ...button, answer: "Wir bieten seit März eine offene Sprechstunde an." };
    const deliveryId = String(button.deliveryId);
    const { answers, deliveries } = await repos();
    const before = await deliveries.get(TENANT_ID, deliveryId);
    const marked = keepNextCall(deliveries, "markAnswered");
    jest.spyOn(answers, "saveNew").mockImplementationOnce(async () => {
      // The delivery is marked first, then the write fails (a throttled or timed-out request).
      await Promise.resolve();
      await marked();
      throw new AppError("STORE_UNAVAILABLE", "answer write");
    });

    const kept = await click("answer.submit", submit);
    expect(cardText(kept.value)).toContain(NOT_SAVED);
    expect(inputValue(kept.value, "answer")).toBe(submit.answer);
    expect(await answersWithText(submit.answer)).toHaveLength(0);
    expect(await deliveries.get(TENANT_ID, deliveryId)).toEqual(before);

    const resent = await click("answer.submit", { ...buttonData(kept.value, "Absenden"), answer: submit.answer });
    expect(cardText(resent.value)).toContain("Gespeichert");
    expect(await answersWithText(submit.answer)).toHaveLength(1);
    expect(await deliveries.get(TENANT_ID, deliveryId)).toMatchObject({ response: "answered" });
  });

  it("leaves the prompt marked answered without its answer when the store stops between the mark and the write (a known limit), and the resubmit stores it", async () => {
    const card = await askForPrompt();
    const button = buttonData(card, "Absenden");
    const submit = { ...button, answer: "Die Kursleitenden tauschen sich monatlich aus." };
    const deliveryId = String(button.deliveryId);
    const { answers, deliveries } = await repos();
    const marked = keepNextCall(deliveries, "markAnswered");
    const saveNew = answers.saveNew.bind(answers);
    jest.spyOn(answers, "saveNew").mockImplementationOnce(async (answer) => {
      await Promise.resolve();
      await marked();
      await outage.begin();
      return saveNew(answer);
    });

    const kept = await click("answer.submit", submit);
    expect(cardText(kept.value)).toContain(NOT_SAVED);
    expect(inputValue(kept.value, "answer")).toBe(submit.answer);
    expect(bot.logs.join("\n")).toContain('"event":"answer.delivery_mark_kept"');

    await outage.end();
    expect(await answersWithText(submit.answer)).toHaveLength(0);
    expect(await deliveries.get(TENANT_ID, deliveryId)).toMatchObject({ response: "answered" });

    const resent = await click("answer.submit", { ...buttonData(kept.value, "Absenden"), answer: submit.answer });
    expect(cardText(resent.value)).toContain("Gespeichert");
    expect(await answersWithText(submit.answer)).toHaveLength(1);
  });

  it("tells the member when the store's reply to a written answer is lost, and the resubmit finds the stored answer instead of writing a second", async () => {
    const card = await askForPrompt();
    const submit = { ...buttonData(card, "Absenden"), answer: "Die Lernberatung ist jetzt auch abends erreichbar." };
    const answers = (await repos()).answers;
    const saveNew = answers.saveNew.bind(answers);
    jest.spyOn(answers, "saveNew").mockImplementationOnce(async (answer) => {
      await saveNew(answer);
      // The write reached the store, its acknowledgement did not reach us.
      await outage.begin();
      return saveNew(answer);
    });

    const unsure = await click("answer.submit", submit);
    expect(cardText(unsure.value)).toContain(NOT_SAVED);
    expect(inputValue(unsure.value, "answer")).toBe(submit.answer);

    await outage.end();
    const resent = await click("answer.submit", submit);
    expect(cardText(resent.value)).toContain("Gespeichert");
    expect(await answersWithText(submit.answer)).toHaveLength(1);
  });

  it("keeps an edit's text when the store stops mid-edit, and the edit saved after the restart keeps one earlier version", async () => {
    const card = await askForPrompt();
    const saved = await click("answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: "Erste Fassung zur Evaluation.",
    });
    const editCard = (await click("answer.edit", buttonData(saved.value, "Bearbeiten"))).value;
    const save = { ...buttonData(editCard, "Speichern"), answer: "Zweite Fassung zur Evaluation, mit Zahlen." };
    const answers = (await repos()).answers;
    const edit = answers.edit.bind(answers);
    jest.spyOn(answers, "edit").mockImplementationOnce(async (...args) => {
      await outage.begin();
      return edit(...args);
    });

    const kept = await click("answer.saveEdit", save);
    expect(cardText(kept.value)).toContain(NOT_SAVED);
    expect(inputValue(kept.value, "answer")).toBe(save.answer);

    await outage.end();
    expect(await answersWithText("Erste Fassung zur Evaluation.")).toHaveLength(1);
    // The restarted server gives every document a new ETag (a real account keeps them), so the
    // card's version no longer matches: the member sees the stored version beside the kept text.
    const compared = await click("answer.saveEdit", {
      ...buttonData(kept.value, "Speichern"),
      answer: inputValue(kept.value, "answer"),
    });
    expect(cardText(compared.value)).toContain("inzwischen an anderer Stelle geändert");
    expect(inputValue(compared.value, "answer")).toBe(save.answer);
    const resaved = await click("answer.saveEdit", {
      ...buttonData(compared.value, "Speichern"),
      answer: inputValue(compared.value, "answer"),
    });
    expect(cardText(resaved.value)).toContain("Änderung gespeichert");
    const [edited] = await answersWithText(save.answer);
    expect(edited?.history.map((version) => version.text)).toEqual(["Erste Fassung zur Evaluation."]);
    expect(await answersWithText("Erste Fassung zur Evaluation.")).toHaveLength(0);
  });

  it("answers a typed command with a friendly message while the store is down, and serves it again after the restart", async () => {
    await outage.begin();
    bot.clear();
    expect((await bot.post(message(ANNA, bot.connector.serviceUrl, "meine antworten"))).status).toBe(200);
    const [reply] = bot.sent();
    expect(reply?.text).toMatch(/Fehler-ID: \w+/);
    expect(cardOf(reply)).toBeUndefined();

    await outage.end();
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "meine antworten"));
    expect(cardText(cardOf(bot.sent()[0]))).toContain("Meine Antworten");
  });
});
