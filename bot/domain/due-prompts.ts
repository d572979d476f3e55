/**
 * Who gets which prompt now: the scheduler's pure core. A member is due when `dueSlotAt` finds a
 * period whose prompt is due in their working time and no scheduled prompt exists for them in
 * that period, so a late, repeated or missed tick catches up by the same rule and never sends
 * twice.
 */
import { startOfLocalDay } from "./calendar";
import { findPrompt, promptsForCell, type CatalogPrompt } from "./catalog/prompt-catalog";
import type { AnswerFact, CellCoverage } from "./coverage-types";
import { scheduledDeliveryId } from "./ids";
import type { OrgConfig } from "./org-config";
import { isAreaElevenSplit } from "./cycle";
import { availableOwners, isPromptFor, reachOf, settledFactPromptIds, type FactEvidence } from "./prompt-audience";
import { indexPromptHistory, type HistoryTarget, type PromptHistoryEntry } from "./prompt-history";
import type { AreaId, DimensionId } from "./quality-models";
import { createRotation, type Rotation, type RotationChoice, type RotationMember } from "./rotation";
import { dueSlotAt, memberCalendar, type DueSlot, type SchedulePreferences } from "./schedule";

export type { PromptHistoryEntry } from "./prompt-history";

/** The part of a member the scheduler needs. */
export interface SchedulingMember extends SchedulePreferences, RotationMember {
  isInstalled: boolean;
  isReachable: boolean;
}

export interface DuePromptsInput {
  config: OrgConfig;
  members: readonly SchedulingMember[];
  /** Deliveries so far (all kinds); at least the current cycle and the repeat interval before it. */
  history: readonly PromptHistoryEntry[];
  /** The organisation's coverage (computeCoverage over its answers). */
  coverage: readonly CellCoverage[];
  now: Date;
  /**
   * Treat every member's slot of the current period as come, due at `now`, whatever the working
   * time (local mode's "run schedule", so a newcomer need not wait for Tuesday). Pauses,
   * holidays and the cycle still apply.
   */
  isDueNow?: boolean;
}

export interface DuePrompt {
  deliveryId: string;
  memberId: string;
  promptId: string;
  area: AreaId;
  dimension: DimensionId;
  periodKey: string;
  /** ISO UTC: when the prompt became due (its slot, or the working slot it moved to), at the latest `now`. */
  dueAt: string;
  /** Local mode's "send now": the worker sends it whatever the working time. */
  isSentAnyTime?: boolean;
}

/** The member's fields that decide their slot: members alike in all of them share one computation. */
function slotKey(member: SchedulingMember): string {
  const { timeZone, preferredTime, pausedUntil, vacationUntil, vacations, workingTime } = member;
  if (!pausedUntil && !vacationUntil && !vacations?.length && !workingTime)
    return `${timeZone ?? ""}|${preferredTime ?? ""}`;
  return JSON.stringify([timeZone, preferredTime, pausedUntil, vacationUntil, vacations, workingTime]);
}

/**
 * The prompts to schedule now, at most one per member and period. Members are skipped when not
 * installed or unreachable, when no period's prompt is due for them now (see dueSlotAt), when a
 * prompt is still pending for them, or when every cell of their group has been asked within the
 * repeat interval.
 */
export function findDuePrompts(input: DuePromptsInput): DuePrompt[] {
  const { config, now } = input;
  // Most members share the organisation's zone, time and working hours: compute each distinct slot once.
  const slots = new Map<string, { slot: DueSlot; periodStartsAt: string; timeZone: string } | null>();

  // First who could be due by the clock, then one pass over the history for all of them.
  const candidates: { member: SchedulingMember; slot: DueSlot }[] = [];
  const targets: HistoryTarget[] = [];
  for (const member of input.members) {
    if (!member.isInstalled || !member.isReachable) continue;
    const key = slotKey(member);
    let known = slots.get(key);
    if (known === undefined) {
      const calendar = memberCalendar(config, member);
      const slot = dueSlotAt(config, calendar, now, { isDueNow: input.isDueNow });
      known = slot
        ? {
            slot,
            periodStartsAt: startOfLocalDay(slot.period.firstDate, calendar.timeZone).toISOString(),
            timeZone: calendar.timeZone,
          }
        : null;
      slots.set(key, known);
    }
    if (!known) continue;
    const { slot, periodStartsAt } = known;
    const deliveryId = scheduledDeliveryId(config.cycle.start, slot.period.key, member.memberId);
    candidates.push({ member, slot });
    targets.push({ memberId: member.memberId, period: { key: slot.period.key, deliveryId, startsAt: periodStartsAt } });
  }

  if (candidates.length === 0) return [];

  const cycleStartsAt = cycleStartOf(config);
  const index = indexPromptHistory(input.history, targets, cycleStartsAt, now.toISOString());
  let rotation: Rotation | undefined;
  const due: DuePrompt[] = [];
  candidates.forEach(({ member, slot }, position) => {
    const period = targets[position]?.period;
    if (!period || index.isBlocked(position)) return;
    rotation ??= createRotation(withOwnersAmong(config, input.members), input.coverage, now, {
      settledFacts: () => settledFacts(config, input.history),
    });
    const choice = rotation.choose(member, index.history(position));
    if (!choice) return;
    due.push({
      deliveryId: period.deliveryId,
      memberId: member.memberId,
      promptId: choice.prompt.id,
      area: choice.area,
      dimension: choice.dimension,
      periodKey: period.key,
      dueAt: new Date(Math.min(slot.dueAt.getTime(), now.getTime())).toISOString(),
      ...(input.isDueNow ? { isSentAnyTime: true } : {}),
    });
  });
  return due;
}

