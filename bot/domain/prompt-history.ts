/**
 * What each member has been asked so far, read in one sequential pass over the organisation's
 * deliveries per scheduler run: per-member cell tallies in flat typed arrays and, per member and
 * cell, a chain of their entries. No per-member scans, no per-member maps.
 */
import { compareTimestamps } from "./calendar";
import { CELL_COUNT, cellIndex } from "./cell-index";
import type { DeliveryKind, PromptResponse } from "./delivery";
import type { AreaId, DimensionId } from "./quality-models";

/** The part of a delivery the scheduling rules need. */
export interface PromptHistoryEntry {
  memberId: string;
  deliveryId: string;
  promptId: string;
  area: AreaId;
  dimension: DimensionId;
  periodKey: string;
  kind: DeliveryKind;
  /** ISO timestamp. */
  createdAt: string;
  response: PromptResponse;
  /** ISO timestamp. */
  snoozedUntil?: string;
}

/** A member the history is read for; with a period, also whether that period's prompt is blocked. */
export interface HistoryTarget {
  memberId: string;
  period?: { key: string; deliveryId: string; startsAt: string };
}

/** What the rotation needs to know about one member. */
export interface MemberPromptHistory {
  /** How often each cell (see cell-index.ts) was asked since the cycle started. */
  cellAsks: Int32Array;
  /** When the member was last asked each prompt of a cell (ISO), over all cycles; absent = never. */
  lastAskedInCell(cell: number): Map<string, string>;
}

export interface PromptHistoryIndex {
  /** True when the target's period already has its scheduled prompt, or a prompt is still pending. */
  isBlocked(position: number): boolean;
  history(position: number): MemberPromptHistory;
}

/** True when the entry is the member's scheduled prompt of the period (by key, or by its derived id). */
function isScheduledFor(entry: PromptHistoryEntry, periodKey: string, deliveryId: string): boolean {
  return entry.deliveryId === deliveryId || (entry.kind === "scheduled" && entry.periodKey === periodKey);
}

/**
 * One open prompt per person. An open prompt blocks a new one while it belongs to the current
 * period; an older one is superseded by the new period's prompt, also when it was sent late
 * (a missed slot caught up within the new period). A prompt snoozed until a future time always
 * blocks; once its snooze has ended it counts as open again.
 */
function isPending(entry: PromptHistoryEntry, period: { key: string; startsAt: string }, now: string): boolean {
  if (entry.response !== "open" && entry.response !== "snoozed") return false;
  if (
    entry.response === "snoozed" &&
    entry.snoozedUntil !== undefined &&
    compareTimestamps(entry.snoozedUntil, now) > 0
  )
    return true;
  if (entry.kind === "scheduled" && entry.periodKey !== period.key) return false;
  return compareTimestamps(entry.createdAt, period.startsAt) >= 0;
}

/**
 * Reads the history for the targets (position = index in `targets`). Every delivery counts as
 * asked, also skipped or replaced ones: the member saw the question. Asks before the cycle
 * started count for the repeat interval only, not for the rotation through this cycle's cells.
 * Entries of members who are not targets are ignored.
 */
export function indexPromptHistory(
  entries: readonly PromptHistoryEntry[],
  targets: readonly HistoryTarget[],
  cycleStartsAt: string,
  now: string,
): PromptHistoryIndex {
  const positions = new Map<string, number>();
  targets.forEach((target, position) => positions.set(target.memberId, position));
  const cellAsks = new Int32Array(targets.length * CELL_COUNT);
  // Chains of entry numbers per member × cell, newest link first; -1 ends a chain.
  const chainHeads = new Int32Array(targets.length * CELL_COUNT).fill(-1);
  const chainNext = new Int32Array(entries.length);
  const blocked = new Uint8Array(targets.length);

  entries.forEach((entry, number) => {
    const position = positions.get(entry.memberId);
    if (position === undefined) return;
    const cell = cellIndex(entry.area, entry.dimension);
    if (cell >= 0) {
      const slot = position * CELL_COUNT + cell;
      if (compareTimestamps(entry.createdAt, cycleStartsAt) >= 0) cellAsks[slot] = (cellAsks[slot] ?? 0) + 1;
      chainNext[number] = chainHeads[slot] ?? -1;
      chainHeads[slot] = number;
    }
    const period = targets[position]?.period;
    if (period && (isScheduledFor(entry, period.key, period.deliveryId) || isPending(entry, period, now)))
      blocked[position] = 1;
  });

  return {
    isBlocked: (position) => blocked[position] === 1,
    history: (position) => ({
      cellAsks: cellAsks.subarray(position * CELL_COUNT, (position + 1) * CELL_COUNT),
      lastAskedInCell(cell) {
        const lastAskedAt = new Map<string, string>();
        for (
          let number = chainHeads[position * CELL_COUNT + cell] ?? -1;
          number >= 0;
          number = chainNext[number] ?? -1
        ) {
          const entry = entries[number];
          if (!entry) break;
          const previous = lastAskedAt.get(entry.promptId);
          if (previous === undefined || compareTimestamps(entry.createdAt, previous) > 0)
            lastAskedAt.set(entry.promptId, entry.createdAt);
        }
        return lastAskedAt;
      },
    }),
  };
}
