/**
 * One pass over answers and deliveries for the progress summary: who answered and who was asked,
 * per group, in the selected and the previous range. An answer counts for the group it was given
 * in (answers keep their group when a member moves); a delivery for the member's current group.
 * People in no configured group are tallied under {@link UNGROUPED}.
 */
import type { PeopleBucket } from "./anonymity";
import type { AnswerFact } from "./coverage-types";
import type { OrgConfig } from "./org-config";
import { isWithinRange, type ProgressRanges } from "./progress-period";
import type { AskedFact, ParticipationFigure, ProgressMember } from "./progress-types";

export const UNGROUPED = "";

export interface ActivityTally {
  respondents: Set<string>;
  /** Asked or answered. */
  active: Set<string>;
  answers: number;
  promptsAsked: number;
}

export interface GroupTally {
  groupId: string;
  members: number;
  selected: ActivityTally;
  previous: ActivityTally;
  /** The group's answers in the selected range. */
  facts: AnswerFact[];
}

export interface ProgressTally {
  /** The configured groups in order, then {@link UNGROUPED}. */
  groups: GroupTally[];
  /** The organisation's answers since the cycle started. */
  cycleFacts: AnswerFact[];
}

function emptyActivity(): ActivityTally {
  return { respondents: new Set(), active: new Set(), answers: 0, promptsAsked: 0 };
}

export function tallyProgress(
  config: Pick<OrgConfig, "groups">,
  members: readonly ProgressMember[],
  facts: readonly AnswerFact[],
  asked: readonly AskedFact[],
  ranges: ProgressRanges,
): ProgressTally {
  const groupIds = [...config.groups.map((group) => group.id), UNGROUPED];
  const tallies = new Map<string, GroupTally>(
    groupIds.map((groupId) => [
      groupId,
      { groupId, members: 0, selected: emptyActivity(), previous: emptyActivity(), facts: [] },
    ]),
  );
  const known = (groupId: string | undefined): GroupTally =>
    (groupId === undefined ? undefined : tallies.get(groupId)) ?? (tallies.get(UNGROUPED) as GroupTally);
  const currentGroup = new Map<string, string | undefined>();
  for (const member of members) {
    currentGroup.set(member.memberId, member.group);
    if (member.isInstalled) known(member.group).members += 1;
  }

  const cycleFacts: AnswerFact[] = [];
  for (const fact of facts) {
    const createdMs = Date.parse(fact.createdAt);
    if (!isWithinRange(ranges.cycle, createdMs)) continue;
    cycleFacts.push(fact);
    const tally = known(fact.group ?? currentGroup.get(fact.memberId));
    if (isWithinRange(ranges.selected, createdMs)) {
      addAnswer(tally.selected, fact.memberId);
      tally.facts.push(fact);
    }
    if (ranges.previous && isWithinRange(ranges.previous, createdMs)) addAnswer(tally.previous, fact.memberId);
  }
  for (const entry of asked) {
    const createdMs = Date.parse(entry.createdAt);
    const tally = known(currentGroup.get(entry.memberId));
    if (isWithinRange(ranges.selected, createdMs)) addAsked(tally.selected, entry.memberId);
    if (ranges.previous && isWithinRange(ranges.previous, createdMs)) addAsked(tally.previous, entry.memberId);
  }
  return { groups: groupIds.map((groupId) => tallies.get(groupId) as GroupTally), cycleFacts };
}

function addAnswer(activity: ActivityTally, memberId: string): void {
  activity.answers += 1;
  activity.respondents.add(memberId);
  activity.active.add(memberId);
}

function addAsked(activity: ActivityTally, memberId: string): void {
  activity.promptsAsked += 1;
  activity.active.add(memberId);
}

/** Several groups' activity as one (sets united, counts added). */
export function combineActivity(activities: readonly ActivityTally[]): ActivityTally {
  const combined = emptyActivity();
  for (const activity of activities) {
    for (const id of activity.respondents) combined.respondents.add(id);
    for (const id of activity.active) combined.active.add(id);
    combined.answers += activity.answers;
    combined.promptsAsked += activity.promptsAsked;
  }
  return combined;
}

export function participationOf(activity: ActivityTally): ParticipationFigure {
  return {
    people: activity.respondents.size,
    asked: activity.active.size,
    answers: activity.answers,
    promptsAsked: activity.promptsAsked,
  };
}

/** The group as the anonymity rules see it, in one of the two ranges. */
export function peopleBucket(tally: GroupTally, range: "selected" | "previous"): PeopleBucket {
  return {
    id: tally.groupId,
    members: tally.members,
    respondents: tally[range].respondents,
    active: tally[range].active,
  };
}
