/**
 * The measures issue 15 sets for a draft, as functions the golden tests of both fixtures share:
 * fact retention (every figure, date and title of an answer is visible with the statement that
 * cites it), citations (every non-empty answer cited) and points to clarify citing both sides.
 */
import { extractFacts } from "../../../bot/drafts/analysis/text-facts";
import type { AreaId } from "../../../bot/domain/quality-models";
import type { Draft, PointToClarify, Statement } from "../../../bot/drafts/draft";
import type { DraftAnswer } from "../../../bot/drafts/draft-input";
import { draftStatements } from "../../../bot/drafts/draft-walk";

/** What a reader sees of a statement: its text, its list of values and its example. */
function visibleText(statement: Statement): string {
  return [
    statement.text,
    ...(statement.values ?? []).flatMap((values) => values.rows.flatMap((row) => row.values)),
    statement.example?.text ?? "",
  ].join("\n");
}

/** The answer id behind each source key of the draft. */
function answerIdsByKey(draft: Draft): Map<string, string> {
  return new Map(draft.sections.flatMap((section) => section.sources.map((source) => [source.key, source.answerId])));
}

export interface FactRetention {
  facts: number;
  kept: number;
  /** "answer id: fact" for every fact not visible with the statement that cites its answer. */
  missing: string[];
}

/** Every number, date, title and department of every cited answer, looked up in the statement citing it. */
export function factRetention(draft: Draft, answers: readonly DraftAnswer[]): FactRetention {
  const byId = new Map(answers.map((answer) => [answer.answerId, answer]));
  const ids = answerIdsByKey(draft);
  const result: FactRetention = { facts: 0, kept: 0, missing: [] };
  for (const statement of draftStatements(draft)) {
    const visible = visibleText(statement).toLowerCase();
    for (const key of statement.sourceKeys) {
      const answer = byId.get(ids.get(key) ?? "");
      if (!answer) continue;
      for (const fact of extractFacts(answer.text)) {
        result.facts += 1;
        const shown = fact.kind === "department" ? fact.text.replace(/^\S+\s/, "") : fact.text;
        if (visible.includes(shown.toLowerCase())) result.kept += 1;
        else result.missing.push(`${answer.answerId}: ${fact.text}`);
      }
    }
  }
  return result;
}

/** Titles the answers give in their evidence field that the Nachweise register does not show. */
export function evidenceNotRegistered(draft: Draft, answers: readonly DraftAnswer[]): string[] {
  const registered = new Set(
    draft.evidence.flatMap((record) => [record.title, ...record.otherNames]).map((title) => title.toLowerCase()),
  );
  const cited = new Set(answerIdsByKey(draft).values());
  return answers
    .filter((answer) => cited.has(answer.answerId))
    .flatMap((answer) => [
      ...(answer.evidence ?? "").split(/\s*(?:;|\n)\s*/).filter((part) => part.trim().length > 1),
      ...(answer.documents ?? []).map((document) => document.title),
    ])
    .map((title) => title.trim())
    .filter((title) => !registered.has(title.toLowerCase()));
}

/** Answer ids with text that no statement of the draft cites. */
export function uncitedAnswers(draft: Draft, answers: readonly DraftAnswer[]): string[] {
  const ids = answerIdsByKey(draft);
  const cited = new Set(
    [...draftStatements(draft)].flatMap((statement) => statement.sourceKeys.map((key) => ids.get(key))),
  );
  return answers.filter((answer) => answer.text.trim() && !cited.has(answer.answerId)).map((answer) => answer.answerId);
}

/** A contradiction written into a fixture on purpose: a phrase of each side's answers. */
export interface PlantedClarification {
  area: AreaId;
  sides: readonly [string, string];
}

/**
 * Planted contradictions the draft does not list as a point to clarify of their area with one side
 * citing every answer containing the first phrase and another every answer containing the second.
 */
export function missedClarifications(
  draft: Draft,
  answers: readonly DraftAnswer[],
  planted: readonly PlantedClarification[],
): PlantedClarification[] {
  const ids = answerIdsByKey(draft);
  const answersWith = (phrase: string) =>
    answers.filter((answer) => answer.text.includes(phrase)).map((answer) => answer.answerId);
  return planted.filter(({ area, sides }) => {
    const [first, second] = sides.map(answersWith);
    if (!first?.length || !second?.length) return true;
    const points = draft.sections.find((section) => section.area === area)?.clarifications ?? [];
    const cites = (side: PointToClarify["sides"][number], wanted: readonly string[]) => {
      const cited = new Set(side.sourceKeys.map((key) => ids.get(key)));
      return wanted.every((id) => cited.has(id));
    };
    return !points.some(
      (point) => point.sides.some((side) => cites(side, first)) && point.sides.some((side) => cites(side, second)),
    );
  });
}
