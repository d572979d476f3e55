/**
 * A compiled draft: plain data that both writers (Word, Markdown) render without knowing how it
 * was made (structured compiler or LLM). Every text in it is staff text, a fixed label, or staff
 * text put together by a fixed rule (a spread, a list of differing values); docs/drafts.md lists
 * the rules.
 *
 * Shape: draft → section per quality area (QB) → part (only QB 11 in a re-certification has two)
 * → topic (one requirement of the organisation's list, one agreed goal in 11a, or the statements
 * without a requirement) → the five reflection dimensions → statements. Beside the topics each
 * section has its line on the definition of success, its points to clarify, its gaps (each named
 * by the rule that raised it) and its sources; the Nachweise register is one numbered list for the
 * whole draft, which sections and statements refer to by number.
 */
import type { AreaId, DimensionId, Locale } from "../domain/quality-models";

/** One row of a section's sources table. */
export interface DraftSource {
  /** Short key shown in the text, e.g. "A12"; unique within the draft. */
  key: string;
  answerId: string;
  /** A pseudonym, or a consented name in named attribution. */
  person: string;
  group?: string;
  /** The answer's date, formatted for the draft's locale. */
  date: string;
}

/**
 * - `statement`: staff wording that all its sources share (their facts agree), or one answer.
 * - `summary`: a practice several people describe, in the organisation's voice with its spread
 *   ("In 5 von 8 Fachbereichen …"), one answer kept as `example`.
 * - `quote`: one person's own view in the first person, kept as their words.
 */
type StatementKind = "statement" | "summary" | "quote";

/** What a fact in a statement is: a figure with its unit, a date or period, a title, a department. */
export type FactKind = "number" | "date" | "title" | "department";

/** One combination of the values that differ among a statement's sources, with the answers that state it. */
export interface ValueRow {
  /** One value per differing slot, in the order of `DifferingValues.slots`, as written ("15 von 18", "November"). */
  values: string[];
  sourceKeys: string[];
}

/**
 * The facts that differ among answers merged as one statement: "Februar · 15 von 18 [A3]; Mai ·
 * 14 von 18 [A7] …". Rows are in the order of the answers' dates, so that a trend reads as one.
 */
export interface DifferingValues {
  slots: FactKind[];
  rows: ValueRow[];
  /** Set when the same measure has different values for the same period: also a point to clarify. */
  clarificationId?: string;
}

/** Where a practice is reported from: "5 von 8 Fachbereichen", "in 6 Kursen". */
export interface StatementSpread {
  /** The units the practice is reported in, e.g. "Fachbereiche", "Kurse", "Gruppen". */
  unit: "departments" | "courses" | "groups";
  count: number;
  /** Of how many known units (departments named anywhere in the answers); absent where unknown. */
  of?: number;
  names: string[];
}

/** The wording of one or more answers before they were merged: what the LLM path is given. */
export interface StatementVariant {
  text: string;
  sourceKeys: string[];
}

/** Marks a writer shows beside a statement. */
type StatementFlag =
  /** A result that names no Nachweis. */
  | "noEvidence"
  /** A conclusion neither decided nor marked as a proposal. */
  | "undecided"
  /** Re-certification: not in the previous Selbstreport. */
  | "new";

/** A sentence or statement with the answers it comes from. */
export interface Statement {
  kind: StatementKind;
  /**
   * The text to show. For a `summary` the organisation's sentence; a slot whose values differ
   * among the sources reads "…" and its values are in `values`.
   */
  text: string;
  /** Keys into the section's sources; never empty. */
  sourceKeys: string[];
  /** The facts that differ among the sources, every value with who states it. */
  values?: DifferingValues[];
  spread?: StatementSpread;
  /** A `summary`'s example: one answer as written. */
  example?: { text: string; sourceKey: string };
  /** Every distinct wording among the sources; present when the statement stands for more than one. */
  variants?: StatementVariant[];
  /** Numbers into `Draft.evidence` of the Nachweise its sources name. */
  evidenceNumbers?: number[];
  /** Ids of the section's points to clarify this statement is one side of (Word comments go on both sides). */
  clarificationIds?: string[];
  /** Schlussfolgerungen only: decided, or a proposal that feeds QB 11. */
  status?: "decided" | "proposal";
  flags?: StatementFlag[];
}

