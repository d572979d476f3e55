import JSZip from "jszip";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, inputValues, linkUrl, type InvokeBody } from "../support/card-inspection";
import { startMockOpenAiServer, type MockOpenAiServer } from "../support/mock-openai-server";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, executeAction, message } from "../support/teams-activities";

const OFFICER_ENV = { BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId };

async function answerSomePrompts(
  bot: BotHarness,
  count: number,
  text = (i: number) => `Wir führen seit März 2026 Erstgespräche mit Zielvereinbarung (Nr. ${i}).`,
) {
  for (let i = 0; i < count; i++) {
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "frage"));
    const card = cardOf(bot.sent()[0]);
    await bot.post(
      executeAction(ANNA, bot.connector.serviceUrl, "answer.submit", {
        ...buttonData(card, "Absenden"),
        answer: text(i),
        evidence: "Gesprächsleitfaden 2026",
      }),
    );
  }
}

describe("draft self-report export", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness(OFFICER_ENV);
    await seedOrg((await bot.services()).repos);
    await answerSomePrompts(bot, 6);
  });
  afterAll(async () => bot.stop());
  beforeEach(() => bot.clear());

  const exportCard = async () => {
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "export"));
    return cardOf(bot.sent()[0]);
  };

  it("refuses staff politely, naming the role, as a refusal and not an error", async () => {
    await bot.post(message(ANNA, bot.connector.serviceUrl, "export"));
    expect(bot.sent()[0]?.text).toBe("Das können nur Qualitätsbeauftragte. Bitte wenden Sie sich an sie.");
  });

  it("ignores a forged export request from a staff member's card", async () => {
    const answer = await bot.post(
      executeAction(ANNA, bot.connector.serviceUrl, "export.create", {
        areas: "leitbild",
        formats: "docx",
        role: "qualityOfficer",
      }),
    );
    expect((answer.body as InvokeBody).value).toContain("Das können nur Qualitätsbeauftragte");
    const audit = await (await bot.services()).repos.audit.list(TENANT_ID, 50);
    expect(audit.entries.filter((e) => e.action === "export.created")).toHaveLength(0);
  });

  it("offers areas, period, formats, attribution and draft mode, and explains that AI prose is not configured", async () => {
    const text = cardText(await exportCard());
    for (const expected of [
      "Qualitätsbereiche",
      "Ganzer Zyklus",
      "Word (.docx, Quellen als Kommentare)",
      "Markdown (.md)",
      "Pseudonym (Standard)",
      "Fließtext mit KI ist nicht eingerichtet",
    ])
      expect(text).toContain(expected);
  });

  it("compiles a structured draft as Word and Markdown with sources, gaps and the draft note, downloadable once signed", async () => {
    const card = await exportCard();
    const result = (
      await bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
          ...inputValues(card),
          ...buttonData(card, "Dateien erstellen"),
          areas:
            "leitbild,bedarfserschliessung,schluesselprozesse,kernprozess,evaluation,infrastruktur,fuehrung,personal,controlling,kundenkommunikation,strategische_entwicklungsziele",
          period: "cycle",
          formats: "docx,markdown",
          attribution: "pseudonymous",
          mode: "structured",
          language: "de",
        }),
      )
    ).body as InvokeBody;
    const ready = cardText(result.value);
    expect(ready).toContain("Ihr Entwurf ist fertig");
    expect(ready).toContain("Ausgewertet: 6 · Qualitätsbereiche: 11");

    const markdown = await (await fetch(linkUrl(result.value, "Markdown herunterladen"))).text();
    expect(markdown).toContain("Entwurf – zur Bearbeitung");
    expect(markdown).toContain("QB 1");
    expect(markdown).toMatch(/Wir führen seit März 2026 Erstgespräche mit Zielvereinbarung/);
    expect(markdown).toContain("Gesprächsleitfaden 2026");
    expect(markdown).not.toContain("Anna Schneider");

    const docxResponse = await fetch(linkUrl(result.value, "Word herunterladen"));
    expect(docxResponse.status).toBe(200);
    expect(docxResponse.headers.get("content-type")).toContain("wordprocessingml");
    const zip = await JSZip.loadAsync(Buffer.from(await docxResponse.arrayBuffer()));
    const documentXml = await zip.file("word/document.xml")?.async("string");
    expect(documentXml).toContain("Erstgespräche mit Zielvereinbarung");
    expect(await zip.file("word/comments.xml")?.async("string")).toContain("Person");

    const audit = await (await bot.services()).repos.audit.list(TENANT_ID, 50);
    const created = audit.entries.find((e) => e.action === "export.created");
    expect(created?.actorMemberId).toBe(MIRIAM.aadObjectId);
    expect(JSON.stringify(created)).not.toContain("Erstgespräche");
  });

  it("offers the copy for the Gutachter: the organisation's text without sources, markers or points to clarify", async () => {
    const card = await exportCard();
    expect(cardText(card)).toContain("Für Gutachter: ohne Quellen und Klärungsbedarf");
    const create = (variant: string) =>
      bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
          ...inputValues(card),
          ...buttonData(card, "Dateien erstellen"),
          formats: "docx,markdown",
          variant,
        }),
      );
    const working = ((await create("working")).body as InvokeBody).value;
    const reviewer = ((await create("reviewer")).body as InvokeBody).value;
    const workingMarkdown = await (await fetch(linkUrl(working, "Markdown herunterladen"))).text();
    const reviewerResponse = await fetch(linkUrl(reviewer, "Markdown herunterladen"));
    expect(reviewerResponse.headers.get("content-disposition")).toContain("Selbstreport-fuer-Gutachter");
    const reviewerMarkdown = await reviewerResponse.text();
    expect(workingMarkdown).toContain("### Quellen");
    expect(workingMarkdown).toContain("| A1 | Person");
    expect(reviewerMarkdown).toMatch(/Wir führen seit März 2026 Erstgespräche mit Zielvereinbarung/);
    expect(reviewerMarkdown).not.toContain("### Quellen");
    expect(reviewerMarkdown).not.toContain("| A1 |");
    expect(reviewerMarkdown).not.toMatch(/Person \d/);
    const zip = await JSZip.loadAsync(
      Buffer.from(await (await fetch(linkUrl(reviewer, "Word herunterladen"))).arrayBuffer()),
    );
    expect(await zip.file("word/document.xml")?.async("string")).toContain("Erstgespräche mit Zielvereinbarung");
    expect(await zip.file("word/comments.xml")?.async("string")).not.toContain("Person");
  });

  it("leaves deleted answers out of drafts compiled afterwards", async () => {
    await answerSomePrompts(bot, 1, () => "Diese Aussage wird gelöscht und darf nie im Entwurf stehen.");
    bot.clear();
    await bot.post(message(ANNA, bot.connector.serviceUrl, "alles löschen"));
    await bot.post(executeAction(ANNA, bot.connector.serviceUrl, "data.deleteAll", {}));
    const card = await exportCard();
    const result = (
      await bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
          ...inputValues(card),
          ...buttonData(card, "Dateien erstellen"),
          formats: "markdown",
        }),
      )
    ).body as InvokeBody;
    const markdown = await (await fetch(linkUrl(result.value, "Markdown herunterladen"))).text();
    expect(markdown).not.toContain("darf nie im Entwurf stehen");
  });

  describe("when Teams delivers the same request again (issue 18 item 10)", () => {
    const createdCount = async () =>
      (await (await bot.services()).repos.audit.list(TENANT_ID, 200)).entries.filter(
        (entry) => entry.action === "export.created",
      ).length;
    const request = async () => {
      const card = await exportCard();
      return executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
        ...inputValues(card),
        ...buttonData(card, "Dateien erstellen"),
        formats: "markdown",
      });
    };
    const markdownOf = async (body: InvokeBody) => (await fetch(linkUrl(body.value, "Markdown herunterladen"))).text();

    it("shows the draft of the first delivery on a redelivery, without compiling a second one", async () => {
      const activity = await request();
      const before = await createdCount();
      const first = (await bot.post(activity)).body as InvokeBody;
      const again = (await bot.post(activity)).body as InvokeBody;
      expect(await createdCount()).toBe(before + 1);
      expect(cardText(first.value)).toContain("Ihr Entwurf ist fertig");
      expect(cardText(again.value)).toBe(cardText(first.value));
      expect(await markdownOf(again)).toBe(await markdownOf(first));
    });

    it("makes one job when two deliveries arrive at once, and answers both", async () => {
      const activity = await request();
      const before = await createdCount();
      const replies = await Promise.all([bot.post(activity), bot.post(activity)]);
      expect(await createdCount()).toBe(before + 1);
      // A card, or the invoke's message text.
      const texts = replies.map(({ body }) => {
        const { value } = body as InvokeBody;
        return typeof value === "string" ? value : cardText(value);
      });
      expect(texts.some((text) => text.includes("Ihr Entwurf ist fertig"))).toBe(true);
      for (const text of texts) expect(text).toMatch(/Ihr Entwurf ist fertig|Dieser Entwurf wird gerade erstellt/);
    });

    it("compiles a new draft for a new request with the same choices", async () => {
      const before = await createdCount();
      await bot.post(await request());
      await bot.post(await request());
      expect(await createdCount()).toBe(before + 2);
    });
  });

  it("asks again, keeping the choices, when the custom period ends before it starts", async () => {
    const card = await exportCard();
    const result = (
      await bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
          ...inputValues(card),
          ...buttonData(card, "Dateien erstellen"),
          period: "range",
          from: "2027-01-01",
          to: "2026-01-01",
          formats: "markdown",
        }),
      )
    ).body as InvokeBody;
    expect(cardText(result.value)).toContain("Bitte geben Sie einen gültigen Zeitraum an");
  });
});

