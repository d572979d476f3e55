import { compileDraft } from "../../../bot/drafts/compile-draft";
import { draftStatements } from "../../../bot/drafts/draft-walk";
import { evidenceNotRegistered, factRetention, missedClarifications } from "./draft-measures";
import { PLANTED_CLARIFICATIONS } from "../../fixtures/vhs-musterstadt/planted-clarifications";
import type { Draft, Statement } from "../../../bot/drafts/draft";
import type { DraftAnswer } from "../../../bot/drafts/draft-input";
import { renderMarkdown } from "../../../bot/drafts/render-markdown";
import { ANSWERS, berlinDay, isInScope, musterstadtInput, PERIOD, STAFF } from "../../fixtures/vhs-musterstadt";
import { AREA_IDS, type AreaId } from "../../../bot/domain/quality-models";
import type { DraftPeriod } from "../../../bot/drafts/draft-input";

function statementsOf(draft: Draft): Statement[] {
  return draft.sections.flatMap((section) =>
    section.parts.flatMap((part) =>
      part.topics.flatMap((topic) => topic.blocks).flatMap((block) => block.paragraphs.flatMap((p) => p.statements)),
    ),
  );
}

/** Answer id → how many statements cite it. */
function citations(draft: Draft): Map<string, number> {
  const answerIdOf = new Map(
    draft.sections.flatMap((section) => section.sources.map((source) => [source.key, source.answerId] as const)),
  );
  const counts = new Map<string, number>();
  for (const statement of statementsOf(draft)) {
    for (const key of statement.sourceKeys) {
      const answerId = answerIdOf.get(key) ?? `unknown key ${key}`;
      counts.set(answerId, (counts.get(answerId) ?? 0) + 1);
    }
  }
  return counts;
}

/** The "Quellen" tables and footnote definitions of a Markdown draft: where people are named. */
function sourceLines(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("[^") || (line.startsWith("| A") && line.endsWith("|")));
}

const SURNAMES = STAFF.map((member) => member.name.split(" ").pop() as string);