export interface DraftParagraph {
  statements: Statement[];
}

export interface DimensionBlock {
  dimension: DimensionId;
  heading: string;
  paragraphs: DraftParagraph[];
}

/**
 * - `requirement`: one requirement of the organisation's imported list.
 * - `unassigned`: statements matching none of the area's requirements ("ohne Zuordnung").
 * - `goal`: QB 11a in a re-certification, one goal agreed at the last Abschlussworkshop.
 * - `all`: the whole area, when the organisation has no requirement list for it.
 */
type TopicKind = "requirement" | "unassigned" | "goal" | "all";

/** A requirement (or agreed goal) with the five moves; the unit a Selbstreport answers. */
export interface DraftTopic {
  kind: TopicKind;
  /** The requirement's or goal's id as the organisation gave it. */
  id?: string;
  /** "Anforderung 2.1 · Bedarfe systematisch erheben"; absent for `all`. */
  heading?: string;
  /** No statement yet: the writer shows "noch nicht bearbeitet" instead of five empty moves. */
  isNotStarted: boolean;
  blocks: DimensionBlock[];
}

/** 11b (and the QB 11 chapter of a first certification): a new goal, built from a proposal. */
export interface GoalCard {
  goal: string;
  /** Empty fields are shown as "offen" and raise a gap. */
  justification?: string;
  indicator?: string;
  deadline?: string;
  responsible?: string;
  sourceKeys: string[];
  /** The areas whose proposals the card comes from. */
  fromAreas: AreaId[];
}

/** Area 11 in a re-certification has parts 11a and 11b; every other section has one part without heading. */
export interface SectionPart {
  part?: "11a" | "11b";
  heading?: string;
  topics: DraftTopic[];
  /** QB 11 new goals (11b, or the single chapter of a first certification). */
  goalCards?: GoalCard[];
}

/** "Bezug zur Definition gelungenen Lernens": the sentences of this area that refer to it. */
interface SuccessDefinitionLine {
  /** "Bezug zur Definition gelungenen Lernens" (or the organisation's term). */
  label: string;
  /** The referring sentences, each with its answers; empty when the area never refers to the definition. */
  statements: Statement[];
}

/** One side of a point to clarify: an answer's words and its sources. */
interface ClarificationSide {
  text: string;
  sourceKeys: string[];
}

/**
 * Klärungsbedarf: two (or more) answers that cannot both be right as written.
 * - `differingValues`: the same measure for the same period with different figures.
 * - `contradiction`: one says a practice holds for all or always, another that it does not.
 */
export interface PointToClarify {
  /** "K1"; unique within the draft. */
  id: string;
  kind: "differingValues" | "contradiction";
  /** Fixed wording: what to clarify. */
  summary: string;
  /** The topic it belongs to (requirement or goal id), when there is one. */
  topicId?: string;
  sides: ClarificationSide[];
}

/** The rule that raised a gap; the draft names it so that a reader can look it up in docs/drafts.md. */
type GapRule =
  | "coverage.none"
  | "coverage.thin"
  | "requirement.notStarted"
  | "successDefinition.never"
  | "rationale.successDefinition"
  | "procedures.whoWhatHowOften"
  | "results.date"
  | "results.referenceFigure"
  | "results.evidence"
  | "evaluation.goal"
  | "conclusions.decided"
  | "goal.measures"
  | "goal.status"
  | "goal.evidence"
  | "goal.evaluation"
  | "goalCard.incomplete"
  | "continuity.openFinding";

export interface DraftGap {
  rule: GapRule;
  /** A Gutachter's question, in the draft's locale. */
  text: string;
  dimension?: DimensionId;
  part?: "11a" | "11b";
  /** The requirement or goal the gap is about. */
  topicId?: string;
}

/** Flags on a Nachweis a Gutachter would ask about. */
export type EvidenceFlag =
  /** Dated before the period the report covers (re-certification: before the last Abschlussworkshop). */
  | "beforePeriod"
  /** Dated after the end of the period. */
  | "afterPeriod"
  | "undated"
  /** Nobody said where it is filed. */
  | "noPlace";

