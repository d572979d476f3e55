/**
 * One pass over answers and deliveries for the progress summary: per group, who answered and
 * who was asked in each completed round of the cycle. An answer counts for the group it was
 * given in (answers keep their group when a member moves); a delivery for the member's current
 * group. People in no configured group are tallied under {@link UNGROUPED}. The round in
 * progress is left out: its answers wait for the round's end.
 *
 * People are numbered (an index per member id) and rounds hold plain lists of those numbers,
 * duplicates allowed; distinct people are counted when lists are combined. A large
 * organisation has 100,000 answers over a hundred rounds, and sets per round cost far more.
 */
import type { AnswerFact } from "./coverage-types";
import type { OrgConfig } from "./org-config";
import { roundIndex, type RoundBoundaries } from "./progress-period";
import type { AskedFact, ParticipationFigure, ProgressMember } from "./progress-types";
import { AREA_IDS, DIMENSION_IDS, type AreaId, type DimensionId } from "./quality-models";

export const UNGROUPED = "";

export interface RoundTally {
  /** People who answered in the round (as numbers, perhaps more than once). */
  respondents: number[];
  /** People who were asked or answered in the round (perhaps more than once). */
  active: number[];
  answers: number;
  promptsAsked: number;
}

/** The answers of completed rounds, column by column: round, cell (see {@link cellIndexOf}) and person. */
interface RoundAnswers {
  round: number[];
  cell: number[];
  person: number[];
}

export interface BucketTally {
  groupId: string;
  /** Members currently in the group who use the app. */
  members: number;
  /** One per completed round. */
  rounds: RoundTally[];
  answers: RoundAnswers;
}

export interface ProgressTally {
  /** The configured groups in order, then {@link UNGROUPED}. */
  buckets: BucketTally[];
  /** How many people were numbered. */
  people: number;
}

const AREA_INDEX = new Map<AreaId, number>(AREA_IDS.map((area, index) => [area, index]));
const DIMENSION_INDEX = new Map<DimensionId, number>(DIMENSION_IDS.map((dimension, index) => [dimension, index]));

/** A cell's place in area order, then dimension order: the order of the coverage map. */
function cellIndexOf(area: AreaId, dimension: DimensionId): number | undefined {
  const row = AREA_INDEX.get(area);
  const column = DIMENSION_INDEX.get(dimension);
  return row === undefined || column === undefined ? undefined : row * DIMENSION_IDS.length + column;
}

function emptyRound(): RoundTally {
  return { respondents: [], active: [], answers: 0, promptsAsked: 0 };
}

export function tallyProgress(
  config: Pick<OrgConfig, "groups">,
  members: readonly ProgressMember[],
  facts: readonly AnswerFact[],
  asked: readonly AskedFact[],
  boundaries: RoundBoundaries,
): ProgressTally {
  const roundCount = Math.max(0, boundaries.instants.length - 1);
  const groupIds = [...config.groups.map((group) => group.id), UNGROUPED];
  const buckets = new Map<string, BucketTally>(
    groupIds.map((groupId) => [
      groupId,
      {
        groupId,
        members: 0,
        rounds: Array.from({ length: roundCount }, emptyRound),
        answers: { round: [], cell: [], person: [] },
      },
    ]),
  );
  const ungrouped = buckets.get(UNGROUPED) as BucketTally;
  const bucketOf = (groupId: string | undefined): BucketTally =>
    (groupId === undefined ? undefined : buckets.get(groupId)) ?? ungrouped;
  const numbers = new Map<string, number>();
  const numberOf = (memberId: string): number => {
    let number = numbers.get(memberId);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(memberId, number);
    }
    return number;
  };
  const currentGroup = new Map<string, string | undefined>();
  for (const member of members) {
    currentGroup.set(member.memberId, member.group);
    if (member.isInstalled) bucketOf(member.group).members += 1;
  }
  const completedRound = (at: string): number | undefined => {
    const round = roundIndex(boundaries.instants, Date.parse(at));
    return round >= 0 && round < roundCount ? round : undefined;
  };

  for (const fact of facts) {
    const round = completedRound(fact.createdAt);
    const cell = cellIndexOf(fact.area, fact.dimension);
    if (round === undefined || cell === undefined) continue;
    const bucket = bucketOf(fact.group ?? currentGroup.get(fact.memberId));
    const tally = bucket.rounds[round] as RoundTally;
    const person = numberOf(fact.memberId);
    tally.answers += 1;
    tally.respondents.push(person);
    tally.active.push(person);
    bucket.answers.round.push(round);
    bucket.answers.cell.push(cell);
    bucket.answers.person.push(person);
  }
  for (const entry of asked) {
    const round = completedRound(entry.createdAt);
    if (round === undefined) continue;
    const tally = bucketOf(currentGroup.get(entry.memberId)).rounds[round] as RoundTally;
    tally.promptsAsked += 1;
    tally.active.push(numberOf(entry.memberId));
  }
  return { buckets: groupIds.map((groupId) => buckets.get(groupId) as BucketTally), people: numbers.size };
}

/** Counts distinct people over lists of numbered people, reusing one array of marks. */
export class PeopleCounter {
  private readonly marks: Int32Array;
  private mark = 0;

  constructor(people: number) {
    this.marks = new Int32Array(people);
  }

  count(lists: Iterable<readonly number[]>): number {
    this.mark += 1;
    let count = 0;
    for (const list of lists)
      for (const person of list)
        if (this.marks[person] !== this.mark) {
          this.marks[person] = this.mark;
          count += 1;
        }
    return count;
  }
}

/** The figures of some rounds (of one or more groups) taken together. */
export function participationOf(rounds: readonly RoundTally[], counter: PeopleCounter): ParticipationFigure {
  return {
    people: counter.count(rounds.map((round) => round.respondents)),
    asked: counter.count(rounds.map((round) => round.active)),
    answers: rounds.reduce((sum, round) => sum + round.answers, 0),
    promptsAsked: rounds.reduce((sum, round) => sum + round.promptsAsked, 0),
  };
}
