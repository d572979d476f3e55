import { createLlmDrafter } from "../../bot/drafts/llm";
import type { LlmDrafterOptions, LlmSettings } from "../../bot/drafts/llm";
import type { DraftResult, DraftSection } from "../../bot/drafts/draft";
import { renderMarkdown } from "../../bot/drafts/render-markdown";
import { startMockOpenAiServer, type MockOpenAiServer } from "../support/mock-openai-server";
import { ANSWERS, answer, draftInput, MEMBERS } from "../unit/drafts/draft-fixture";

const AZURE_DEPLOYMENT = "selbstreport-drafts";
const AZURE_API_VERSION = "2024-10-21";

// Personal data planted in answers: none of it may reach the LLM.
const PERSONAL_ANSWER = answer(
  "aad-anna",
  "bedarfserschliessung",
  "evaluation",
  "Anna Schneider und Bernd Köhler finden die Auswertung hilfreich; Rückfragen an anna.schneider@vhs-nordstadt.de oder 0511 / 16 83 42.",
  "2025-04-10T09:00:00Z",
);
const PERSONAL_DATA = [
  "Anna",
  "Schneider",
  "Bernd",
  "Köhler",
  "anna.schneider@vhs-nordstadt.de",
  "16 83 42",
  "aad-",
  "answer:",
];

const clients: {
  name: string;
  settings: (mock: MockOpenAiServer) => LlmSettings;
  expectAuth: (request: MockOpenAiServer["requests"][number]) => void;
}[] = [
  {
    name: "OpenAI",
    settings: (mock) => ({ kind: "openai", apiKey: "sk-test-key", model: "gpt-4o-mini", baseUrl: mock.openAiBaseUrl }),
    expectAuth: (request) => {
      expect(request.path).toBe("/v1/chat/completions");
      expect(request.headers.authorization).toBe("Bearer sk-test-key");
      expect(request.body.model).toBe("gpt-4o-mini");
    },
  },
  {
    name: "Azure OpenAI",
    settings: (mock) => ({
      kind: "azure",
      endpoint: mock.url,
      deployment: AZURE_DEPLOYMENT,
      apiVersion: AZURE_API_VERSION,
      apiKey: "azure-key",
    }),
    expectAuth: (request) => {
      expect(request.path).toBe(`/openai/deployments/${AZURE_DEPLOYMENT}/chat/completions`);
      expect(request.query["api-version"]).toBe(AZURE_API_VERSION);
      expect(request.headers["api-key"]).toBe("azure-key");
    },
  },
];

function needsAssessment(draft: DraftResult): DraftSection {
  const section = draft.sections.find((candidate) => candidate.area === "bedarfserschliessung");
  if (!section) throw new Error("no QB 2 section");
  return section;
}

function sentences(section: DraftSection): string[] {
  return section.parts.flatMap((p) =>
    p.topics
      .flatMap((topic) => topic.blocks)
      .flatMap((b) => b.paragraphs.flatMap((q) => q.statements.map((s) => s.text))),
  );
}

