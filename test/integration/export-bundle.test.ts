/**
 * The Datenpaket from Teams (issue 15 item 10): `export` → "Datenpaket" gives the quality officer
 * the organisation's answers bundle through a signed link that expires, pseudonymised like a
 * draft, and it compiles with `npm run draft`'s own command. Staff and managers cannot get it,
 * and an expired or altered link gives nothing.
 */
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { EXPORT_CONTENT_MAX_CHARS } from "../../bot/domain/export-record";
import { answerId } from "../../bot/domain/ids";
import { parseDraftBundle, type DraftBundle } from "../../bot/drafts/bundle/draft-bundle";
import { runDraftCommand } from "../../functions/local/draft-command";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, choiceValues, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, JONAS, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";
import { fakeClock, type FakeClock } from "./delivery-fixtures";

const NOW = new Date("2026-11-10T10:00:00.000Z");
const MINUTE = 60_000;
const OFFICER_ENV = { BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId };
const JONAS_MAIL = "jonas.weber@vhs-musterstadt.example";
const ANNA_TEXT = `Mit Jonas Weber (${JONAS_MAIL}) haben wir im Oktober 2026 die Wartelisten ausgewertet: 14 Anfragen für Abendkurse.`;
const JONAS_TEXT =
  "Frau Schneider hat die Kursleitendenbefragung im September 2026 ausgewertet: 11 von 18 Rückmeldungen.";
/** Everything that would identify a person or point into the store: none of it may be in a Datenpaket. */
const FORBIDDEN = [
  "Anna",
  "Schneider",
  "Jonas",
  "Weber",
  "Miriam",
  "Köhler",
  JONAS_MAIL,
  ...[ANNA, JONAS, MIRIAM].flatMap((user) => [user.id, user.aadObjectId]),
  TENANT_ID,
  "delivery:",
  "answer:",
];

async function answerPrompt(bot: BotHarness, user: TestUser, text: string): Promise<void> {
  bot.clear();
  await bot.post(message(user, bot.connector.serviceUrl, "frage"));
  const card = cardOf(bot.sent()[0]);
  await bot.post(
    executeAction(user, bot.connector.serviceUrl, "answer.submit", {
      ...buttonData(card, "Absenden"),
      answer: text,
      evidence: "Auswertung Wartelisten 10/2026",
    }),
  );
}

