/**
 * The managers' progress summary: where the cycle stands, how much evidence each quality area ×
 * reflection dimension has, who takes part, the trend, and the gaps the next rounds will close.
 * Private by design (see anonymity.ts): figures belong to populations of k members or more
 * (groups, "weitere"), each released in steps of k people at the end of a round; the
 * organisation's figures are the sum of its populations', so any two views a manager can pick
 * differ by whole steps of whole populations, never by fewer than k people.
 */
import { partitionGroups, type GroupPartition } from "./anonymity";
import { pointAtOrBefore, releasePoints } from "./anonymity-release";
import type { AnswerFact } from "./coverage-types";
import { cycleStatus } from "./cycle";
import type { OrgConfig } from "./org-config";
import { areaProgress, type ReleasedFact } from "./progress-areas";
import { topGaps } from "./progress-gaps";
import {
  boundaryDaysBefore,
  lastDayBefore,
  PERIOD_DAYS,
  roundBoundaries,
  type ProgressPeriod,
  type RoundBoundaries,
} from "./progress-period";
import {
  combineRounds,
  participationOf,
  tallyProgress,
  UNGROUPED,
  type BucketTally,
  type RoundTally,
} from "./progress-tally";
import {
  ALL_GROUPS,
  type AskedFact,
  type FigureGroup,
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

/** A population with figures of its own: a group, or "weitere" (small groups and people in no group). */
interface Population {
  group: FigureGroup;
  members: number;
  /** Per completed round, the population's groups together. */
  rounds: RoundTally[];
  buckets: BucketTally[];
  /** Release points (boundary indices) and the latest. */
  points: number[];
  last: number;
}

/** Boundary indices, half-open: the rounds from `from` up to `to`. */
interface Span {
  from: number;
  to: number;
}

interface PeriodSpans {
  selected: Map<Population, Span>;
  previous?: Map<Population, Span>;
  /** Why there is no comparison, when there is none. */
  noPrevious?: "wholeCycle" | "beforeCycle";
}

export function computeProgressSummary(input: ProgressInput): ProgressSummary {
  const { config, filters, now } = input;
  const threshold = config.anonymityThreshold;
  const zone = config.schedule.timeZone;
  const group = config.groups.find((candidate) => candidate.id === filters.group);
  const notes: ProgressNote[] = filters.group !== ALL_GROUPS && !group ? [{ kind: "unknownGroup" }] : [];
  const boundaries = roundBoundaries(config, now);
  const buckets = tallyProgress(config, input.members, input.facts, input.asked, boundaries);
  const partition = partitionGroups(
    buckets.filter((bucket) => bucket.groupId !== UNGROUPED).map(({ groupId, members }) => ({ id: groupId, members })),
    bucketOf(buckets, UNGROUPED).members,
    threshold,
  );
  const populations = populationsOf(buckets, partition, threshold);
  const released = latestRelease(populations);
  const spans = periodSpans(filters.period, populations, boundaries, released);
  const scope = group ? populations.filter((population) => isPopulationOf(population, group.id)) : populations;
  const isOwnGroup = group !== undefined && partition.ownIds.includes(group.id);

  const comparedRange = previousRange(spans, scope, boundaries);
  const base: ProgressSummary = {
    filters: { period: filters.period, group: group?.id ?? ALL_GROUPS },
    threshold,
    cycle: cycleStatus(config.cycle, now, zone),
    range: {
      firstDate: rangeStart(filters.period, spans.selected, scope, boundaries),
      lastDate: released > 0 ? lastDayBefore(boundaries, released) : config.cycle.start,
    },
    ...(comparedRange ? { previousRange: comparedRange } : {}),
    notes,
  };

  const releasedFacts = populations.flatMap((population) => releasedFactsOf(population, boundaries));
  if (new Set(releasedFacts.map(({ fact }) => fact.memberId)).size < threshold)
    return { ...base, notes: [...notes, { kind: "tooFewRespondents", threshold }] };

  if (group && !isOwnGroup)
    notes.push({
      kind: "groupCombined",
      groupId: group.id,
      reason: partition.protectingIds.includes(group.id) ? "protectsOthers" : "fewMembers",
      threshold,
    });
  const viewPopulations = group ? (isOwnGroup ? scope : []) : populations;
  const selected = activityIn(viewPopulations, spans.selected);
  const hasParticipation = selected.respondents.size >= threshold;
  if (!hasParticipation && (!group || isOwnGroup)) notes.push({ kind: "tooFewRespondents", threshold });
  const trend = hasParticipation ? trendOf(selected, viewPopulations, spans, threshold) : undefined;
  if (trend && "reason" in trend) notes.push({ kind: "noComparison", reason: trend.reason });
  for (const population of viewPopulations)
    if (population.last > 0 && population.last < released)
      notes.push({
        kind: "behind",
        group: population.group,
        through: lastDayBefore(boundaries, population.last),
        threshold,
      });
  const groups = group ? [] : groupFigures(populations, spans.selected, partition, threshold, notes);
  const areaIds = group?.areas ?? AREA_IDS;
  const areas = areaProgress(releasedFacts, config.coverageThresholds, threshold).filter((area) =>
    areaIds.includes(area.area),
  );

  return {
    ...base,
    notes,
    figures: {
      ...(hasParticipation ? { participation: participationOf(selected) } : {}),
      ...(trend && "figure" in trend ? { trend: trend.figure } : {}),
      groups,
      areas,
      gaps: topGaps(config, areas, input.members, base.cycle.phase),
    },
  };
}

/** Where the figures stand: the latest step of a population that released anything (one without activity is always up to date). */
function latestRelease(populations: readonly Population[]): number {
  const active = populations.filter((population) =>
    population.rounds.slice(0, population.last).some((round) => round.active.size > 0),
  );
  return Math.max(0, ...active.map((population) => population.last));
}

function bucketOf(buckets: readonly BucketTally[], groupId: string): BucketTally {
  const found = buckets.find((bucket) => bucket.groupId === groupId);
  if (!found) throw new Error(`no tally for group ${groupId}`);
  return found;
}

function isPopulationOf(population: Population, groupId: string): boolean {
  return population.group.kind === "group" && population.group.groupId === groupId;
}

/** The groups with figures of their own, then "weitere" with everyone else. */
function populationsOf(buckets: readonly BucketTally[], partition: GroupPartition, threshold: number): Population[] {
  const populationOf = (group: FigureGroup, members: readonly BucketTally[]): Population => {
    const roundCount = members[0]?.rounds.length ?? 0;
    const rounds = Array.from({ length: roundCount }, (_, index) =>
      combineRounds(members.map((bucket) => bucket.rounds[index] as RoundTally)),
    );
    const points = releasePoints(rounds, threshold);
    return {
      group,
      members: members.reduce((sum, bucket) => sum + bucket.members, 0),
      rounds,
      buckets: [...members],
      points,
      last: points[points.length - 1] ?? 0,
    };
  };
  return [
    ...partition.ownIds.map((groupId) => populationOf({ kind: "group", groupId }, [bucketOf(buckets, groupId)])),
    populationOf(
      { kind: "others" },
      [...partition.combinedIds, UNGROUPED].map((groupId) => bucketOf(buckets, groupId)),
    ),
  ];
}

/**
 * Each population's rounds for the period, all on its own release points. The four weeks end
 * with the organisation's latest release and start at each population's last release point at
 * least four weeks before; the comparison takes the four weeks before that, the same way.
 */
function periodSpans(
  period: ProgressPeriod,
  populations: readonly Population[],
  boundaries: RoundBoundaries,
  released: number,
): PeriodSpans {
  const spansFrom = (start: (population: Population) => number, end: (population: Population) => number) =>
    new Map(populations.map((population) => [population, { from: start(population), to: end(population) }]));
  const wholeCycle = spansFrom(
    () => 0,
    (population) => population.last,
  );
  if (period === "cycle") return { selected: wholeCycle, noPrevious: "wholeCycle" };
  const start = boundaryDaysBefore(boundaries, released, PERIOD_DAYS);
  if (start === undefined) return { selected: wholeCycle, noPrevious: "beforeCycle" };
  const selectedFrom = (population: Population) => pointAtOrBefore(population.points, start);
  const selected = spansFrom(selectedFrom, (population) => population.last);
  const previousStart = boundaryDaysBefore(boundaries, start, PERIOD_DAYS);
  if (previousStart === undefined) return { selected, noPrevious: "beforeCycle" };
  return {
    selected,
    previous: spansFrom((population) => pointAtOrBefore(population.points, previousStart), selectedFrom),
  };
}

function activityIn(populations: readonly Population[], spans: ReadonlyMap<Population, Span>): RoundTally {
  return combineRounds(
    populations.flatMap((population) => {
      const span = spans.get(population);
      return span ? population.rounds.slice(span.from, span.to) : [];
    }),
  );
}

/** The first day of the selected period: the cycle start, or the earliest round the populations shown start with. */
function rangeStart(
  period: ProgressPeriod,
  spans: ReadonlyMap<Population, Span>,
  scope: readonly Population[],
  boundaries: RoundBoundaries,
): string {
  const starts = scope
    .map((population) => spans.get(population))
    .filter((span): span is Span => span !== undefined && (period === "cycle" || span.to > span.from))
    .map((span) => span.from);
  return boundaries.dates[starts.length > 0 ? Math.min(...starts) : 0] as string;
}

function previousRange(
  spans: PeriodSpans,
  scope: readonly Population[],
  boundaries: RoundBoundaries,
): { firstDate: string; lastDate: string } | undefined {
  const previous = scope
    .map((population) => spans.previous?.get(population))
    .filter((span): span is Span => span !== undefined && span.to > span.from);
  if (previous.length === 0) return undefined;
  const from = Math.min(...previous.map((span) => span.from));
  const to = Math.max(...previous.map((span) => span.to));
  return { firstDate: boundaries.dates[from] as string, lastDate: lastDayBefore(boundaries, to) };
}

/** Each released answer with the last day of the step that released it. */
function releasedFactsOf(population: Population, boundaries: RoundBoundaries): ReleasedFact[] {
  const throughOfRound: string[] = [];
  for (let index = 1; index < population.points.length; index += 1) {
    const from = population.points[index - 1] as number;
    const to = population.points[index] as number;
    const through = lastDayBefore(boundaries, to);
    for (let round = from; round < to; round += 1) throughOfRound[round] = through;
  }
  return population.buckets.flatMap((bucket) =>
    bucket.facts
      .filter(({ round }) => round < population.last)
      .map(({ fact, round }) => ({ fact, through: throughOfRound[round] as string })),
  );
}

type TrendResult = { figure: TrendFigure } | { reason: "wholeCycle" | "beforeCycle" | "tooFewRespondents" };

/** The comparison passes the same floor as the period itself, or there is none. */
function trendOf(
  selected: RoundTally,
  populations: readonly Population[],
  spans: PeriodSpans,
  threshold: number,
): TrendResult {
  if (!spans.previous) return { reason: spans.noPrevious ?? "beforeCycle" };
  const previous = activityIn(populations, spans.previous);
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

/**
 * The overview's line per population with k respondents in the period; the others are named
 * in a note. A single line would only repeat the organisation's figures, so then there is none.
 */
function groupFigures(
  populations: readonly Population[],
  spans: ReadonlyMap<Population, Span>,
  partition: GroupPartition,
  threshold: number,
  notes: ProgressNote[],
): GroupFigure[] {
  const lines: GroupFigure[] = [];
  const without: FigureGroup[] = [];
  for (const population of populations) {
    const activity = activityIn([population], spans);
    const isNamed = population.group.kind === "group" || population.members > 0 || activity.active.size > 0;
    if (activity.respondents.size < threshold) {
      if (isNamed) without.push(population.group);
      continue;
    }
    const participation = participationOf(activity);
    lines.push(
      population.group.kind === "group"
        ? { kind: "group", groupId: population.group.groupId, participation }
        : { kind: "others", groupIds: partition.combinedIds, participation },
    );
  }
  if (partition.combinedIds.length > 0)
    notes.push({ kind: "groupsCombined", groupIds: partition.combinedIds, threshold });
  if (without.length > 0) notes.push({ kind: "withoutFigures", groups: without, threshold });
  return lines.length > 1 || without.length > 0 ? lines : [];
}
