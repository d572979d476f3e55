import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { buttonData, choiceValues, inputValue, type InvokeBody } from "../support/card-inspection";
import { ANNA, JONAS, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";
import { PROMPT_CATALOG } from "../../bot/domain/catalog/prompt-catalog";
import type { Delivery } from "../../bot/domain/delivery";

/** Answers typed into the chat while a prompt is open, over real HTTP (issue 16, Deliver 3). */
describe("an answer typed into the chat", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  const click = async (user: TestUser, verb: string, data: Record<string, unknown>) => {
    const answer = await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data));
    expect(answer.status).toBe(200);
    return answer.body as InvokeBody;
  };

  async function say(user: TestUser, text: string) {
    bot.clear();
    expect((await bot.post(message(user, bot.connector.serviceUrl, text))).status).toBe(200);
    expect(bot.sent()).toHaveLength(1);
    return bot.sent()[0] as Record<string, unknown>;
  }

  /** Asks for a prompt ("frage") and returns its delivery id and question. */
  async function openPrompt(user: TestUser) {
    const card = cardOf(await say(user, "frage"));
    const { deliveryId } = buttonData(card, "Absenden") as { deliveryId: string };
    const { repos } = await bot.services();
    const delivery = await repos.deliveries.get(TENANT_ID, deliveryId);
    return { deliveryId, promptId: delivery?.promptId ?? "" };
  }

  async function answersOf(user: TestUser) {
    const { repos } = await bot.services();
    return (await repos.answers.listForMember(TENANT_ID, user.aadObjectId, { pageSize: 50 })).answers;
  }

  /** A scheduled prompt the worker delivered to the member, still open. */
  async function deliverScheduled(user: TestUser, promptId: string, minutesAgo: number): Promise<string> {
    const prompt = PROMPT_CATALOG.find((p) => p.id === promptId);
    if (!prompt) throw new Error(promptId);
    const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const delivery: Delivery = {
      orgId: TENANT_ID,
      deliveryId: `scheduled-${user.aadObjectId}-${promptId}`,
      memberId: user.aadObjectId,
      kind: "scheduled",
      promptId,
      area: prompt.area,
      dimension: prompt.dimension,
      periodKey: "2026-W49",
      dueAt: at,
      state: "sent",
      response: "open",
      attempts: 1,
      sentAt: at,
      createdAt: at,
      updatedAt: at,
    };
    await (await bot.services()).repos.deliveries.recordIfAbsent(delivery);
    return delivery.deliveryId;
  }

  it("offers the text as the answer to the open prompt and stores it once on Speichern, even when clicked twice", async () => {
    await openPrompt(JONAS);
    const typed = "Wir sprechen im Erstgespräch über Ziele und schreiben sie ins Kursbuch.";
    const offer = cardOf(await say(JONAS, typed));
    const text = cardText(offer);
    expect(text).toMatch(/^Als Antwort auf „.+“ speichern\?/);
    expect(text).toContain(typed);
    for (const title of ["Speichern", "Bearbeiten", "Nein"]) expect(() => buttonData(offer, title)).not.toThrow();

    const save = buttonData(offer, "Speichern");
    const [first, second] = await Promise.all([click(JONAS, "typed.save", save), click(JONAS, "typed.save", save)]);
    expect(cardText(first.value)).toContain("Gespeichert – danke!");
    expect(cardText(second.value)).toContain("Gespeichert – danke!");
    expect((await answersOf(JONAS)).filter((a) => a.text === typed)).toHaveLength(1);

    // The prompt is answered: a further message is not offered for it.
    const after = cardText(cardOf(await say(JONAS, "Noch ein Gedanke dazu.")));
    expect(after).toContain("Das habe ich leider nicht verstanden.");
  });

  it("stores the typed answer once when Teams redelivers the message and the offer is saved from both cards", async () => {
    await openPrompt(MIRIAM);
    const typed = "Teilnehmende bewerten jeden Kurs am Ende auf einem Bogen.";
    const activity = message(MIRIAM, bot.connector.serviceUrl, typed);
    bot.clear();
    await bot.post(activity);
    await bot.post(activity);
    const offers = bot.sent().map(cardOf);
    expect(offers).toHaveLength(2);
    for (const offer of offers) await click(MIRIAM, "typed.save", buttonData(offer, "Speichern"));
    expect((await answersOf(MIRIAM)).filter((a) => a.text === typed)).toHaveLength(1);
  });

  it("opens the prompt card with the typed text on Bearbeiten, and stores what is then submitted", async () => {
    await openPrompt(JONAS);
    const typed = "Erster Entwurf meiner Antwort";
    const offer = cardOf(await say(JONAS, typed));
    const edit = await click(JONAS, "typed.edit", buttonData(offer, "Bearbeiten"));
    expect(inputValue(edit.value, "answer")).toBe(typed);
    const saved = await click(JONAS, "answer.submit", {
      ...buttonData(edit.value, "Absenden"),
      answer: `${typed}, überarbeitet.`,
    });
    expect(cardText(saved.value)).toContain("Gespeichert");
    expect((await answersOf(JONAS)).map((a) => a.text)).toContain(`${typed}, überarbeitet.`);
  });

  it("keeps the text on Nein, stores nothing, and offers it again with Doch speichern", async () => {
    const { deliveryId } = await openPrompt(JONAS);
    const typed = "Nur eine Notiz für mich.";
    const offer = cardOf(await say(JONAS, typed));
    const no = await click(JONAS, "typed.no", buttonData(offer, "Nein"));
    expect(cardText(no.value)).toContain("Nicht als Antwort gespeichert");
    expect(cardText(no.value)).toContain(typed);
    expect((await answersOf(JONAS)).filter((a) => a.text === typed)).toHaveLength(0);

    const again = await click(JONAS, "typed.offer", buttonData(no.value, "Doch speichern"));
    expect(cardText(again.value)).toContain(typed);
    expect(buttonData(again.value, "Speichern")).toMatchObject({ deliveryId, text: typed });
  });

  it("asks which question when several prompts are open, newest first, and stores to the one chosen", async () => {
    // "frage" closes the member's other open prompts, so the scheduled one is delivered after it (sent earlier).
    const { deliveryId: newest, promptId } = await openPrompt(MIRIAM);
    const older = PROMPT_CATALOG.find((p) => p.id !== promptId && p.area === "evaluation");
    const olderId = await deliverScheduled(MIRIAM, older?.id ?? "", 90);
    const typed = "Das betrifft die ältere Frage.";
    const offer = cardOf(await say(MIRIAM, typed));
    const text = cardText(offer);
    expect(text).toContain("Sie haben mehrere offene Fragen");
    expect(choiceValues(offer, "deliveryId")).toEqual([newest, olderId]);
    expect(inputValue(offer, "deliveryId")).toBe(newest);
    const saved = await click(MIRIAM, "typed.save", { ...buttonData(offer, "Speichern"), deliveryId: olderId });
    expect(cardText(saved.value)).toContain("Gespeichert");
    const stored = (await answersOf(MIRIAM)).find((a) => a.text === typed);
    expect(stored?.promptInstanceId).toBe(olderId);
  });

  it("refuses a typed answer longer than the limit, naming it, and keeps the whole text for shortening", async () => {
    await openPrompt(JONAS);
    const typed = `${"Sehr ausführlich. ".repeat(277)}Ende gut, gut.`;
    expect([...typed].length).toBe(5000);
    const offer = cardOf(await say(JONAS, typed));
    const text = cardText(offer);
    expect(text).toContain("Zu lang für eine Antwort: 5.000 Zeichen, höchstens 4.000");
    expect(() => buttonData(offer, "Speichern")).toThrow();
    const shorten = await click(JONAS, "typed.edit", buttonData(offer, "Kürzen"));
    expect(inputValue(shorten.value, "answer")).toBe(typed);
    // The field takes the whole text: a client cuts nothing at 4,000 without a word.
    expect(JSON.stringify(shorten.value)).not.toContain('"maxLength":4000');
    expect(cardText(shorten.value)).toContain("zu lang");
    expect((await answersOf(JONAS)).filter((a) => a.text.startsWith("Sehr ausführlich."))).toHaveLength(0);
  });

  it.each(["danke", "Vielen Dank!", "thanks :)", "👍", "👍🏽"])(
    "answers a short thanks (%s) with a short friendly reply",
    async (thanks) => {
      await openPrompt(JONAS);
      const reply = await say(JONAS, thanks);
      expect(reply.text).toBe("Gern geschehen! 😊");
    },
  );

  it("answers a message that is neither command nor answer with the hint and the three likeliest commands as buttons", async () => {
    // Anna has no open prompt in this file.
    const reply = cardOf(await say(ANNA, "Wie wird das Wetter morgen?"));
    expect(cardText(reply)).toContain("Das habe ich leider nicht verstanden.");
    const titles = ["Neue Frage", "Meine Antworten", "Hilfe"];
    for (const title of titles) expect(() => buttonData(reply, title)).not.toThrow();
    const ranked = cardOf(await say(ANNA, "meine antwort anzeigen bitte"));
    const first = (ranked?.actions as { title: string }[])[0]?.title;
    expect(first).toBe("Meine Antworten");
  });

  it("answers a Doch speichern without its text (a forged or truncated card) with the card that offers a new question, not an error", async () => {
    // Found by the card-actions fuzz: the empty text made the notice card's schema throw (INTERNAL).
    const body = await click(ANNA, "typed.offer", {});
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(body.value)).not.toContain("Fehler-ID");
  });
});