describe("LLM draft export", () => {
  let bot: BotHarness;
  let llm: MockOpenAiServer;

  beforeAll(async () => {
    llm = await startMockOpenAiServer();
    bot = await startBotHarness({ ...OFFICER_ENV, OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: llm.openAiBaseUrl });
    await seedOrg((await bot.services()).repos);
    await answerSomePrompts(
      bot,
      3,
      (i) => `Frau Schneider (anna.schneider@vhs-musterstadt.example, 0171 2345678) hat Kurs ${i} evaluiert.`,
    );
  });
  afterAll(async () => {
    await bot.stop();
    await llm.stop();
  });

  it("acknowledges at once, finishes after the turn with a proactive card, and sends no personal data to the LLM", async () => {
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "export"));
    const card = cardOf(bot.sent()[0]);
    expect(cardText(card)).toContain("Fließtext mit KI");
    const answer = (
      await bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
          ...inputValues(card),
          ...buttonData(card, "Dateien erstellen"),
          mode: "llm",
          formats: "markdown",
        }),
      )
    ).body as InvokeBody;
    expect(answer.value).toContain("Ihr Entwurf wird erstellt");

    const ready = await bot.connector.waitForSent((activity) =>
      cardText(cardOf(activity)).includes("Ihr Entwurf ist fertig"),
    );
    const markdown = await (await fetch(linkUrl(cardOf(ready), "Markdown herunterladen"))).text();
    expect(markdown).toContain("Entwurf – zur Bearbeitung");
    expect(llm.requests.length).toBeGreaterThan(0);
    for (const request of llm.requests) {
      expect(request.rawBody).not.toContain("anna.schneider@vhs-musterstadt.example");
      expect(request.rawBody).not.toContain("0171 2345678");
    }
  });
});

