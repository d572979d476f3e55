/**
 * The quality officer's Selbstreport basis over the real Bot Framework HTTP protocol: pasted
 * requirement and goal lines, bad lines named one by one with nothing lost, the workshop date,
 * the previous report and the Gutachten's notes, and the drafts compiled with them.
 */
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValue, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, EMMA, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";

const REQUIREMENTS = [
  "1.1; 1; Leitbild gemeinsam erarbeitet und beschlossen",
  "1.2; QB 1; Eigene Definition gelungenen Lernens",
  "5.1\tEvaluation\tKursevaluation mit einheitlichem Rückmeldebogen",
  "8.2; personal; Einführungsgespräch und Einarbeitung",
].join("\n");

async function startWith(cycleKind: "first" | "recertification") {
  const bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: `${MIRIAM.aadObjectId},${EMMA.aadObjectId}` });
  await seedOrg((await bot.services()).repos, {
    cycle: { kind: cycleKind, start: "2026-09-01", selfReportDue: "2027-09-30", testatExpiry: "2028-03-31" },
  });
  return bot;
}

function helpers(bot: () => BotHarness) {
  const say = async (user: TestUser, text: string) => {
    bot().clear();
    await bot().post(message(user, bot().connector.serviceUrl, text));
    const sent = bot().sent()[0];
    return cardOf(sent) ?? sent?.text;
  };
  const click = async (user: TestUser, verb: string, data: Record<string, unknown>) => {
    const response = await bot().post(executeAction(user, bot().connector.serviceUrl, verb, data));
    expect(response.status).toBe(200);
    return (response.body as InvokeBody).value;
  };
  const save = async (user: TestUser, card: unknown, values: Record<string, string>) =>
    click(user, "reportBasis.save", {
      ...inputValues(card),
      ...buttonData(card, user === EMMA ? "Save" : "Speichern"),
      ...values,
    });
  return { say, click, save };
}

describe("Selbstreport basis in a first certification", () => {
  let bot: BotHarness;
  const { say, click, save } = helpers(() => bot);

  beforeAll(async () => {
    bot = await startWith("first");
  });
  afterAll(async () => bot.stop());

  it("refuses staff politely", async () => {
    expect(await say(ANNA, "grundlagen")).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
    const forged = await click(ANNA, "reportBasis.save", { requirements: "1.1; 1; Gefälscht" });
    expect(JSON.stringify(forged)).toContain("Das können nur Qualitätsbeauftragte");
    expect(JSON.stringify(forged)).not.toContain("Fehler-ID");
    expect(await (await bot.services()).repos.reportBasis.get(TENANT_ID)).toBeUndefined();
  });

  it.each([
    ["German", MIRIAM, "grundlagen", "Grundlagen für den Selbstreport", "Anforderungen"],
    ["English", EMMA, "report basis", "Basis for the self-report", "Requirements"],
  ])("shows a valid %s card that asks only for the requirement list", async (_l, user, command, title, label) => {
    const card = await say(user, command);
    expectValidCard(card);
    expect(cardText(card)).toContain(title);
    expect(cardText(card)).toContain(label);
    expect(Object.keys(inputValues(card))).toEqual(["requirements"]);
  });

  it("names each bad line with its number and reason, saves nothing and keeps everything typed", async () => {
    const card = await say(MIRIAM, "grundlagen");
    const typed = `${REQUIREMENTS}\n9.9; QB 14; Unbekannter Bereich\nnur ein Titel ohne Trennzeichen\n1.1; 2; Doppelte Nummer`;
    const back = await save(MIRIAM, card, { requirements: typed });
    expectValidCard(back);
    const text = cardText(back);
    expect(text).toContain("Nichts gespeichert: 3 Zeilen lassen sich nicht lesen");
    expect(text).toContain("Anforderungen, Zeile 5 („9.9; QB 14; Unbekannter Bereich“): unbekannter Qualitätsbereich");
    expect(text).toContain("Zeile 6 („nur ein Titel ohne Trennzeichen“): zu wenige Angaben");
    expect(text).toContain("Zeile 7 („1.1; 2; Doppelte Nummer“): diese Nummer steht schon");
    expect(inputValue(back, "requirements")).toBe(typed);
    expect(await (await bot.services()).repos.reportBasis.get(TENANT_ID)).toBeUndefined();
  });

  it("stores the list (semicolons or tabs, area as number, QB n or name), confirms it and shows it again", async () => {
    const saved = await save(MIRIAM, await say(MIRIAM, "grundlagen"), { requirements: REQUIREMENTS });
    expectValidCard(saved);
    expect(cardText(saved)).toContain("Grundlagen gespeichert");
    expect(cardText(saved)).toContain("4 Anforderungen gespeichert (Qualitätsbereiche: 3)");
    const stored = (await (await bot.services()).repos.reportBasis.get(TENANT_ID))?.value;
    expect(stored?.requirements).toEqual([
      { id: "1.1", area: "leitbild", title: "Leitbild gemeinsam erarbeitet und beschlossen" },
      { id: "1.2", area: "leitbild", title: "Eigene Definition gelungenen Lernens" },
      { id: "5.1", area: "evaluation", title: "Kursevaluation mit einheitlichem Rückmeldebogen" },
      { id: "8.2", area: "personal", title: "Einführungsgespräch und Einarbeitung" },
    ]);
    const again = await click(MIRIAM, "reportBasis.open", buttonData(saved, "Bearbeiten"));
    expect(String(inputValue(again, "requirements"))).toContain("5.1; 5; Kursevaluation mit einheitlichem");
    const audit = await (await bot.services()).repos.audit.list(TENANT_ID, 50);
    const entry = audit.entries.find((e) => e.details.part === "reportBasis");
    expect(entry?.details.requirements).toBe(4);
    expect(JSON.stringify(entry)).not.toContain("Leitbild gemeinsam");
  });

  it("does not overwrite a colleague's newer save unseen: the card comes back with the typed text", async () => {
    const miriamsCard = await say(MIRIAM, "grundlagen");
    const emmasCard = await say(EMMA, "report basis");
    await save(EMMA, emmasCard, { requirements: "2.1; 2; Bedarfe erheben" });
    const back = await save(MIRIAM, miriamsCard, { requirements: "3.1; 3; Schlüsselprozesse beschreiben" });
    expect(cardText(back)).toContain("Eine andere Person hat die Grundlagen inzwischen gespeichert");
    expect(inputValue(back, "requirements")).toBe("3.1; 3; Schlüsselprozesse beschreiben");
    const stored = (await (await bot.services()).repos.reportBasis.get(TENANT_ID))?.value;
    expect(stored?.requirements.map((r) => r.id)).toEqual(["2.1"]);
    await save(MIRIAM, back, {});
    const replaced = (await (await bot.services()).repos.reportBasis.get(TENANT_ID))?.value;
    expect(replaced?.requirements.map((r) => r.id)).toEqual(["3.1"]);
  });
});

