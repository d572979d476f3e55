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
import { areaProgress, emptyCells, type CellTally } from "./progress-areas";
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
  participationOf,
  PeopleCounter,
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
  type ParticipationFigure,
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
  const { buckets, people } = tallyProgress(config, input.members, input.facts, input.asked, boundaries);
  const counter = new PeopleCounter(people);
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
      // A group counted only within "weitere" has no period of its own: the overview's.
      firstDate: rangeStart(filters.period, spans.selected, scope.length > 0 ? scope : populations, boundaries),
      lastDate: released > 0 ? lastDayBefore(boundaries, released) : config.cycle.start,
    },
    ...(comparedRange ? { previousRange: comparedRange } : {}),
    notes,
  };

  const cycleSpans = new Map(populations.map((population) => [population, { from: 0, to: population.last }]));
  if (participationOf(roundsIn(populations, cycleSpans), counter).people < threshold)
    return { ...base, notes: [...notes, { kind: "tooFewRespondents", threshold }] };

  if (group && !isOwnGroup) {
    // Everyone the organisation knows in the group; those who use the app (who alone count for k) are not counted out loud.
    const known = input.members.filter((member) => member.group === group.id);
    notes.push({
      kind: "groupCombined",
      groupId: group.id,
      reason: partition.protectingIds.includes(group.id) ? "protectsOthers" : "fewMembers",
      threshold,
      members: known.length,
    });
  }
  const viewPopulations = group ? (isOwnGroup ? scope : []) : populations;
  const selected = participationOf(roundsIn(viewPopulations, spans.selected), counter);
  const hasParticipation = selected.people >= threshold;
  if (!hasParticipation && (!group || isOwnGroup)) notes.push({ kind: "tooFewRespondents", threshold });
  const trend = hasParticipation ? trendOf(selected, viewPopulations, spans, counter, threshold) : undefined;
  if (trend && "reason" in trend) notes.push({ kind: "noComparison", reason: trend.reason });
  for (const population of viewPopulations)
    if (population.last > 0 && population.last < released)
      notes.push({
        kind: "behind",
        group: population.group,
        through: lastDayBefore(boundaries, population.last),
        threshold,
      });
  const groups = group ? [] : groupFigures(populations, spans.selected, partition, counter, threshold, notes);
  const areaIds = group?.areas ?? AREA_IDS;
  const areas = areaProgress(releasedCells(populations, boundaries), config.coverageThresholds, threshold).filter(
    (area) => areaIds.includes(area.area),
  );

  return {
    ...base,
    notes,
    figures: {
      ...(hasParticipation ? { participation: selected } : {}),
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
    population.rounds.slice(0, population.last).some((round) => round.active.length > 0),
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
    const rounds = members.length === 1 ? (members[0] as BucketTally).rounds : mergeRounds(members);
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

/** Several groups' rounds as one group's: the lists of people joined, the counts added. */
function mergeRounds(buckets: readonly BucketTally[]): RoundTally[] {
  return (buckets[0]?.rounds ?? []).map((_, index) => {
    const rounds = buckets.map((bucket) => bucket.rounds[index] as RoundTally);
    return {
      respondents: rounds.flatMap((round) => round.respondents),
      active: rounds.flatMap((round) => round.active),
      answers: rounds.reduce((sum, round) => sum + round.answers, 0),
      promptsAsked: rounds.reduce((sum, round) => sum + round.promptsAsked, 0),
    };
  });
}

/** The populations' rounds within their spans. */
function roundsIn(populations: readonly Population[], spans: ReadonlyMap<Population, Span>): RoundTally[] {
  return populations.flatMap((population) => {
    const span = spans.get(population);
    return span ? population.rounds.slice(span.from, span.to) : [];
  });
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

/** The answers the populations released so far, per cell, each cell with the last day of its latest step. */
function releasedCells(populations: readonly Population[], boundaries: RoundBoundaries): CellTally[] {
  const cells = emptyCells();
  for (const population of populations) {
    // Per cell, the latest round released into it; the step that released that round ends at the next release point.
    const latestRound = new Int32Array(cells.length).fill(-1);
    for (const { answers } of population.buckets)
      for (let index = 0; index < answers.round.length; index += 1) {
        const round = answers.round[index] as number;
        if (round >= population.last) continue;
        const cellIndex = answers.cell[index] as number;
        const cell = cells[cellIndex] as CellTally;
        cell.answers += 1;
        cell.people.add(answers.person[index] as number);
        if (round > (latestRound[cellIndex] as number)) latestRound[cellIndex] = round;
      }
    latestRound.forEach((round, cellIndex) => {
      if (round < 0) return;
      const step = population.points.find((point) => point > round) ?? population.last;
      const through = lastDayBefore(boundaries, step);
      const cell = cells[cellIndex] as CellTally;
      if (!cell.through || through > cell.through) cell.through = through;
    });
  }
  return cells;
}

type TrendResult = { figure: TrendFigure } | { reason: "wholeCycle" | "beforeCycle" | "tooFewRespondents" };

/** The comparison passes the same floor as the period itself, or there is none. */
function trendOf(
  now: ParticipationFigure,
  populations: readonly Population[],
  spans: PeriodSpans,
  counter: PeopleCounter,
  threshold: number,
): TrendResult {
  if (!spans.previous) return { reason: spans.noPrevious ?? "beforeCycle" };
  const before = participationOf(roundsIn(populations, spans.previous), counter);
  if (before.people < threshold) return { reason: "tooFewRespondents" };
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
  counter: PeopleCounter,
  threshold: number,
  notes: ProgressNote[],
): GroupFigure[] {
  const lines: GroupFigure[] = [];
  const without: FigureGroup[] = [];
  for (const population of populations) {
    const participation = participationOf(roundsIn([population], spans), counter);
    const isNamed = population.group.kind === "group" || population.members > 0 || participation.asked > 0;
    if (participation.people < threshold) {
      if (isNamed) without.push(population.group);
      continue;
    }
    lines.push(
      population.group.kind === "group"
        ? { kind: "group", groupId: population.group.groupId, participation }
        : { kind: "others", groupIds: partition.combinedIds, participation },
    );
  }
  if (partition.ownIds.length === 0 && partition.combinedIds.length > 0) notes.push({ kind: "allCombined", threshold });
  else if (partition.combinedIds.length > 0)
    notes.push({ kind: "groupsCombined", groupIds: partition.combinedIds, threshold });
  if (without.length > 0) notes.push({ kind: "withoutFigures", groups: without, threshold });
  return lines.length > 1 || without.length > 0 ? lines : [];
}
