/**
 * Shapes of the managers' progress summary (computed in progress.ts). Every figure about people
 * is one the privacy rules allow (see anonymity.ts): counts of fewer than k people never appear
 * as numbers, and the types say so.
 */
import { z } from "zod";
import type { CycleStatus } from "./cycle";
import type { Role } from "./member";
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
  /** Who may be asked what depends on the roles too (prompt-audience.ts). */
  roles?: readonly Role[];
  isInstalled: boolean;
}

/** What the summary needs of a delivery: that someone was asked, and when. */
export interface AskedFact {
  memberId: string;
  createdAt: string;
}

export interface ParticipationFigure {
  /** Distinct people who answered in the period: never fewer than the threshold. */
  people: number;
  /** Distinct people asked in the period, plus those who answered without a prompt in it. */
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

/**
 * A cell's numbers as a manager may see them: shown (k people or more); fewer than k people,
 * perhaps none (no numbers); or withheld (k people or more, kept back so that the smaller
 * cells cannot be worked out from the total).
 */
export type CellCounts =
  | { kind: "shown"; answers: number; people: number }
  | { kind: "withheld"; threshold: number }
  | { kind: "fewerThan"; threshold: number };

/** enough / thin: answers from k people or more, enough or not; fewerThan: fewer than k people so far. */
export type ProgressStatus = "enough" | "thin" | "fewerThan";

export interface ProgressCell {
  dimension: DimensionId;
  status: ProgressStatus;
  counts: CellCounts;
  /** What a thin cell is short of: answers, or different people (the organisation's coverage thresholds). */
  lacking?: "answers" | "people";
  /** Last day of the latest step that added answers here; only for cells of k people or more. */
  updatedThrough?: string;
}

export interface AreaProgress {
  area: AreaId;
  cells: ProgressCell[];
}

/**
 * What happens about a gap: the rotation asks for it in the next rounds; nobody is asked about
 * the area (no group covers it); or the cycle is over and no rounds are coming.
 */
type GapNextStep = "nextRounds" | "noGroupAsked" | "cycleOver";

export interface ProgressGap {
  area: AreaId;
  dimension: DimensionId;
  /** fewerThan: answers from fewer than k people so far (perhaps none); fewAnswers / fewPeople: not enough, from k people or more. */
  lack: "fewerThan" | "fewAnswers" | "fewPeople";
  nextStep: GapNextStep;
}

/** A group's figures as one line: a configured group, or "weitere". */
export type FigureGroup = { kind: "group"; groupId: string } | { kind: "others" };

export type ProgressNote =
  /** Fewer than k people answered in the period (organisation, or the selected group). */
  | { kind: "tooFewRespondents"; threshold: number }
  /** The selected group is counted only within "weitere": it has fewer than k members, or it keeps "weitere" from being small. */
  | {
      kind: "groupCombined";
      groupId: string;
      reason: "fewMembers" | "protectsOthers";
      threshold: number;
      /**
       * Members the organisation knows in the group, installed or not (the size the manager knows
       * from the organisation itself). How many of them use the app is a figure about fewer than k
       * people, so it is never given.
       */
      members: number;
    }
  | { kind: "groupsCombined"; groupIds: string[]; threshold: number }
  /** No group has k members who use the app: figures for everyone together only. */
  | { kind: "allCombined"; threshold: number }
  /** In the overview: groups without a line of their own in this period (fewer than k answered). */
  | { kind: "withoutFigures"; groups: FigureGroup[]; threshold: number }
  /** A group's figures end earlier than the others': since then fewer than k of its people answered. */
  | { kind: "behind"; group: FigureGroup; through: string; threshold: number }
  | { kind: "noComparison"; reason: "wholeCycle" | "beforeCycle" | "tooFewRespondents" }
  | { kind: "unknownGroup" };

interface ProgressFigures {
  /** Absent when fewer than k people answered in the period and scope. */
  participation?: ParticipationFigure;
  trend?: TrendFigure;
  /** Per group, in the configured order, then "weitere"; empty for a single group. */
  groups: GroupFigure[];
  /** The areas of the scope, each with its five dimensions: always the whole organisation and cycle. */
  areas: AreaProgress[];
  /** The cells the Selbstreport lacks most, most urgent first. */
  gaps: ProgressGap[];
}

export interface ProgressSummary {
  /** The filters applied (an unknown group becomes "all"). */
  filters: { period: ProgressPeriod; group: string };
  threshold: number;
  cycle: CycleStatus;
  /** The selected period as local dates, inclusive; ends with the last day the figures include. */
  range: { firstDate: string; lastDate: string };
  /** The period the trend compares with, when there is one. */
  previousRange?: { firstDate: string; lastDate: string };
  notes: ProgressNote[];
  /** Absent until k people answered in a completed step: then only the deadline is shown. */
  figures?: ProgressFigures;
}