/** One numbered Nachweis of the register (the annex "Nachweise"). */
export interface EvidenceRecord {
  /** 1, 2, …: "N1" in the text, in the order the draft first names them. */
  number: number;
  title: string;
  /** Other names the same document appears under in the answers. */
  otherNames: string[];
  /** As the answers write it ("14.05.2025", "03/2025", "Herbstsemester 2025"). */
  date?: string;
  /** Where it is filed, when someone said so. */
  place?: string;
  /** The areas and requirements (topic ids) whose statements name it. */
  usedIn: { area: AreaId; topicId?: string }[];
  /** Keys of the answers naming it. */
  sourceKeys: string[];
  flags: EvidenceFlag[];
}

/** An earlier Hinweis or Auflage of the Gutachten (re-certification continuity). */
export interface EarlierFinding {
  kind: "hinweis" | "auflage";
  text: string;
  /** Answers that take it up; empty when it is not yet answered. */
  sourceKeys: string[];
}

/** What is new in this area since the previous Selbstreport, and what the last Gutachten asked. */
interface SectionContinuity {
  /** Statements whose content the previous Selbstreport does not contain (flagged `new`). */
  newStatements: number;
  statements: number;
  findings: EarlierFinding[];
}

type SectionOrigin = "structured" | "llm";

export interface DraftSection {
  area: AreaId;
  /** "QB 2 · Bedarfserschließung". */
  heading: string;
  origin: SectionOrigin;
  /** Fixed notes shown under the heading (LLM draft, fallback, answers left out of the LLM input). */
  notes: string[];
  successDefinition: SuccessDefinitionLine;
  parts: SectionPart[];
  /** Numbers into `Draft.evidence` of the Nachweise this area's statements name, ascending. */
  evidenceNumbers: number[];
  clarifications: PointToClarify[];
  gaps: DraftGap[];
  /** Re-certification with a previous Selbstreport or Gutachten notes. */
  continuity?: SectionContinuity;
  sources: DraftSource[];
}

export interface DraftFact {
  label: string;
  value: string;
}

export interface DraftHeader {
  title: string;
  /** "Entwurf – zur Bearbeitung". */
  status: string;
  facts: DraftFact[];
  attributionNote: string;
  readingNote: string;
  /** Replaces both notes above in the copy for the Gutachter. */
  reviewerNote: string;
}

/** Fixed words the writers need, in the draft's locale. */
export interface DraftLabels {
  /** Heading of the table of contents. */
  contents: string;
  /** The annex heading, "Nachweise". */
  evidence: string;
  /** A section's line of references into the annex, "Nachweise in diesem Bereich". */
  evidenceInSection: string;
  gaps: string;
  sources: string;
  sourceColumns: { key: string; person: string; group: string; date: string };
  evidenceColumns: { number: string; title: string; date: string; place: string; usedIn: string; sources: string };
  evidenceFlags: Record<EvidenceFlag, string>;
  /** "Werte" before a statement's differing values. */
  values: string;
  /** "Beispiel" before a summary's example. */
  example: string;
  clarifications: string;
  noClarifications: string;
  /** "Noch nicht bearbeitet." for a requirement without statements. */
  notStarted: string;
  statementFlags: Record<StatementFlag, string>;
  status: { decided: string; proposal: string };
  goalCard: { goal: string; justification: string; indicator: string; deadline: string; responsible: string };
  /** "offen": an empty field of a goal card. */
  open: string;
  continuity: { heading: string; openFinding: string; answeredFinding: string; hinweis: string; auflage: string };
  /** "Regel" before a gap's rule name. */
  rule: string;
  /** Each gap rule's short name, as docs/drafts.md lists it. */
  ruleNames: Record<GapRule, string>;
  noStatements: string;
  /** Before the reflection moves of a topic that have no statement yet, named in one line. */
  noStatementsOn: string;
  noEvidence: string;
  noGaps: string;
  commentAuthor: string;
}

export interface Draft {
  locale: Locale;
  /** ISO timestamp, from the injected clock. */
  generatedAt: string;
  header: DraftHeader;
  labels: DraftLabels;
  sections: DraftSection[];
  /** The Nachweise register, numbered in order of first mention. */
  evidence: EvidenceRecord[];
}

/** What a drafter hands back: the draft and notes for the person who asked for it. */
export type DraftResult = Draft & { notes: string[] };
