/**
 * Gaps as a Gutachter would name them: plain rules, each with its id (docs/drafts.md explains
 * them), phrased as the question the Gutachter would ask.
 * - coverage.none / coverage.thin: a reflection dimension without statements, or with too few voices;
 * - requirement.notStarted: a requirement of the organisation's list nobody has written about;
 * - successDefinition.never / rationale.successDefinition: the definition of success is never
 *   referred to in the area, or not in its rationale;
 * - procedures.whoWhatHowOften: no procedure says both who acts and how often;
 * - results.date / results.referenceFigure / results.evidence: results without a date, without a
 *   figure to compare with, or without a Nachweis;
 * - evaluation.goal: no evaluation names the goal it measures against;
 * - conclusions.decided: conclusions neither decided nor marked as a proposal;
 * - goal.*: in QB 11a, an agreed goal without measures, status, evidence or evaluation;
 * - goalCard.incomplete: new goals without justification, indicator, deadline or who is responsible;
 * - continuity.openFinding: a Hinweis or Auflage of the last Gutachten that no answer takes up.
 */
import type { CellCoverage } from "../domain/coverage-types";
import { DIMENSIONS, type DimensionId, type Locale } from "../domain/quality-models";
import type { AnalysedAnswer } from "./analysed-answer";
import type { AggregatedStatement } from "./aggregate-statements";
import type { DraftGap, DraftTopic, EarlierFinding, GoalCard } from "./draft";
import type { DraftTexts } from "./draft-texts";
import { cues } from "./analysis/statement-cues";

/** A topic with the statements of each of its dimensions, as the compiler built them. */
export interface JudgedTopic {
  topic: DraftTopic;
  part?: "11a" | "11b";
  /** The goal's title, for topics of QB 11a. */
  goalTitle?: string;
  statements: ReadonlyMap<DimensionId, readonly AggregatedStatement[]>;
}

export interface AreaJudgement {
  coverage: readonly CellCoverage[];
  /** QB 11 of a first certification, or 11b: new goals have no results yet. */
  expectsNoResults: (part: JudgedTopic["part"]) => boolean;
  topics: readonly JudgedTopic[];
  /** Answers that refer to the definition of success. */
  referring: ReadonlySet<AnalysedAnswer>;
  goalCards: readonly GoalCard[];
  findings: readonly EarlierFinding[];
  hasStatements: (dimension: DimensionId) => boolean;
  successDefinitionTerm: string;
  texts: DraftTexts;
  locale: Locale;
}

export function judgeGaps(area: AreaJudgement): DraftGap[] {
  const gaps: DraftGap[] = [...coverageGaps(area)];
  const rules = area.texts.gapRules;
  if (area.referring.size === 0 && area.topics.some((topic) => !topic.topic.isNotStarted))
    gaps.push({ rule: "successDefinition.never", text: rules.successNever(area.successDefinitionTerm) });
  for (const judged of area.topics) gaps.push(...topicGaps(judged, area));
  const incomplete = area.goalCards.filter(
    (card) => !card.justification || !card.indicator || !card.deadline || !card.responsible,
  ).length;
  if (incomplete > 0) gaps.push({ rule: "goalCard.incomplete", text: rules.goalCardsIncomplete(incomplete) });
  for (const finding of area.findings.filter((candidate) => candidate.sourceKeys.length === 0)) {
    const kind = area.texts.labels.continuity[finding.kind];
    gaps.push({ rule: "continuity.openFinding", text: rules.openFinding(kind, finding.text) });
  }
  return gaps;
}

function coverageGaps(area: AreaJudgement): DraftGap[] {
  const gaps: DraftGap[] = [];
  for (const dimension of DIMENSIONS) {
    if (dimension.id === "results" && area.expectsNoResults(undefined)) continue;
    const name = dimension.name[area.locale];
    const cell = area.coverage.find((candidate) => candidate.dimension === dimension.id);
    if (cell?.status === "thin") {
      gaps.push({
        rule: "coverage.thin",
        dimension: dimension.id,
        text: area.texts.gapThin(name, cell.answers, cell.contributors),
      });
    } else if (cell?.status === "none" || (!cell && !area.hasStatements(dimension.id))) {
      // A cell the coverage does not know about counts as empty only when the draft has nothing for it either.
      gaps.push({ rule: "coverage.none", dimension: dimension.id, text: area.texts.gapNone(name) });
    }
  }
  return gaps;
}

