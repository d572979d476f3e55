/**
 * Shapes of the managers' progress summary (computed in progress.ts). Every figure about people
 * carries the number of distinct people it was computed from, so the privacy rule can be checked
 * on the result itself; counts of contributors below the threshold never appear as numbers.
 */
import { z } from "zod";
import type { PeopleCount } from "./anonymity";
import type { CoverageStatus } from "./coverage-types";
import type { CycleStatus } from "./cycle";
import { PROGRESS_PERIODS, type ProgressPeriod } from "./progress-period";
import type { AreaId, DimensionId } from "./quality-models";

/** "all", or one of the organisation's group ids. */
export const ALL_GROUPS = "all";

/** Filters as a card sends them back: an unknown period (an old card) is the whole cycle, an empty group all groups. */
export const progressFiltersSchema = z.object({
  period: z.enum(PROGRESS_PERIODS).catch("cycle"),
  group: z
    .string()
    .trim()
    .max(40)
    .catch(ALL_GROUPS)
    .transform((group) => group || ALL_GROUPS),
});
export type ProgressFilters = z.infer<typeof progressFiltersSchema>;

/** What the summary needs of a member: no name, no conversation. */
export interface ProgressMember {
  memberId: string;
  group?: string;
  isInstalled: boolean;
}

/** What the summary needs of a delivery: that someone was asked, and when. */
export interface AskedFact {
  memberId: string;
  createdAt: string;
}

export interface ParticipationFigure {
  /** Distinct people who answered in the range: the set the figure is computed from, never fewer than the threshold. */
  people: number;
  /** Distinct people asked in the range, plus those who answered without a prompt in it. */
  asked: number;
  answers: number;
  promptsAsked: number;
}

export interface TrendFigure {
  previous: ParticipationFigure;
  answersDelta: number;
  respondentsDelta: number;
  /** Change of the share of asked people who answered, in percentage points. */
  ratePointsDelta: number;
  /** The smaller of the two people counts compared. */
  people: number;
}

export type GroupFigure =
  | { kind: "group"; groupId: string; participation: ParticipationFigure }
  /** "weitere": groups too small on their own, together with people in no group. */
  | { kind: "others"; groupIds: string[]; participation: ParticipationFigure };

export interface ProgressCell {
  dimension: DimensionId;
  status: CoverageStatus;
  answers: number;
  contributors: PeopleCount;
  newestAnswerAt?: string;
}

export interface AreaProgress {
  area: AreaId;
  answers: number;
  /** Distinct people over the whole area. */
  contributors: PeopleCount;
  newestAnswerAt?: string;
  cells: ProgressCell[];
}

/**
 * What happens about a gap: the rotation asks for it in the next rounds; nobody is asked about
 * the area (no group covers it); or the cycle is over and no rounds are coming.
 */
export type GapNextStep = "nextRounds" | "noGroupAsked" | "cycleOver";

export interface ProgressGap {
  area: AreaId;
  dimension: DimensionId;
  /** none: no answers yet; fewAnswers / fewPeople: thin, and which of the two is missing. */
  lack: "none" | "fewAnswers" | "fewPeople";
  nextStep: GapNextStep;
}

export type ProgressNote =
  /** Fewer than k people answered in the period (organisation, or the selected group). */
  | { kind: "tooFewRespondents"; threshold: number }
  /** The selected group has fewer than k members. */
  | { kind: "groupTooSmall"; groupId: string; threshold: number }
  /** The selected group is shown only within "weitere", so that no smaller group can be subtracted. */
  | { kind: "groupOnlyCombined"; groupId: string; threshold: number }
  | { kind: "groupsCombined"; groupIds: string[]; threshold: number }
  | { kind: "groupsOmitted"; groupIds: string[]; threshold: number }
  | { kind: "noComparison"; reason: "wholeCycle" | "beforeCycle" | "tooFewRespondents" }
  | { kind: "unknownGroup" };

export interface ProgressFigures {
  participation: ParticipationFigure;
  trend?: TrendFigure;
  /** Per group, in the configured order, then "weitere"; empty for a single group. */
  groups: GroupFigure[];
  /** The areas of the scope, each with its five dimensions. */
  areas: AreaProgress[];
  /** The cells the Selbstreport lacks most, over the whole cycle, most urgent first. */
  gaps: ProgressGap[];
}

export interface ProgressSummary {
  /** The filters applied (an unknown group becomes "all"). */
  filters: { period: ProgressPeriod; group: string };
  threshold: number;
  cycle: CycleStatus;
  /** ISO instants of the selected range, half-open. */
  range: { from: string; to: string };
  /** The range the trend compares with, when there is one. */
  previousRange?: { from: string; to: string };
  notes: ProgressNote[];
  /** Absent when fewer than k people answered in the scope: then only the deadline is shown. */
  figures?: ProgressFigures;
}