describe.each(clients)("LLM drafter through the $name client", ({ settings, expectAuth }) => {
  let mock: MockOpenAiServer;
  let waits: number[];

  beforeAll(async () => {
    mock = await startMockOpenAiServer();
  });
  afterAll(async () => mock.stop());
  beforeEach(() => {
    mock.clear();
    waits = [];
  });

  function drafter(options: LlmDrafterOptions = {}) {
    return createLlmDrafter(settings(mock), {
      concurrency: 1,
      wait: async (ms) => void waits.push(ms),
      ...options,
    });
  }

  // QB 2 has statements for rationale, procedures, results and evaluation: four calls when all goes well.
  const input = draftInput({ areas: ["bedarfserschliessung"], answers: [...ANSWERS, PERSONAL_ANSWER] });

  it("drafts prose per dimension in which every sentence cites its sources, and both writers render it", async () => {
    const draft = await drafter().compile(input);
    const section = needsAssessment(draft);

    expect(mock.requests).toHaveLength(4);
    for (const request of mock.requests) {
      expectAuth(request);
      expect(request.body.response_format).toMatchObject({
        type: "json_schema",
        json_schema: { name: "draft_paragraphs", strict: true },
      });
    }
    expect(section.origin).toBe("llm");
    expect(section.notes).toEqual([
      "KI-Entwurf aus den Aussagen der Mitarbeitenden: Bitte jeden Satz an den genannten Quellen prüfen.",
    ]);
    expect(sentences(section)).toContain(
      "Wir halten fest: Die Verwaltung zählt Wartelisten je Kurs und meldet volle Kurse an die Fachbereiche.",
    );
    const keys = new Set(section.sources.map((source) => source.key));
    for (const statement of section.parts.flatMap((p) =>
      p.topics.flatMap((topic) => topic.blocks).flatMap((b) => b.paragraphs.flatMap((q) => q.statements)),
    )) {
      expect(statement.sourceKeys.length).toBeGreaterThan(0);
      expect(statement.sourceKeys.every((key) => keys.has(key))).toBe(true);
    }
    expect(section.gaps.filter((gap) => gap.rule.startsWith("coverage.")).map((gap) => gap.dimension)).toEqual([
      "rationale",
      "results",
      "evaluation",
      "conclusions",
    ]);
    expect(draft.notes).toEqual([]);
    expect(renderMarkdown(draft)).toMatch(/Wir halten fest: Die Verwaltung zählt Wartelisten .*\[\^A\d+\]/);
  });

  it("gives the LLM each wording of a merged statement with its own source, not the compiler's merge", async () => {
    await drafter().compile(input);
    const sent = mock.requests.flatMap((request) => mock.statementsOf(request));
    const telephone = sent.filter((statement) => statement.text.includes("Infotelefon"));
    expect(telephone.map((statement) => statement.text).sort()).toEqual([
      "Wir werten zweimal im Jahr die Anfragen am Infotelefon aus und besprechen sie in der Programmkonferenz.",
      "Zweimal im Jahr werten wir die Anfragen am Infotelefon aus und besprechen sie in der Programmkonferenz.",
    ]);
    expect(telephone.every((statement) => statement.ids.length === 1)).toBe(true);
    expect(new Set(telephone.flatMap((statement) => statement.ids)).size).toBe(2);
  });

  it("sends no names, e-mail addresses, phone numbers or internal ids to the LLM", async () => {
    await drafter().compile(input);
    const sent = mock.requests.map((request) => request.rawBody).join("\n");
    for (const personal of PERSONAL_DATA) expect(sent).not.toContain(personal);
    expect(sent).toContain("Person 1 und Person 2 finden die Auswertung hilfreich");
    expect(sent).toContain("[E-Mail]");
    expect(sent).toContain("[Telefon]");
    expect([...MEMBERS.keys()].some((memberId) => sent.includes(memberId))).toBe(false);
  });

  it("accepts a reply that cites its sources on the second try", async () => {
    mock.script({ kind: "unknownId" }, { kind: "cited" });
    const draft = await drafter().compile(input);
    expect(needsAssessment(draft).origin).toBe("llm");
    expect(mock.requests).toHaveLength(5);
    const retry = mock.requests[1]?.body.messages ?? [];
    expect(retry[retry.length - 1]?.content).toContain("Deine vorige Antwort wurde verworfen (unknown ids: A999)");
  });

  it("falls back to the structured section with a note when a reply cites an unknown id twice", async () => {
    mock.script({ kind: "unknownId" }, { kind: "unknownId" });
    const draft = await drafter().compile(input);
    const section = needsAssessment(draft);
    expect(mock.requests).toHaveLength(2);
    expect(section.origin).toBe("structured");
    expect(section.notes).toEqual([
      "Der KI-Entwurf für diesen Bereich wurde verworfen, weil Quellenangaben fehlten; hier steht die strukturierte Fassung.",
    ]);
    expect(sentences(section)).toContain(
      "Die Verwaltung zählt Wartelisten je Kurs und meldet volle Kurse an die Fachbereiche.",
    );
    expect(sentences(section).some((text) => text.startsWith("Wir halten fest"))).toBe(false);
    expect(draft.notes).toEqual([
      expect.stringMatching(/^QB 2 · Bedarfserschließung: Der KI-Entwurf für diesen Bereich wurde verworfen/),
    ]);
  });

  it("falls back when a sentence cites nothing, even after the retry", async () => {
    mock.script({ kind: "cited" }, { kind: "uncited" }, { kind: "uncited" });
    const section = needsAssessment(await drafter().compile(input));
    expect(mock.requests).toHaveLength(3);
    expect(section.origin).toBe("structured");
    expect(section.notes[0]).toContain("weil Quellenangaben fehlten");
  });

  it("falls back when the reply is not valid JSON twice", async () => {
    mock.script({ kind: "malformed" }, { kind: "malformed" });
    const section = needsAssessment(await drafter().compile(input));
    expect(section.origin).toBe("structured");
    expect(section.notes[0]).toBe(
      "Der KI-Entwurf für diesen Bereich wurde verworfen, weil die Antwort der KI nicht lesbar war; hier steht die strukturierte Fassung.",
    );
  });

  it("falls back when the LLM does not answer within the timeout", async () => {
    mock.script({ kind: "delayed", ms: 10_000 });
    const section = needsAssessment(await drafter({ timeoutMs: 250 }).compile(input));
    expect(mock.requests).toHaveLength(1);
    expect(section.origin).toBe("structured");
    expect(section.notes[0]).toContain("weil die KI nicht rechtzeitig geantwortet hat");
  });

  it("waits once as a 429 asks and then carries on", async () => {
    mock.script({ kind: "rateLimited", retryAfterSeconds: 2 });
    const section = needsAssessment(await drafter().compile(input));
    expect(waits).toEqual([2000]);
    expect(mock.requests).toHaveLength(5);
    expect(section.origin).toBe("llm");
  });

  it("falls back when the LLM is still rate limited after waiting once", async () => {
    mock.script({ kind: "rateLimited", retryAfterSeconds: 1 }, { kind: "rateLimited", retryAfterSeconds: 1 });
    const section = needsAssessment(await drafter().compile(input));
    expect(waits).toEqual([1000]);
    expect(section.origin).toBe("structured");
    expect(section.notes[0]).toContain("weil der KI-Dienst ausgelastet war");
  });

  it("does not wait when Retry-After asks for longer than allowed", async () => {
    mock.script({ kind: "rateLimited", retryAfterSeconds: 600 });
    const section = needsAssessment(await drafter({ maxRetryAfterMs: 60_000 }).compile(input));
    expect(waits).toEqual([]);
    expect(section.origin).toBe("structured");
  });

  it("falls back on a server error without retrying", async () => {
    mock.script({ kind: "serverError", status: 500 });
    const section = needsAssessment(await drafter().compile(input));
    expect(mock.requests).toHaveLength(1);
    expect(section.notes[0]).toContain("weil der KI-Dienst einen Fehler gemeldet hat");
  });

  it("keeps to the token budget per area and says which statements were left out", async () => {
    const draft = await drafter({ maxInputTokensPerArea: 90 }).compile(input);
    const section = needsAssessment(draft);
    const sentStatements = mock.requests.flatMap((request) => mock.statementsOf(request));
    // Six answers: the merged one is sent as both its wordings.
    expect(sentStatements.length).toBeLessThan(6);
    expect(section.notes).toContainEqual(
      `${6 - sentStatements.length} von 6 Aussagen dieses Bereichs wurden wegen der Längenbegrenzung nicht an die KI übergeben; sie stehen weiterhin in den Quellen.`,
    );
    expect(section.sources).toHaveLength(6);
    expect(draft.notes).toHaveLength(1);
  });

  it("drafts every requested area and keeps the others' sections when one falls back", async () => {
    mock.script({ kind: "malformed" }, { kind: "malformed" });
    const draft = await drafter().compile(draftInput());
    expect(draft.sections.map((section) => [section.area, section.origin])).toEqual([
      ["leitbild", "structured"],
      ["bedarfserschliessung", "llm"],
      ["strategische_entwicklungsziele", "llm"],
    ]);
  });
});

describe("LLM drafter on Azure with managed identity", () => {
  it("authenticates with the injected token provider instead of a key", async () => {
    const mock = await startMockOpenAiServer();
    try {
      const drafter = createLlmDrafter({
        kind: "azure",
        endpoint: mock.url,
        deployment: AZURE_DEPLOYMENT,
        apiVersion: AZURE_API_VERSION,
        tokenProvider: async () => "entra-access-token",
      });
      const draft = await drafter.compile(draftInput({ areas: ["leitbild"] }));
      expect(draft.sections[0]?.origin).toBe("llm");
      expect(mock.requests[0]?.headers.authorization).toBe("Bearer entra-access-token");
      expect(mock.requests[0]?.headers["api-key"]).toBeUndefined();
    } finally {
      await mock.stop();
    }
  });

  it("refuses settings with neither key nor token provider", () => {
    expect(() =>
      createLlmDrafter({
        kind: "azure",
        endpoint: "https://example.openai.azure.com",
        deployment: "d",
        apiVersion: AZURE_API_VERSION,
      }),
    ).toThrow(/API key or a token provider/);
  });
});