function topicGaps(judged: JudgedTopic, area: AreaJudgement): DraftGap[] {
  const { topic } = judged;
  const rules = area.texts.gapRules;
  const at = (gap: DraftGap): DraftGap => ({
    ...gap,
    ...(topic.id !== undefined ? { topicId: topic.id } : {}),
    ...(judged.part ? { part: judged.part } : {}),
  });
  if (topic.kind === "goal") return goalGaps(judged, area).map(at);
  if (topic.isNotStarted) {
    return topic.kind === "requirement" && topic.heading
      ? [at({ rule: "requirement.notStarted", text: rules.notStarted(topic.heading) })]
      : [];
  }
  const where = area.texts.gapWhere(
    topic.kind === "requirement" && topic.id !== undefined ? area.texts.requirementShort(topic.id) : undefined,
  );
  const of = (dimension: DimensionId) => judged.statements.get(dimension) ?? [];
  // Answers are read in place, stopping at the first that shows the cue, not copied into a list of texts first.
  const hasTexts = (dimension: DimensionId) => of(dimension).some((entry) => entry.members.length > 0);
  const someText = (dimension: DimensionId, test: (text: string) => boolean) =>
    of(dimension).some((entry) => entry.members.some((member) => test(member.text)));
  const gaps: DraftGap[] = [];

  const rationale = of("rationale");
  if (
    rationale.length > 0 &&
    area.referring.size > 0 &&
    !rationale.some((entry) => entry.members.some((member) => area.referring.has(member)))
  )
    gaps.push(
      at({
        rule: "rationale.successDefinition",
        dimension: "rationale",
        text: rules.rationaleSuccess(area.successDefinitionTerm, where),
      }),
    );

  if (hasTexts("procedures") && !someText("procedures", (text) => cues.hasActor(text) && cues.hasFrequency(text)))
    gaps.push(at({ rule: "procedures.whoWhatHowOften", dimension: "procedures", text: rules.whoWhatHowOften(where) }));

  if (!area.expectsNoResults(judged.part)) {
    const results = of("results");
    if (results.length > 0) {
      const hasDate = results.some((entry) =>
        entry.members.some((member) => member.facts.some((fact) => fact.kind === "date")),
      );
      if (!hasDate) gaps.push(at({ rule: "results.date", dimension: "results", text: rules.resultsDate(where) }));
      if (!someText("results", (text) => cues.hasReferenceFigure(text)))
        gaps.push(at({ rule: "results.referenceFigure", dimension: "results", text: rules.resultsReference(where) }));
      const unproven = results.filter((entry) => entry.statement.flags?.includes("noEvidence")).length;
      if (unproven > 0)
        gaps.push(at({ rule: "results.evidence", dimension: "results", text: rules.resultsEvidence(unproven, where) }));
    }
  }

  if (hasTexts("evaluation") && !someText("evaluation", (text) => cues.namesGoal(text)))
    gaps.push(at({ rule: "evaluation.goal", dimension: "evaluation", text: rules.evaluationGoal(where) }));

  const undecided = of("conclusions").filter((entry) => entry.statement.flags?.includes("undecided")).length;
  if (undecided > 0)
    gaps.push(
      at({ rule: "conclusions.decided", dimension: "conclusions", text: rules.conclusionsUndecided(undecided, where) }),
    );
  return gaps;
}

/** QB 11a: what became of one agreed goal – measures, status, evidence, evaluation. */
function goalGaps(judged: JudgedTopic, area: AreaJudgement): DraftGap[] {
  const rules = area.texts.gapRules;
  const goal = judged.goalTitle ?? judged.topic.id ?? "";
  const has = (dimension: DimensionId) => (judged.statements.get(dimension) ?? []).length > 0;
  const gaps: DraftGap[] = [];
  if (!has("procedures")) gaps.push({ rule: "goal.measures", dimension: "procedures", text: rules.goalMeasures(goal) });
  if (!has("results")) gaps.push({ rule: "goal.status", dimension: "results", text: rules.goalStatus(goal) });
  const hasEvidence = [...judged.statements.values()].some((entries) =>
    entries.some((entry) => (entry.statement.evidenceNumbers?.length ?? 0) > 0),
  );
  if (!hasEvidence) gaps.push({ rule: "goal.evidence", text: rules.goalEvidence(goal) });
  if (!has("evaluation"))
    gaps.push({ rule: "goal.evaluation", dimension: "evaluation", text: rules.goalEvaluation(goal) });
  return gaps;
}