describe("Selbstreport basis in a re-certification", () => {
  let bot: BotHarness;
  const { say, click, save } = helpers(() => bot);
  const longReport = `QB 1 Leitbild\n${"Unser Leitbild wurde 2019 gemeinsam erarbeitet. ".repeat(200)}`;

  beforeAll(async () => {
    bot = await startWith("recertification");
  });
  afterAll(async () => bot.stop());

  it("asks for goals, the workshop date, the previous report and the Gutachten's notes too", async () => {
    const card = await say(MIRIAM, "grundlagen");
    expectValidCard(card);
    expect(Object.keys(inputValues(card)).sort()).toEqual(
      ["goals", "lastWorkshopAt", "previousReport", "requirements", "reviewNotes"].sort(),
    );
    expect(cardText(card)).toContain("Am einfachsten senden Sie die Word-Datei (.docx) hier im Chat");
  });

  it("names a goal with an unreadable date and keeps the long report typed", async () => {
    const back = await save(MIRIAM, await say(MIRIAM, "grundlagen"), {
      goals: "Abbruchquote senken; irgendwann",
      previousReport: longReport,
    });
    expect(cardText(back)).toContain("Vereinbarte Entwicklungsziele (QB 11a), Zeile 1");
    expect(cardText(back)).toContain("das Datum ist nicht lesbar");
    expect(inputValue(back, "previousReport")).toBe(longReport);
  });

  it("stores everything, keeps a long report when the card leaves it out, and the draft uses it", async () => {
    const saved = await save(MIRIAM, await say(MIRIAM, "grundlagen"), {
      requirements: REQUIREMENTS,
      goals: "Abbruchquote in Sprachkursen senken; 14.03.2023\nOnline-Anmeldung einführen; 14.03.2023",
      lastWorkshopAt: "2023-03-14",
      previousReport: longReport,
      reviewNotes: "QB 5 (Hinweis): Ergebnisse der Kursevaluation systematisch auswerten.",
    });
    expectValidCard(saved);
    expect(cardText(saved)).toContain("2 Ziele gespeichert");
    expect(cardText(saved)).toContain("14. März 2023");
    const repos = (await bot.services()).repos;
    const stored = (await repos.reportBasis.get(TENANT_ID))?.value;
    expect(stored?.goals).toEqual([
      { id: "11a.1", title: "Abbruchquote in Sprachkursen senken", agreedAt: "2023-03-14" },
      { id: "11a.2", title: "Online-Anmeldung einführen", agreedAt: "2023-03-14" },
    ]);
    expect(stored?.previousReportText).toBe(longReport.trim());

    // The report is too long to go back into a card: the card says it is stored, and saving keeps it.
    const card = await say(MIRIAM, "grundlagen");
    expectValidCard(card);
    expect(inputValue(card, "previousReport")).toBe("");
    expect(cardText(card)).toMatch(/Gespeichert \(\d+ Zeichen\)\. Leer lassen behält ihn/);
    await save(MIRIAM, card, { reviewNotes: "QB 5 (Auflage): Evaluation auswerten." });
    expect((await repos.reportBasis.get(TENANT_ID))?.value.previousReportText).toBe(longReport.trim());

    const exportCard = await say(MIRIAM, "export");
    const ready = await click(MIRIAM, "export.create", {
      ...inputValues(exportCard),
      ...buttonData(exportCard, "Dateien erstellen"),
      formats: "markdown",
    });
    const markdown = await (await fetch(linkUrl(ready, "Markdown herunterladen"))).text();
    expect(markdown).toContain("Leitbild gemeinsam erarbeitet und beschlossen");
    expect(markdown).toContain("Abbruchquote in Sprachkursen senken");
    expect(markdown).toContain("Evaluation auswerten");
  });
});
