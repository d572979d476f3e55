/**
 * No answer text, names, e-mail addresses or phone numbers in logs. Realistic flows of every
 * role (answers with personal data in them, edits, conflicts, refused input, own data, progress,
 * roles, schedule, structured and LLM exports, a store outage) run through the whole app while
 * everything it logs and everything written to stdout, stderr and the console is captured.
 */
import { format } from "node:util";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { startMockOpenAiServer, type MockOpenAiServer } from "../support/mock-openai-server";
import { seedOrg } from "../support/org-fixture";
import { ANNA, JONAS, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";
import { storeOutage } from "../fault/support/store-outage";

const EMAIL = "anna.schneider@vhs-musterstadt.example";
const PARTICIPANT = "Ingrid Sommerfeld";
const PHONE = "0171 2345678";
const SENTENCE = "Im Kurs Deutsch B1 am Dienstagabend brachen drei Teilnehmende wegen Schichtarbeit ab";
const EVIDENCE = "Gesprächsnotiz Sommerfeld vom 14. März";
const EDITED = "Nach dem Gespräch mit der Kursleitung verlegten wir den Kurs auf Samstag";

/** Everything that must never show up in a log line or on the console, member ids included. */
const PERSONAL = [
  EMAIL,
  PARTICIPANT,
  "Sommerfeld",
  PHONE,
  SENTENCE,
  EVIDENCE,
  EDITED,
  ANNA.name,
  "Schneider",
  JONAS.name,
  MIRIAM.name,
  "Köhler",
];
const MEMBER_IDS = [ANNA, JONAS, MIRIAM].flatMap((user) => [user.id, user.aadObjectId]);

/** The only fields the logger lets callers pass (bot/logger.ts), plus what it adds itself. */
const LOG_FIELDS = new Set([
  "time",
  "level",
  "event",
  "code",
  "correlationId",
  "activityType",
  "verb",
  "status",
  "durationMs",
  "count",
  "attempt",
  "container",
  "route",
  "reason",
  "component",
  "url",
]);

describe("personal data in logs", () => {
  let bot: BotHarness;
  let llm: MockOpenAiServer;
  const printed: string[] = [];

  const capture = () => {
    const record = (chunk: unknown) =>
      void printed.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
    jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (record(chunk), true));
    jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (record(chunk), true));
    for (const method of ["log", "info", "warn", "error", "debug"] as const)
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(format(...args)));
  };

  const click = async (user: TestUser, verb: string, data: Record<string, unknown>) =>
    ((await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data))).body as InvokeBody | undefined)?.value;
  const say = async (user: TestUser, text: string) => {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, text));
    return bot.sent();
  };

  beforeAll(async () => {
    capture();
    llm = await startMockOpenAiServer();
    bot = await startBotHarness(
      {
        BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId,
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: llm.openAiBaseUrl,
      },
      { ownStore: true },
    );
    const { repos } = await bot.services();
    await seedOrg(repos, { anonymityThreshold: 2 });
    for (const user of [ANNA, JONAS, MIRIAM]) await say(user, "hallo");
    await repos.members.update(TENANT_ID, JONAS.aadObjectId, (member) => ({ ...member, roles: ["manager"] }));

    // Staff: answers full of personal data, an edit, a conflict, refused and odd input.
    const prompt = cardOf((await say(ANNA, "frage"))[0]);
    const saved = await click(ANNA, "answer.submit", {
      ...buttonData(prompt, "Absenden"),
      answer: `${SENTENCE}; Kontakt: ${PARTICIPANT}, ${PHONE}, ${EMAIL}.`,
      evidence: EVIDENCE,
    });
    const edit = await click(ANNA, "answer.edit", buttonData(saved, "Bearbeiten"));
    await click(ANNA, "answer.saveEdit", { ...buttonData(edit, "Speichern"), answer: `${EDITED}. ${EMAIL}` });
    await click(ANNA, "answer.saveEdit", {
      ...buttonData(edit, "Speichern"),
      answer: `${SENTENCE} – vom Handy. ${PHONE}`,
    });
    const another = cardOf((await say(ANNA, "frage"))[0]);
    await click(ANNA, "answer.submit", { ...buttonData(another, "Absenden"), answer: `${SENTENCE} `.repeat(200) });
    await click(ANNA, "answer.submit", { ...buttonData(another, "Absenden"), answer: `${SENTENCE}\u0007 ${EMAIL}` });
    await click(ANNA, "answer.submit", { deliveryId: "delivery:does-not-exist", answer: `${SENTENCE} ${EMAIL}` });
    await click(ANNA, "no.such.verb", { answer: SENTENCE, name: PARTICIPANT, email: EMAIL });
    await say(ANNA, `Hallo, hier ist ${ANNA.name} (${EMAIL}, ${PHONE}). ${SENTENCE}?`);
    await bot.postRaw(`{"type":"message","text":"${SENTENCE} ${EMAIL}"`);
    await say(ANNA, "meine antworten");
    await say(ANNA, "einstellungen");
    const myData = cardOf((await say(ANNA, "meine daten"))[0]);
    await (await fetch(linkUrl(myData, "Zum Lesen herunterladen"))).text();

    // Manager and quality officer.
    await say(JONAS, "fortschritt");
    await say(MIRIAM, "fortschritt");
    await say(MIRIAM, "rollen schneider");
    await say(MIRIAM, "übersicht");
    await say(MIRIAM, "zustellung");
    await say(MIRIAM, "zeitplan jetzt");
    const form = cardOf((await say(MIRIAM, "export"))[0]);
    const ready = await click(MIRIAM, "export.create", {
      ...inputValues(form),
      ...buttonData(form, "Dateien erstellen"),
      formats: "docx,markdown",
      attribution: "named",
    });
    for (const title of ["Word herunterladen", "Markdown herunterladen"])
      await (await fetch(linkUrl(ready, title))).arrayBuffer();
    // An LLM draft whose first reply fails: the fallback is logged too.
    llm.script({ kind: "serverError", status: 500 }, { kind: "malformed" }, { kind: "malformed" });
    const llmForm = cardOf((await say(MIRIAM, "export"))[0]);
    bot.clear();
    await click(MIRIAM, "export.create", {
      ...inputValues(llmForm),
      ...buttonData(llmForm, "Dateien erstellen"),
      formats: "markdown",
      mode: "llm",
    });
    await bot.connector.waitForSent((activity) => cardText(cardOf(activity)).includes("Ihr Entwurf ist fertig"));

    // The store goes down mid-flow, and comes back.
    const outage = storeOutage(bot.testStore);
    const third = cardOf((await say(ANNA, "frage"))[0]);
    await outage.begin();
    await click(ANNA, "answer.submit", { ...buttonData(third, "Absenden"), answer: `${SENTENCE} ${EMAIL}` });
    await say(ANNA, "meine antworten");
    await outage.end();

    await say(ANNA, "alles löschen");
    await click(ANNA, "data.deleteAll", {});
  }, 120_000);
  afterAll(async () => {
    await bot.stop();
    await llm.stop();
    jest.restoreAllMocks();
  });

  const logText = () => bot.logs.join("\n");

  it("ran the flows it claims to have run (their events are in the log)", () => {
    for (const event of ["turn.failed", "progress.summarized", "delivery.run", "app.started"])
      expect(logText()).toContain(`"event":"${event}"`);
    expect(logText()).toContain('"code":"STORE_UNAVAILABLE"');
    expect(llm.requests.length).toBeGreaterThan(0);
  });

  it.each(PERSONAL.map((value) => [value]))("logs nothing containing %s", (value) => {
    expect(logText()).not.toContain(value);
    expect(printed.join("\n")).not.toContain(value);
  });

  it.each(MEMBER_IDS.map((value) => [value]))("logs no member id (%s)", (value) => {
    expect(logText()).not.toContain(value);
    expect(printed.join("\n")).not.toContain(value);
  });

  it("logs no e-mail address or phone number of any shape", () => {
    for (const text of [logText(), printed.join("\n")]) {
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
      expect(text).not.toMatch(/\b0\d{3}[ /-]?\d{6,8}\b/);
    }
  });

  it("writes only JSON lines with the logger's fields, each value a short scalar", () => {
    expect(bot.logs.length).toBeGreaterThan(5);
    for (const line of bot.logs) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      for (const [field, value] of Object.entries(entry)) {
        expect(LOG_FIELDS.has(field)).toBe(true);
        expect(["string", "number", "boolean"]).toContain(typeof value);
        if (typeof value === "string") expect(value.length).toBeLessThanOrEqual(200);
      }
    }
  });
});
