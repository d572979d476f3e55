/**
 * QB 11 Strategische Entwicklungsziele. A first certification has one chapter of new goals; a
 * re-certification has 11a (what became of each goal agreed at the last Abschlussworkshop) and
 * 11b (new goals). New goals are written as goal cards – goal, justification, indicator,
 * deadline, responsible – from the proposals of QB 1–10 and the conclusions about QB 11 itself.
 */
import type { AreaId } from "../domain/quality-models";
import type { AnalysedAnswer } from "./analysed-answer";
import type { CycleKind } from "./draft-input";
import type { GoalCard, Statement } from "./draft";
import { cues } from "./analysis/statement-cues";

export const AREA_ELEVEN: AreaId = "strategische_entwicklungsziele";

export type AreaElevenPart = "11a" | "11b";

/**
 * The part an answer belongs to in a re-certification: as asked ("11a"/"11b"), else 11a for a
 * result or evaluation (new goals have none yet) or an answer that looks back at the last goals,
 * else 11b. In a first certification QB 11 has no parts.
 */
export function partOf(answer: AnalysedAnswer, cycleKind: CycleKind): AreaElevenPart | undefined {
  if (cycleKind !== "recertification") return undefined;
  if (answer.answer.part) return answer.answer.part;
  const { dimension } = answer.answer;
  if (dimension === "results" || dimension === "evaluation") return "11a";
  return cues.looksBack(answer.text) ? "11a" : "11b";
}

/** "weil …", "damit …", "um … zu …": why, in the statement's own words. */
const JUSTIFICATION = /(?:,\s*|\s)((?:weil|da|damit|denn|um)\s[^.;!?]{8,200})/iu;
/** "bis Herbst 2026", "spätestens Ende 2027", "ab 2026". */
const DEADLINE_BEFORE = /(?:bis(?:\s(?:zum|zur|ende|spätestens))?|spätestens|ende|zum|ab)\s*$/iu;

/** A goal card from a proposal or a QB 11 conclusion; what the words do not say stays empty ("offen"). */
export function goalCardOf(statement: Statement, members: readonly AnalysedAnswer[], area: AreaId): GoalCard {
  const first = members[0] as AnalysedAnswer;
  const text = first.text;
  const card: GoalCard = { goal: statement.text, sourceKeys: statement.sourceKeys, fromAreas: [area] };
  const justification = JUSTIFICATION.exec(text)?.[1]?.trim();
  if (justification) card.justification = justification;
  const indicator = first.facts.find((fact) => fact.kind === "number")?.text;
  if (indicator) card.indicator = indicator;
  const deadline =
    first.facts.find(
      (fact) => fact.kind === "date" && DEADLINE_BEFORE.test(text.slice(Math.max(0, fact.start - 16), fact.start)),
    ) ?? first.facts.find((fact) => fact.kind === "date" && /\d{4}/.test(fact.text));
  if (deadline) card.deadline = deadline.text;
  const responsible = cues.roleOf(text);
  if (responsible) card.responsible = responsible;
  return card;
}
