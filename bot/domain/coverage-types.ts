/** Shapes of the coverage model (computed in coverage.ts), shared with the summary and the drafts. */
import type { AreaId, DimensionId } from "./quality-models";

export type CoverageStatus = "none" | "thin" | "enough";

/** Evidence collected for one quality area × reflection dimension. */
export interface CellCoverage {
  area: AreaId;
  dimension: DimensionId;
  answers: number;
  contributors: number;
  /** ISO timestamp of the newest answer, if any. */
  newestAnswerAt?: string;
  status: CoverageStatus;
}

/** The minimum an answer contributes to coverage: no text, no names. */
export interface AnswerFact {
  memberId: string;
  area: AreaId;
  dimension: DimensionId;
  group?: string;
  /** The prompt answered (absent in facts read without it): tells which fact prompts are answered. */
  promptId?: string;
  createdAt: string;
}
