/**
 * The managers' progress summary: where the cycle stands, how much evidence each quality area ×
 * reflection dimension has, who takes part, the trend, and the gaps the next rounds will close.
 * Private by design: no figure is computed over fewer than k people (see anonymity.ts); below
 * that the summary holds the deadline and a note only.
 */
import { partitionGroups, type GroupPartition } from "./anonymity";
import type { AnswerFact } from "./coverage-types";
import { cycleStatus } from "./cycle";
import type { OrgConfig } from "./org-config";
import { areaProgress } from "./progress-areas";
import { topGaps } from "./progress-gaps";
import { progressRanges, type TimeRange } from "./progress-period";
import {
  combineActivity,
  participationOf,
  peopleBucket,
  tallyProgress,
  UNGROUPED,
  type ActivityTally,
  type GroupTally,
} from "./progress-tally";
import {
  ALL_GROUPS,
  type AskedFact,
  type GroupFigure,
  type ProgressFilters,
  type ProgressMember,
  type ProgressNote,
  type ProgressSummary,
  type TrendFigure,
} from "./progress-types";
import { AREA_IDS } from "./quality-models";

export interface ProgressInput {
  config: OrgConfig;
  members: readonly ProgressMember[];
  /** Every answer of the organisation, without text. */
  facts: readonly AnswerFact[];
  /** Every delivery of the organisation: who was asked when. */
  asked: readonly AskedFact[];
  filters: ProgressFilters;
  now: Date;
}

export function computeProgressSummary(input: ProgressInput): ProgressSummary {
  const { config, filters, now } = input;
  const threshold = config.anonymityThreshold;
  const group = config.groups.find((candidate) => candidate.id === filters.group);
  const notes: ProgressNote[] = filters.group !== ALL_GROUPS && !group ? [{ kind: "unknownGroup" }] : [];
  const ranges = progressRanges(filters.period, config, now);
  const summary: ProgressSummary = {
    filters: { period: filters.period, group: group?.id ?? ALL_GROUPS },
    threshold,
    cycle: cycleStatus(config.cycle, now, config.schedule.timeZone),
    range: isoRange(ranges.selected),
    ...(ranges.previous ? { previousRange: isoRange(ranges.previous) } : {}),
    notes,
  };

  const tally = tallyProgress(config, input.members, input.facts, input.asked, ranges);
  const partitionIn = (range: "selected" | "previous") =>
    partitionGroups(
      tally.groups.filter((each) => each.groupId !== UNGROUPED).map((each) => peopleBucket(each, range)),
      peopleBucket(tallyOf(tally.groups, UNGROUPED), range),
      threshold,
    );
  const partition = partitionIn("selected");

  let scope: GroupTally[] = tally.groups;
  if (group) {
    const groupTally = tallyOf(tally.groups, group.id);
    const refusal = groupRefusal(groupTally, partition, "selected", threshold);
    if (refusal) return { ...summary, notes: [...notes, refusal] };
    scope = [groupTally];
  }
  const selected = combineActivity(scope.map((each) => each.selected));
  if (selected.respondents.size < threshold)
    return { ...summary, notes: [...notes, { kind: "tooFewRespondents", threshold }] };

  const trend = trendOf(
    selected,
    scope,
    ranges.previous ? () => partitionIn("previous") : undefined,
    group !== undefined,
    threshold,
  );
  if ("reason" in trend)
    notes.push({ kind: "noComparison", reason: filters.period === "cycle" ? "wholeCycle" : trend.reason });
  const groups = group ? [] : groupFigures(tally.groups, partition, threshold, notes);
  const areas = group?.areas ?? AREA_IDS;

  return {
    ...summary,
    notes,
    figures: {
      participation: participationOf(selected),
      ...("figure" in trend ? { trend: trend.figure } : {}),
      groups,
      areas: areaProgress(
        scope.flatMap((each) => each.facts),
        areas,
        config.coverageThresholds,
        threshold,
      ),
      gaps: topGaps(config, tally.cycleFacts, areas, input.members, summary.cycle.phase, now),
    },
  };
}

function isoRange(range: TimeRange): { from: string; to: string } {
  return { from: new Date(range.fromMs).toISOString(), to: new Date(range.toMs).toISOString() };
}

function tallyOf(groups: readonly GroupTally[], groupId: string): GroupTally {
  const found = groups.find((each) => each.groupId === groupId);
  if (!found) throw new Error(`no tally for group ${groupId}`);
  return found;
}

/** Why a single group gets no figures in a range, if it does not. */
function groupRefusal(
  tally: GroupTally,
  partition: GroupPartition,
  range: "selected" | "previous",
  threshold: number,
): ProgressNote | undefined {
  if (tally.members < threshold) return { kind: "groupTooSmall", groupId: tally.groupId, threshold };
  if (tally[range].respondents.size < threshold) return { kind: "tooFewRespondents", threshold };
  // Shown alone here while combined in the overview, it could be subtracted from the total.
  if (!partition.shownIds.includes(tally.groupId))
    return { kind: "groupOnlyCombined", groupId: tally.groupId, threshold };
  return undefined;
}

type TrendResult = { figure: TrendFigure } | { reason: "beforeCycle" | "tooFewRespondents" };

/** The previous range passes the same rules as the selected one, or there is no trend. */
function trendOf(
  selected: ActivityTally,
  scope: readonly GroupTally[],
  previousPartition: (() => GroupPartition) | undefined,
  isSingleGroup: boolean,
  threshold: number,
): TrendResult {
  if (!previousPartition) return { reason: "beforeCycle" };
  const [single] = scope;
  if (isSingleGroup && single && groupRefusal(single, previousPartition(), "previous", threshold))
    return { reason: "tooFewRespondents" };
  const previous = combineActivity(scope.map((each) => each.previous));
  if (previous.respondents.size < threshold) return { reason: "tooFewRespondents" };
  const now = participationOf(selected);
  const before = participationOf(previous);
  return {
    figure: {
      previous: before,
      answersDelta: now.answers - before.answers,
      respondentsDelta: now.people - before.people,
      ratePointsDelta: Math.round(ratePercent(now.people, now.asked) - ratePercent(before.people, before.asked)),
      people: Math.min(now.people, before.people),
    },
  };
}

export function ratePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

/** The overview's per-group figures, and the notes on groups combined or left out. */
function groupFigures(
  groups: readonly GroupTally[],
  partition: GroupPartition,
  threshold: number,
  notes: ProgressNote[],
): GroupFigure[] {
  const configured = groups.filter((each) => each.groupId !== UNGROUPED).map((each) => each.groupId);
  if (partition.shownIds.length === 0) {
    // Everyone in "weitere" would only repeat the organisation's figures.
    if (configured.length > 0) notes.push({ kind: "groupsOmitted", groupIds: configured, threshold });
    return [];
  }
  const figures: GroupFigure[] = partition.shownIds.map((groupId) => ({
    kind: "group",
    groupId,
    participation: participationOf(tallyOf(groups, groupId).selected),
  }));
  if (partition.isRestShown) {
    const rest = [...partition.combinedIds, UNGROUPED].map((groupId) => tallyOf(groups, groupId).selected);
    figures.push({
      kind: "others",
      groupIds: partition.combinedIds,
      participation: participationOf(combineActivity(rest)),
    });
  }
  if (partition.combinedIds.length > 0)
    notes.push({ kind: "groupsCombined", groupIds: partition.combinedIds, threshold });
  if (partition.omittedIds.length > 0) notes.push({ kind: "groupsOmitted", groupIds: partition.omittedIds, threshold });
  return figures;
}