describe("the Datenpaket from the export card", () => {
  let bot: BotHarness;
  let clock: FakeClock;

  beforeAll(async () => {
    clock = fakeClock(NOW);
    bot = await startBotHarness(OFFICER_ENV, { clock });
    await seedOrg((await bot.services()).repos);
    await answerPrompt(bot, ANNA, ANNA_TEXT);
    await answerPrompt(bot, JONAS, JONAS_TEXT);
    await answerPrompt(bot, ANNA, "Neue Kursleitende hospitieren zweimal, bevor sie einen eigenen Kurs übernehmen.");
  });
  afterAll(async () => bot.stop());
  beforeEach(() => {
    clock.set(NOW);
    bot.clear();
  });

  const exportCard = async (user: TestUser = MIRIAM) => {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, "export"));
    return cardOf(bot.sent()[0]);
  };

  const requestExport = async (formats: string, user: TestUser = MIRIAM) => {
    const card = await exportCard();
    const answer = await bot.post(
      executeAction(user, bot.connector.serviceUrl, "export.create", {
        ...inputValues(card),
        ...buttonData(card, "Dateien erstellen"),
        formats,
      }),
    );
    return (answer.body as InvokeBody).value;
  };

  const createdCount = async () =>
    (await (await bot.services()).repos.audit.list(TENANT_ID, 200)).entries.filter(
      (entry) => entry.action === "export.created",
    ).length;

  it("offers the Datenpaket on the export card, in German and in English", async () => {
    const card = await exportCard();
    expect(choiceValues(card, "formats")).toEqual(["docx", "markdown", "bundle"]);
    expect(cardText(card)).toContain("Datenpaket (.json): alle Antworten des Zeitraums aus allen Qualitätsbereichen");
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "language en"));
    try {
      expect(cardText(await exportCard())).toContain("Data package (.json): every answer of the period");
    } finally {
      await bot.post(message(MIRIAM, bot.connector.serviceUrl, "sprache de"));
    }
  });

  it("downloads a pseudonymised bundle that passes the schema and compiles with npm run draft's command", async () => {
    const ready = await requestExport("bundle");
    const text = cardText(ready);
    expect(text).toContain("Ihr Datenpaket ist fertig");
    expect(text).toContain("Antworten im Datenpaket: 3 · Qualitätsbereiche: 11");
    expect(text).toContain("ohne Namen, Teams-IDs und E-Mail-Adressen");

    const response = await fetch(linkUrl(ready, "Datenpaket herunterladen"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(/filename="Datenpaket-2026-11-10\.json"/);
    const raw = await response.text();
    for (const forbidden of FORBIDDEN) expect(raw).not.toContain(forbidden);

    const parsed = parseDraftBundle(JSON.parse(raw));
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    const bundle: DraftBundle = parsed.bundle;
    expect(bundle.organisation).toMatchObject({ name: "VHS Musterstadt", model: "lqw", certification: "first" });
    expect(bundle.answers).toHaveLength(3);
    expect(bundle.members.length).toBeGreaterThanOrEqual(2);
    for (const member of bundle.members) expect(member.id).toMatch(/^Person [0-9A-Z]+$/);
    // A colleague named in an answer (with the title "Frau") is there under their pseudonym, the figures as typed.
    const jonasAnswer = bundle.answers.find((a) => a.text.includes("11 von 18 Rückmeldungen"));
    const annaAnswer = bundle.answers.find((a) => a.text.includes("14 Anfragen für Abendkurse"));
    expect(annaAnswer?.text).toBe(
      `Mit ${jonasAnswer?.memberId} ([E-Mail]) haben wir im Oktober 2026 die Wartelisten ausgewertet: 14 Anfragen für Abendkurse.`,
    );
    expect(jonasAnswer?.text).toBe(
      `${annaAnswer?.memberId} hat die Kursleitendenbefragung im September 2026 ausgewertet: 11 von 18 Rückmeldungen.`,
    );
    expect(annaAnswer?.evidenceNote).toBe("Auswertung Wartelisten 10/2026");

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "datenpaket-"));
    try {
      const file = path.join(dir, "Datenpaket.json");
      await fs.writeFile(file, raw);
      const errors: string[] = [];
      const exit = await runDraftCommand(["--in", file, "--out", path.join(dir, "entwurf")], {
        env: {},
        now: NOW,
        out: () => undefined,
        error: (line) => errors.push(line),
      });
      expect({ exit, errors }).toEqual({ exit: 0, errors: [] });
      const markdown = await fs.readFile(path.join(dir, "entwurf", "draft.md"), "utf8");
      expect(markdown).toContain("14 Anfragen für Abendkurse");
      expect(markdown).toContain("Neue Kursleitende hospitieren zweimal");
      for (const forbidden of FORBIDDEN) expect(markdown).not.toContain(forbidden);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("gives the Datenpaket beside the Word draft when both are chosen, and says what it holds", async () => {
    const ready = await requestExport("docx,bundle");
    const text = cardText(ready);
    expect(text).toContain("Ihr Entwurf ist fertig");
    expect(text).toContain("Das Datenpaket enthält alle Antworten des Zeitraums aus allen Qualitätsbereichen");
    expect((await fetch(linkUrl(ready, "Word herunterladen"))).status).toBe(200);
    const bundle = (await (await fetch(linkUrl(ready, "Datenpaket herunterladen"))).json()) as DraftBundle;
    expect(bundle.answers).toHaveLength(3);
  });

  it("refuses staff and managers, even with a forged card, and records no export", async () => {
    const repos = (await bot.services()).repos;
    await repos.members.update(TENANT_ID, JONAS.aadObjectId, (member) => ({ ...member, roles: ["manager"] }));
    const before = await createdCount();
    for (const user of [ANNA, JONAS]) {
      bot.clear();
      await bot.post(message(user, bot.connector.serviceUrl, "export"));
      expect(bot.sent()[0]?.text).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
      const answer = await bot.post(
        executeAction(user, bot.connector.serviceUrl, "export.create", {
          areas: "leitbild",
          period: "cycle",
          formats: "bundle",
          role: "qualityOfficer",
        }),
      );
      expect(JSON.stringify((answer.body as InvokeBody).value)).toContain("Das können nur Qualitätsbeauftragte");
    }
    expect(await createdCount()).toBe(before);
  });

  it("refuses the link once it has expired, and any altered link, without the file", async () => {
    const link = new URL(linkUrl(await requestExport("bundle"), "Datenpaket herunterladen"));
    const expectRefused = async (url: URL) => {
      const response = await fetch(url);
      expect(response.status).toBe(403);
      const body = await response.text();
      expect(body).not.toContain("organisation");
      expect(body).not.toContain("Person ");
    };
    const altered = (change: (url: URL) => void) => {
      const copy = new URL(link);
      change(copy);
      return copy;
    };
    const signature = link.searchParams.get("sig") ?? "";
    const otherCharacter = signature.endsWith("A") ? "B" : "A";
    await expectRefused(altered((url) => url.searchParams.set("sig", `${signature.slice(0, -1)}${otherCharacter}`)));
    await expectRefused(
      altered((url) => url.searchParams.set("exp", String(Number(url.searchParams.get("exp")) + 86_400))),
    );
    await expectRefused(altered((url) => (url.pathname = url.pathname.replace(/-json$/, "-md"))));
    await expectRefused(altered((url) => (url.pathname = url.pathname.replace(TENANT_ID, "another-tenant"))));
    expect((await fetch(link)).status).toBe(200);

    clock.advance(16 * MINUTE);
    await expectRefused(link);
  });

  it("keeps a Datenpaket larger than one stored record whole", async () => {
    const repos = (await bot.services()).repos;
    const long = "Wir besprechen die Rückmeldungen der Teilnehmenden in jeder Fachbereichssitzung. ".repeat(45);
    // Base64 of the bundle beyond one record's limit: it is stored in parts.
    const count = Math.ceil((EXPORT_CONTENT_MAX_CHARS * 0.75) / long.length) + 20;
    for (let index = 0; index < count; index++) {
      const promptInstanceId = `delivery:2026-09-01:bulk-${index}:${ANNA.aadObjectId}`;
      const createdAt = new Date(NOW.getTime() - (index + 1) * MINUTE).toISOString();
      await repos.answers.saveNew({
        orgId: TENANT_ID,
        answerId: answerId(promptInstanceId, ANNA.aadObjectId),
        promptInstanceId,
        memberId: ANNA.aadObjectId,
        promptId: "evaluation.procedures.all.1",
        model: "lqw",
        area: "evaluation",
        dimension: "procedures",
        text: `${long}(${index + 1})`,
        createdAt,
        updatedAt: createdAt,
        history: [],
      });
    }
    const ready = await requestExport("bundle");
    expect(cardText(ready)).toContain(`Antworten im Datenpaket: ${count + 3}`);
    const raw = await (await fetch(linkUrl(ready, "Datenpaket herunterladen"))).text();
    expect(Buffer.byteLength(raw) * (4 / 3)).toBeGreaterThan(EXPORT_CONTENT_MAX_CHARS);
    const parsed = parseDraftBundle(JSON.parse(raw));
    expect(parsed.ok && parsed.bundle.answers.length).toBe(count + 3);
    expect(raw).toContain(`(${count})`);
  });
});