describe("Musterstadt draft invariants", () => {
  const scopes: { name: string; period: DraftPeriod; areas: readonly AreaId[] }[] = [
    { name: "the whole cycle and all areas", period: PERIOD, areas: AREA_IDS },
    {
      name: "autumn 2025 and three areas",
      period: { from: "2025-09-01", to: "2025-12-31" },
      areas: ["personal", "leitbild", "controlling"],
    },
  ];

  it.each(scopes)("cites every answer of $name in exactly one statement, and nothing else", ({ period, areas }) => {
    const draft = compileDraft(musterstadtInput({ period, areas }));
    const expected = ANSWERS.filter((answer) => isInScope(answer, period, areas)).map((answer) => answer.answerId);
    const cited = citations(draft);
    expect(expected.length).toBeGreaterThan(0);
    expect([...cited.keys()].sort()).toEqual([...expected].sort());
    expect([...cited.values()].every((count) => count === 1)).toBe(true);
  });

  it("keeps every figure, date, title and department of every answer visible with the statement citing it", () => {
    const draft = compileDraft(musterstadtInput());
    const retention = factRetention(draft, ANSWERS);
    expect(retention.facts).toBeGreaterThan(500);
    expect(retention.missing).toEqual([]);
  });

  it("lists every planted contradiction as a point to clarify of its area, citing both sides", () => {
    const draft = compileDraft(musterstadtInput());
    expect(PLANTED_CLARIFICATIONS.length).toBeGreaterThan(1);
    expect(missedClarifications(draft, ANSWERS, PLANTED_CLARIFICATIONS)).toEqual([]);
  });

  it("lists every Nachweis typed into an answer in the register", () => {
    const draft = compileDraft(musterstadtInput());
    expect(draft.evidence.length).toBeGreaterThan(50);
    expect(evidenceNotRegistered(draft, ANSWERS)).toEqual([]);
  });

  it("keeps the falling answers of one survey as values in date order, not one of them", () => {
    const draft = compileDraft(musterstadtInput({ areas: ["leitbild"] }));
    const survey = [...draftStatements(draft)].find((statement) =>
      statement.text.startsWith("In der Kursleitendenbefragung"),
    );
    expect(survey?.text).toContain("gaben … von 18 Kursleitenden an");
    expect(survey?.values?.[0]?.rows.map((row) => row.values.join(" · "))).toEqual([
      "März · 15 von 18 Kursleitenden",
      "Juni · 14 von 18 Kursleitenden",
      "November · 11 von 18 Kursleitenden",
      "Januar · 10 von 18 Kursleitenden",
    ]);
  });

  it("merges near-duplicates that colleagues wrote in their own words", () => {
    const merged = statementsOf(compileDraft(musterstadtInput())).filter(
      (statement) => statement.sourceKeys.length > 1,
    );
    expect(merged.length).toBeGreaterThan(20);
    expect(merged.map((statement) => statement.text)).toContain(
      "Eine Beschwerde ist für uns ein Hinweis darauf, wo wir besser werden können, und wer sich beschwert, soll merken, dass wir das ernst nehmen.",
    );
  });

  it("counts an answer written after midnight in Berlin to the Berlin day, not the UTC day", () => {
    const afterMidnight = ANSWERS.find((answer) => berlinDay(answer.createdAt) !== answer.createdAt.slice(0, 10));
    if (!afterMidnight) throw new Error("the fixture has no answer written after midnight");
    const day = berlinDay(afterMidnight.createdAt);
    const draft = compileDraft(musterstadtInput({ period: { from: day, to: day } }));
    const sources = draft.sections.flatMap((section) => section.sources);
    expect(sources.map((source) => source.answerId)).toContain(afterMidnight.answerId);
    expect(new Set(sources.map((source) => source.date))).toEqual(new Set([day.split("-").reverse().join(".")]));
  });

  it("never shows deleted answers, their words or their evidence", () => {
    // One merged with a colleague's wording, one with evidence of its own, three ordinary ones.
    const deleted: DraftAnswer[] = [
      ANSWERS.find((answer) => answer.text.startsWith("Eine Beschwerde ist für uns ein Hinweis darauf")),
      ANSWERS.find((answer) => answer.evidence === "Gefährdungsbeurteilung Bildschirmarbeitsplätze 10/2025"),
      ANSWERS[17],
      ANSWERS[311],
      ANSWERS[598],
    ].filter((answer): answer is DraftAnswer => answer !== undefined);
    expect(deleted).toHaveLength(5);
    const deletedIds = new Set(deleted.map((answer) => answer.answerId));
    const remaining = ANSWERS.filter((answer) => !deletedIds.has(answer.answerId));
    const draft = compileDraft(musterstadtInput({ answers: remaining }));
    const markdown = renderMarkdown(draft);

    const sourceIds = draft.sections.flatMap((section) => section.sources.map((source) => source.answerId));
    expect(sourceIds.filter((answerId) => deletedIds.has(answerId))).toEqual([]);
    const statementTexts = statementsOf(draft).map((statement) => statement.text);
    for (const answer of deleted) {
      // A colleague may have written the same words; those stay, under the colleague's name.
      const saidByOthers = remaining.some((other) => other.text.includes(answer.text.trim()));
      if (!saidByOthers) expect(statementTexts).not.toContain(answer.text.trim());
      if (!saidByOthers) expect(markdown).not.toContain(answer.text.trim());
    }
    expect(markdown).not.toContain("Gefährdungsbeurteilung Bildschirmarbeitsplätze");
    expect(markdown).toContain("ein Hinweis, wo wir besser werden können");
  });

  it("shows no real names in the sources of a pseudonymous draft", () => {
    const lines = sourceLines(renderMarkdown(compileDraft(musterstadtInput({ attribution: "pseudonymous" }))));
    expect(lines.length).toBeGreaterThan(600);
    for (const surname of SURNAMES) expect(lines.filter((line) => line.includes(surname))).toEqual([]);
    expect(lines.every((line) => /Person \d+/.test(line))).toBe(true);
  });

  it("names only the five people who agreed to it in a named draft", () => {
    const lines = sourceLines(renderMarkdown(compileDraft(musterstadtInput({ attribution: "named" }))));
    const named = STAFF.filter((member) => lines.some((line) => line.includes(member.name))).map(
      (member) => member.name,
    );
    expect(named.sort()).toEqual(
      STAFF.filter((member) => member.consentsToNamedAttribution)
        .map((member) => member.name)
        .sort(),
    );
    for (const member of STAFF.filter((candidate) => !candidate.consentsToNamedAttribution)) {
      expect(lines.filter((line) => line.includes(member.name.split(" ").pop() as string))).toEqual([]);
    }
  });
});