/** The configuration with owners that are among the members who can be reached (availableOwners). */
function withOwnersAmong(config: OrgConfig, members: readonly SchedulingMember[]): OrgConfig {
  if (!config.areaOwners) return config;
  const reachable = members.filter((member) => member.isInstalled && member.isReachable);
  return { ...config, areaOwners: availableOwners(config, reachable) };
}

function cycleStartOf(config: OrgConfig): string {
  return startOfLocalDay(config.cycle.start, config.schedule.timeZone).toISOString();
}

const isFactPrompt = (promptId: string) => findPrompt(promptId)?.kind === "fact";

/** The fact prompts settled in the current cycle, from deliveries and answers (see settledFactPromptIds). */
function settledFacts(config: OrgConfig, ...evidence: readonly (readonly FactEvidence[])[]): Set<string> {
  return settledFactPromptIds(evidence.flat(), isFactPrompt, cycleStartOf(config));
}

export interface OnDemandInput {
  config: OrgConfig;
  member: RotationMember;
  /** The member's deliveries so far (other members' entries are ignored). */
  history: readonly PromptHistoryEntry[];
  coverage: readonly CellCoverage[];
  /** The organisation's answers: a fact prompt someone answered in this cycle is not asked again. */
  answers?: readonly AnswerFact[];
  now: Date;
  /** Prompts not to offer, e.g. the one on the card the member wants replaced. */
  excludePromptIds?: readonly string[];
}

/**
 * A prompt for a member who asked for one ("frage"), chosen by the same rotation and ignoring
 * the schedule. When every prompt of the member's cells was asked within the repeat interval,
 * the one asked longest ago is offered rather than nothing: the member asked for it.
 */
export function chooseOnDemandPrompt(input: OnDemandInput): RotationChoice | undefined {
  const { config, member, now } = input;
  const history = indexPromptHistory(
    input.history,
    [{ memberId: member.memberId }],
    cycleStartOf(config),
    now.toISOString(),
  ).history(0);
  const excludePromptIds = new Set(input.excludePromptIds ?? []);
  const rotation = createRotation(config, input.coverage, now, {
    settledFacts: settledFacts(config, ownEntries(input.history, member.memberId), input.answers ?? []),
  });
  return (
    rotation.choose(member, history, { excludePromptIds }) ??
    rotation.choose(member, history, { excludePromptIds, ignoreRepeatInterval: true })
  );
}

function ownEntries(history: readonly PromptHistoryEntry[], memberId: string): PromptHistoryEntry[] {
  return history.filter((entry) => entry.memberId === memberId);
}

export interface InCellInput extends Omit<OnDemandInput, "coverage"> {
  area: AreaId;
  dimension: DimensionId;
}

/**
 * A prompt of one cell for a member (the follow-up asks about the same area's evaluation):
 * among the prompts for them, one they never had, else the one they had longest ago.
 */
export function chooseInCell(input: InCellInput): CatalogPrompt | undefined {
  const { config, member } = input;
  const reach = reachOf(config, member);
  const settled = settledFacts(config, ownEntries(input.history, member.memberId), input.answers ?? []);
  const lastAsked = new Map<string, string>();
  for (const entry of ownEntries(input.history, member.memberId))
    if ((lastAsked.get(entry.promptId) ?? "") < entry.createdAt) lastAsked.set(entry.promptId, entry.createdAt);
  const excluded = new Set(input.excludePromptIds ?? []);
  return promptsForCell(config.model, input.area, input.dimension, isAreaElevenSplit(config.cycle))
    .filter((prompt) => !excluded.has(prompt.id) && isPromptFor(prompt, reach, settled))
    .sort((a, b) => (lastAsked.get(a.id) ?? "").localeCompare(lastAsked.get(b.id) ?? ""))[0];
}
