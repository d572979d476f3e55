import { compileDraft } from "../../../bot/drafts/compile-draft";
import { llmRedactionContext } from "../../../bot/drafts/draft-privacy";
import { estimateTokens, planArea } from "../../../bot/drafts/llm/area-plan";
import { checkLlmOutput } from "../../../bot/drafts/llm/llm-output";
import { answer, draftInput } from "./draft-fixture";

const SENT = new Set(["A1", "A2", "A3"]);

describe("checking what the LLM wrote", () => {
  it("accepts sentences that each cite sent ids, dropping empty sentences and repeated ids", () => {
    const content = JSON.stringify({
      paragraphs: [
        {
          sentences: [
            { text: " Wir werten Anfragen aus. ", answerIds: ["A1", "A1", "A2"] },
            { text: "  ", answerIds: [] },
          ],
        },
        { sentences: [] },
        { sentences: [{ text: "Daraus entstanden neue Kurse.", answerIds: ["A3"] }] },
      ],
    });
    expect(checkLlmOutput(content, SENT)).toEqual({
      isAccepted: true,
      paragraphs: [
        { statements: [{ kind: "statement", text: "Wir werten Anfragen aus.", sourceKeys: ["A1", "A2"] }] },
        { statements: [{ kind: "statement", text: "Daraus entstanden neue Kurse.", sourceKeys: ["A3"] }] },
      ],
    });
  });

  it.each([
    [
      "a sentence without ids",
      { paragraphs: [{ sentences: [{ text: "Das ist uns wichtig.", answerIds: [] }] }] },
      "citations",
    ],
    [
      "an id that was not sent",
      { paragraphs: [{ sentences: [{ text: "Wir sind gut.", answerIds: ["A1", "A42"] }] }] },
      "citations",
    ],
    [
      "an answer id instead of a key",
      { paragraphs: [{ sentences: [{ text: "Wir sind gut.", answerIds: ["answer:x:aad-anna"] }] }] },
      "citations",
    ],
    ["the wrong shape", { text: "Wir sind gut." }, "malformed"],
    ["no sentences at all", { paragraphs: [] }, "malformed"],
  ])("rejects %s", (_case, output, problem) => {
    expect(checkLlmOutput(JSON.stringify(output), SENT)).toMatchObject({ isAccepted: false, problem });
  });

  it("rejects a reply that is not JSON", () => {
    expect(checkLlmOutput('{"paragraphs": [', SENT)).toMatchObject({ isAccepted: false, problem: "malformed" });
  });
});

describe("what goes to the LLM for an area", () => {
  const input = draftInput({
    areas: ["personal"],
    answers: [
      answer(
        "aad-anna",
        "personal",
        "rationale",
        "Anna Schneider findet: Gute Kursleitungen sind unser wichtigstes Kapital.",
        "2025-02-01T10:00:00Z",
      ),
      answer(
        "aad-bernd",
        "personal",
        "procedures",
        "Neue Kursleitungen bekommen eine Mappe und ein Einführungsgespräch.",
        "2025-02-02T10:00:00Z",
      ),
      answer(
        "aad-dieter",
        "personal",
        "procedures",
        "Zweimal im Jahr gibt es eine Fortbildung für alle Kursleitungen.",
        "2025-02-03T10:00:00Z",
      ),
      answer(
        "aad-claudia",
        "personal",
        "procedures",
        "Honorare werden monatlich abgerechnet, Fragen an 0511 123456.",
        "2025-02-04T10:00:00Z",
      ),
      answer(
        "aad-claudia",
        "personal",
        "results",
        "2024 haben 38 Kursleitungen an Fortbildungen teilgenommen.",
        "2025-02-05T10:00:00Z",
      ),
    ],
  });
  const section = compileDraft(input).sections[0];
  if (!section) throw new Error("no section");
  const privacy = llmRedactionContext(input);

  it("sends pseudonymised statements with their source keys as ids", () => {
    const plan = planArea(section, privacy, 6_000);
    expect(plan.leftOut).toBe(0);
    const sent = plan.blocks.flatMap((block) => block.sent);
    expect(sent[0]).toEqual({
      ids: ["A1"],
      text: "Person 1 findet: Gute Kursleitungen sind unser wichtigstes Kapital.",
    });
    expect(sent.map((statement) => statement.text).join(" ")).toContain("Fragen an [Telefon]");
  });

  it("shares a tight budget across dimensions before taking a second statement of one", () => {
    const budget = 3 * estimateTokens(JSON.stringify({ ids: ["A1"], text: "x".repeat(75) }));
    const plan = planArea(section, privacy, budget);
    const sentPerDimension = Object.fromEntries(plan.blocks.map((block) => [block.block.dimension, block.sent.length]));
    expect(sentPerDimension).toMatchObject({ rationale: 1, procedures: 1, results: 1 });
    expect(plan.leftOut).toBe(2);
    expect(plan.total).toBe(5);
  });
});
