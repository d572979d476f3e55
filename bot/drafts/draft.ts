/**
 * A compiled draft: plain data that both writers (Word, Markdown) render without knowing how it
 * was made (structured compiler or LLM). Every text in it is either staff text or a fixed label.
 */
import type { CoverageStatus } from "../domain/coverage-types";
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

/** A sentence or statement with the answers it comes from. */
export interface Statement {
  text: string;
  /** Keys into the section's sources; never empty. */
  sourceKeys: string[];
}

export interface DraftParagraph {
  statements: Statement[];
}

export interface DimensionBlock {
  dimension: DimensionId;
  heading: string;
  paragraphs: DraftParagraph[];
}

/** Area 11 in a re-certification has parts 11a and 11b; every other section has one part without heading. */
export interface SectionPart {
  part?: "11a" | "11b";
  heading?: string;
  blocks: DimensionBlock[];
}

export interface EvidenceItem {
  text: string;
  sourceKeys: string[];
}

export interface DraftGap {
  dimension: DimensionId;
  status: Exclude<CoverageStatus, "enough">;
  text: string;
}

export type SectionOrigin = "structured" | "llm";

export interface DraftSection {
  area: AreaId;
  /** "QB 2 · Bedarfserschließung". */
  heading: string;
  origin: SectionOrigin;
  /** Fixed notes shown under the heading (LLM draft, fallback, answers left out of the LLM input). */
  notes: string[];
  parts: SectionPart[];
  evidence: EvidenceItem[];
  gaps: DraftGap[];
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
}

/** Fixed words the writers need, in the draft's locale. */
export interface DraftLabels {
  evidence: string;
  gaps: string;
  sources: string;
  sourceColumns: { key: string; person: string; group: string; date: string };
  noStatements: string;
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
}

/** What a drafter hands back: the draft and notes for the person who asked for it. */
export type DraftResult = Draft & { notes: string[] };