describe("a structured draft too large to finish while Teams waits", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    // 0 s in the turn stands in for an organisation whose draft takes longer than the budget.
    bot = await startBotHarness({ ...OFFICER_ENV, EXPORT_IN_TURN_SECONDS: "0" });
    await seedOrg((await bot.services()).repos);
    await answerSomePrompts(bot, 2);
  });
  afterAll(async () => bot.stop());

  it("answers at once that it takes longer, then sends the ready card to the chat with working links", async () => {
    bot.clear();
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "export"));
    const card = cardOf(bot.sent()[0]);
    const answer = (
      await bot.post(
        executeAction(MIRIAM, bot.connector.serviceUrl, "export.create", {
          ...inputValues(card),
          ...buttonData(card, "Dateien erstellen"),
          formats: "markdown",
          mode: "structured",
        }),
      )
    ).body as InvokeBody;
    expect(answer.value).toContain("Das dauert bei so vielen Antworten etwas länger");

    const ready = await bot.connector.waitForSent((activity) =>
      cardText(cardOf(activity)).includes("Ihr Entwurf ist fertig"),
    );
    expect(cardText(cardOf(ready))).toContain("Ausgewertet: 2");
    const markdown = await (await fetch(linkUrl(cardOf(ready), "Markdown herunterladen"))).text();
    expect(markdown).toMatch(/Wir führen seit März 2026 Erstgespräche mit Zielvereinbarung/);
  });
});
