import { fillPrompt, findPrompt } from "../../bot/domain/catalog/prompt-catalog";
import { formatDateAndTime } from "../../bot/i18n/format";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, JONAS, TENANT_ID, executeAction, installationAdd, message } from "../support/teams-activities";

describe("staff commands", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  const say = async (text: string, user = ANNA) => {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    return bot.sent()[0] ?? {};
  };
  const click = async (verb: string, data: Record<string, unknown>, user = ANNA) =>
    (await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data))).body as InvokeBody;
  const member = async (user = ANNA) => (await bot.services()).repos.members.get(TENANT_ID, user.aadObjectId);

  it("pauses until a date in German or ISO format and resumes", async () => {
    expect((await say("Pause bis 31.12.2026")).text).toContain("bis einschließlich 31. Dezember 2026");
    expect((await member())?.pausedUntil).toBe("2026-12-31");
    expect((await say("fortsetzen")).text).toContain("Willkommen zurück");
    expect((await member())?.pausedUntil).toBeUndefined();
  });

  it("says „fortsetzen“ without a pause is no return, and names when the next question comes either way", async () => {
    const nextQuestion = /Ihre nächste Frage kommt am \p{L}+, \d{1,2}\. \p{L}+ um \d\d:\d\d\./u;
    const notPaused = (await say("fortsetzen")).text ?? "";
    expect(notPaused).toContain("Sie sind nicht pausiert");
    expect(notPaused).not.toContain("Willkommen zurück");
    expect(notPaused).toMatch(nextQuestion);
    await say("pause 2 Wochen");
    const back = (await say("fortsetzen")).text ?? "";
    expect(back).toContain("Willkommen zurück");
    expect(back).toMatch(nextQuestion);
  });

  /** A date from today on, as the member would type it ("15.8.") and as stored. */
  const daysAhead = (days: number) => {
    const iso = new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
    const [, month, day] = iso.split("-").map(Number);
    return { typed: `${day}.${month}.`, iso };
  };

  it("explains a date it does not understand with an example from today on, or one in the past", async () => {
    expect((await say("pause bis irgendwann")).text).toContain(`„pause bis ${daysAhead(14).typed}“`);
    expect((await say("pause bis 01.01.2020")).text).toContain("Vergangenheit");
    // The holiday's own example, not the pause's.
    const vacationHint = (await say("urlaub irgendwann")).text ?? "";
    expect(vacationHint).toContain(`„urlaub vom ${daysAhead(28).typed} bis ${daysAhead(41).typed}“`);
    expect(vacationHint).not.toContain("pause");
  });

  it("pauses for a while: „pause 2 Wochen“ ends thirteen days after today", async () => {
    expect((await say("pause 2 Wochen")).text).toContain("bis einschließlich");
    expect((await member())?.pausedUntil).toBe(daysAhead(13).iso);
    await say("fortsetzen");
  });

  it("records a holiday from today (urlaub bis …) and one ahead (urlaub vom … bis …), and keeps the one ahead on „fortsetzen“", async () => {
    expect((await say("urlaub bis 2027-01-06")).text).toContain("Schönen Urlaub");
    expect((await member())?.vacations).toContainEqual({ from: daysAhead(0).iso, to: "2027-01-06" });
    const [from, to] = [daysAhead(28), daysAhead(41)];
    expect((await say(`urlaub vom ${from.typed} bis ${to.typed}`)).text).toContain("Eingetragen: Urlaub vom");
    expect((await member())?.vacations).toContainEqual({ from: from.iso, to: to.iso });
    await say("fortsetzen");
    expect((await member())?.vacations).toEqual([{ from: from.iso, to: to.iso }]);
  });

  it("switches the language with „sprache en“ and back", async () => {
    expect((await say("sprache en")).text).toBe("I will write to you in English from now on.");
    expect(cardText(cardOf(await say("hilfe")))).toContain("For everyone");
    expect((await say("language de")).text).toBe("Ich schreibe Ihnen ab jetzt auf Deutsch.");
  });

  it("saves settings: group, preferred time, named attribution; refuses an unknown group", async () => {
    const card = cardOf(await say("einstellungen"));
    expect(cardText(card)).toContain("Ihr Arbeitsbereich");
    const refused = await click("settings.save", {
      ...buttonData(card, "Speichern"),
      group: "gibt-es-nicht",
      preferredTime: "09:30",
    });
    expect(cardText(refused.value)).toContain("Diesen Arbeitsbereich gibt es nicht");
    const saved = await click("settings.save", {
      group: "verwaltung",
      preferredTime: "09:30",
      namedAttribution: "true",
      language: "de",
    });
    expect(saved.value).toBe("Einstellungen gespeichert.");
    expect(await member()).toMatchObject({
      group: "verwaltung",
      preferredTime: "09:30",
      consentsToNamedAttribution: true,
    });
  });

  it("asks a new member for group and preferred time right after the welcome (onboarding)", async () => {
    bot.clear();
    await bot.post(installationAdd(JONAS, bot.connector.serviceUrl));
    const texts = bot.sent().map((a) => cardText(cardOf(a)));
    expect(texts[0]).toContain("Willkommen bei lqw-reflect");
    expect(texts[1]).toContain("Kurz einrichten");
    await click("settings.save", { group: "leitung", preferredTime: "08:00" }, JONAS);
    expect((await member(JONAS))?.onboardedAt).toBeDefined();
  });

  it("downloads my data to read (question, area, date and time, answer) and as JSON, without internal ids, through signed links that only work unaltered", async () => {
    await askAndAnswer("Meine Antwort für den Datenexport.");
    const reply = await say("meine daten");
    const url = linkUrl(cardOf(reply), "Zum Lesen herunterladen");
    expect(cardText(cardOf(reply))).toContain("Die Links gelten bis");

    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain(".md");
    const readable = await download.text();
    const { repos } = await bot.services();
    const stored = (await repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 50 })).answers.find(
      (answer) => answer.text === "Meine Antwort für den Datenexport.",
    );
    const prompt = findPrompt(stored?.promptId ?? "");
    const org = await repos.orgs.get(TENANT_ID);
    expect(prompt && org).toBeTruthy();
    const question = fillPrompt(prompt?.text ?? { de: "", en: "" }, org!, "de");
    expect(readable).toContain("# Ihre Daten in lqw-reflect");
    expect(readable).toContain(`### ${formatDateAndTime(stored?.createdAt ?? "", "de", "Europe/Berlin")} · QB `);
    expect(readable).toContain(`**Frage:** ${question}`);
    expect(readable).toContain("Meine Antwort für den Datenexport.");
    expect(readable).toContain("An Sie gesendete Frage");

    const json = await fetch(linkUrl(cardOf(reply), "Als JSON herunterladen"));
    expect(json.headers.get("content-disposition")).toContain(".json");
    const jsonText = await json.text();
    const data = JSON.parse(jsonText) as { answers: { answer: string; question: string; area: string }[] };
    expect(data.answers).toContainEqual(
      expect.objectContaining({
        answer: "Meine Antwort für den Datenexport.",
        question,
        area: expect.stringMatching(/^QB \d+ /),
      }),
    );
    // Ids that mean nothing to Anna are in neither file.
    for (const text of [readable, jsonText])
      for (const id of [ANNA.aadObjectId, TENANT_ID, stored?.answerId ?? "answer:", "delivery:", "promptInstanceId"])
        expect(text).not.toContain(id);

    const tampered = url.replace(/sig=[^&]+/, "sig=AAAA");
    expect((await fetch(tampered)).status).toBe(403);
    const otherExport = url.replace(/\/data-[^?]+/, "/data-someone-else");
    expect((await fetch(otherExport)).status).toBe(403);
  });

  it("deletes all my answers only after confirmation, and an audit entry records it without text", async () => {
    await askAndAnswer("Diese Antwort wird mit allem gelöscht.");
    const confirm = cardOf(await say("alles löschen"));
    expect(cardText(confirm)).toContain("Alle Ihre Antworten löschen?");
    const cancelled = await click("data.deleteAllCancel", buttonData(confirm, "Abbrechen"));
    expect(cardText(cancelled.value)).toContain("Nichts gelöscht.");

    const done = await click("data.deleteAll", buttonData(confirm, "Ja, alles löschen"));
    expect(cardText(done.value)).toMatch(/Erledigt: \d+ Antworten wurden gelöscht\./);
    const { repos } = await bot.services();
    expect((await repos.answers.listForMember(TENANT_ID, ANNA.aadObjectId, { pageSize: 10 })).answers).toHaveLength(0);
    const audit = await repos.audit.list(TENANT_ID, 50);
    const entry = audit.entries.find((e) => e.action === "data.deleted");
    expect(entry).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain("Diese Antwort wird mit allem gelöscht.");
  });

  it("speaks English to an English Teams client throughout the prompt flow", async () => {
    const card = cardOf(await say("prompt", EMMA));
    const text = cardText(card);
    expect(text).toContain("Submit");
    expect(text).toContain("Another question");
    expect(text).toMatch(/LQW · QB \d+ · [A-Z]/);
  });

  async function askAndAnswer(text: string) {
    const card = cardOf(await say("frage"));
    return click("answer.submit", { ...buttonData(card, "Absenden"), answer: text });
  }
});

describe("when the store is unavailable", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness({}, { ownStore: true });
    await seedOrg((await bot.services()).repos);
  });
  afterAll(async () => bot.stop());

  it("says the answer could not be saved and leaves the card (and the typed text) as it is", async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    const card = cardOf(bot.sent()[0]);
    await bot.testStore.server.stop();

    const answer = await bot.post(
      executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
        ...buttonData(card, "Absenden"),
        answer: "Text, der nicht verloren gehen darf.",
      }),
    );
    const body = answer.body as InvokeBody;
    expect(body.type).toBe("application/vnd.microsoft.activity.message");
    expect(body.value).toBe("Konnte nicht gespeichert werden – Ihr Text bleibt erhalten. Bitte erneut senden.");
  });
});
