/**
 * One pass over answers and deliveries for the progress summary: per group, who answered and
 * who was asked in each completed round of the cycle. An answer counts for the group it was
 * given in (answers keep their group when a member moves); a delivery for the member's current
 * group. People in no configured group are tallied under {@link UNGROUPED}. The round in
 * progress is left out: its answers wait for the round's end.
 */
import type { RoundActivity } from "./anonymity-release";
import type { AnswerFact } from "./coverage-types";
import type { OrgConfig } from "./org-config";
import { roundIndex, type RoundBoundaries } from "./progress-period";
import type { AskedFact, ParticipationFigure, ProgressMember } from "./progress-types";

export const UNGROUPED = "";

export interface RoundTally extends RoundActivity {
  respondents: Set<string>;
  active: Set<string>;
  answers: number;
  promptsAsked: number;
}

/** An answer of a completed round, and which round. */
export interface RoundFact {
  fact: AnswerFact;
  round: number;
}

export interface BucketTally {
  groupId: string;
  /** Members currently in the group who use the app. */
  members: number;
  /** One per completed round. */
  rounds: RoundTally[];
  facts: RoundFact[];
}

export function emptyRound(): RoundTally {
  return { respondents: new Set(), active: new Set(), answers: 0, promptsAsked: 0 };
}

export function tallyProgress(
  config: Pick<OrgConfig, "groups">,
  members: readonly ProgressMember[],
  facts: readonly AnswerFact[],
  asked: readonly AskedFact[],
  boundaries: RoundBoundaries,
): BucketTally[] {
  const roundCount = Math.max(0, boundaries.instants.length - 1);
  const groupIds = [...config.groups.map((group) => group.id), UNGROUPED];
  const buckets = new Map<string, BucketTally>(
    groupIds.map((groupId) => [
      groupId,
      { groupId, members: 0, rounds: Array.from({ length: roundCount }, emptyRound), facts: [] },
    ]),
  );
  const bucketOf = (groupId: string | undefined): BucketTally =>
    (groupId === undefined ? undefined : buckets.get(groupId)) ?? (buckets.get(UNGROUPED) as BucketTally);
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
    if (round === undefined) continue;
    const bucket = bucketOf(fact.group ?? currentGroup.get(fact.memberId));
    const tally = bucket.rounds[round] as RoundTally;
    tally.answers += 1;
    tally.respondents.add(fact.memberId);
    tally.active.add(fact.memberId);
    bucket.facts.push({ fact, round });
  }
  for (const entry of asked) {
    const round = completedRound(entry.createdAt);
    if (round === undefined) continue;
    const tally = bucketOf(currentGroup.get(entry.memberId)).rounds[round] as RoundTally;
    tally.promptsAsked += 1;
    tally.active.add(entry.memberId);
  }
  return groupIds.map((groupId) => buckets.get(groupId) as BucketTally);
}

/** Several rounds (or several groups' rounds) as one: sets united, counts added. */
export function combineRounds(rounds: Iterable<RoundTally>): RoundTally {
  const combined = emptyRound();
  for (const round of rounds) {
    for (const id of round.respondents) combined.respondents.add(id);
    for (const id of round.active) combined.active.add(id);
    combined.answers += round.answers;
    combined.promptsAsked += round.promptsAsked;
  }
  return combined;
}

export function participationOf(activity: RoundTally): ParticipationFigure {
  return {
    people: activity.respondents.size,
    asked: activity.active.size,
    answers: activity.answers,
    promptsAsked: activity.promptsAsked,
  };
}
