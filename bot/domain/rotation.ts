/**
 * Coverage-aware rotation: which area × dimension cell, and which prompt in it, a member is
 * asked next. Only prompts for the member count (prompt-audience.ts): experience prompts of
 * their group's areas for their audiences, and the unsettled fact prompts of the areas they
 * own. Order of preference:
 * 1. the cells of the member's group this member was asked least often in the cycle, so that
 *    everyone goes through every cell of their group before any cell comes round again;
 * 2. among those, the cell with the least evidence in the organisation, weighted by deadline
 *    proximity (see {@link evidenceScore}); prompts chosen earlier in the same batch count as
 *    a little evidence, so members of one tick spread over different cells;
 * 3. ties broken by a stable hash of member and cell: deterministic, yet not the same cell for all.
 * Within a cell: a prompt the member never had, else the one they had longest ago, but never
 * one they had within `repeatAfterDays`; a cell with nothing left to ask gives way to the next.
 */
import { compareTimestamps } from "./calendar";
import { CELL_COUNT, cellAt, cellIndex, cellsOfAreas } from "./cell-index";
import { promptsForCell, type CatalogPrompt } from "./catalog/prompt-catalog";
import type { CellCoverage } from "./coverage-types";
import { deadlineWeight, isAreaElevenSplit } from "./cycle";
import type { OrgConfig } from "./org-config";
import { isPromptFor, reachOf, type AudienceMember, type MemberReach } from "./prompt-audience";
import type { MemberPromptHistory } from "./prompt-history";
import type { AreaId, DimensionId } from "./quality-models";

export { areasForMember } from "./prompt-audience";

const DAY_MS = 86_400_000;

/**
 * How much a prompt planned in the same batch counts, in answers (and contributors): roughly
 * the share of prompts that get answered. Enough to spread a tick, too little to outweigh
 * real differences in evidence.
 */
const PLANNED_PROMPT_EVIDENCE = 0.5;

export interface RotationChoice {
  prompt: CatalogPrompt;
  area: AreaId;
  dimension: DimensionId;
}

export type RotationMember = AudienceMember;

interface ChooseOptions {
  /** Prompts not to offer (e.g. the one the member just asked to replace). */
  excludePromptIds?: ReadonlySet<string>;
  /** Offer prompts from within the repeat interval too (longest ago first) — only when nothing else is left. */
  ignoreRepeatInterval?: boolean;
}

export interface Rotation {
  /** The next prompt for a member, or undefined when every prompt for them is exhausted. */
  choose(
    member: RotationMember,
    history: MemberPromptHistory | undefined,
    options?: ChooseOptions,
  ): RotationChoice | undefined;
}

type CoverageThresholds = OrgConfig["coverageThresholds"];

/**
 * Evidence in a cell, in units of "enough" (lower is asked first). Early in the cycle it is
 * the plain volume of answers, which spreads answers evenly; toward the due date it becomes the
 * share of "enough" reached in both answers and different contributors, so cells that the
 * export would list as gaps (e.g. many answers from one person) move ahead.
 */
function evidenceScore(answers: number, contributors: number, thresholds: CoverageThresholds, weight: number): number {
  const volume = answers / thresholds.enoughAnswers;
  const sufficiency = Math.min(volume, contributors / thresholds.enoughContributors);
  return (1 - weight) * volume + weight * sufficiency;
}

/** 32-bit FNV-1a: a stable, platform-independent string hash for tie-breaking. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes two hashes into one (murmur3 finaliser), so member × cell needs no string building. */
function mixHashes(a: number, b: number): number {
  let hash = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const CELL_SALTS: readonly number[] = Array.from({ length: CELL_COUNT }, (_, cell) => {
  const { area, dimension } = cellAt(cell);
  return stableHash(`${area}.${dimension}`);
});

export interface RotationOptions {
  /** Fact prompts answered or being answered in this cycle (settledFactPromptIds). */
  settledFacts?: ReadonlySet<string> | (() => ReadonlySet<string>);
}

/** Prepares a rotation for one batch of choices at `now`; each choice counts toward the next. */
export function createRotation(
  config: OrgConfig,
  coverage: readonly CellCoverage[],
  now: Date,
  options: RotationOptions = {},
): Rotation {
  // Asked after this moment means asked within the repeat interval.
  const repeatCutoff = new Date(now.getTime() - config.repeatAfterDays * DAY_MS).toISOString();
  const weight = deadlineWeight(config.cycle, now, config.schedule.timeZone);
  const isRecertification = isAreaElevenSplit(config.cycle);
  const thresholds = config.coverageThresholds;

  const answers = new Float64Array(CELL_COUNT);
  const contributors = new Float64Array(CELL_COUNT);
  for (const cell of coverage) {
    const index = cellIndex(cell.area, cell.dimension);
    if (index < 0) continue;
    answers[index] = cell.answers;
    contributors[index] = cell.contributors;
  }
  const scores = Float64Array.from({ length: CELL_COUNT }, (_, cell) =>
    evidenceScore(answers[cell] ?? 0, contributors[cell] ?? 0, thresholds, weight),
  );

  const promptsByCell = new Map<number, { prompt: CatalogPrompt; hash: number }[]>();
  function promptsOf(cell: number) {
    let prompts = promptsByCell.get(cell);
    if (!prompts) {
      const { area, dimension } = cellAt(cell);
      prompts = promptsForCell(config.model, area, dimension, isRecertification).map((prompt) => ({
        prompt,
        hash: stableHash(prompt.id),
      }));
      promptsByCell.set(cell, prompts);
    }
    return prompts;
  }

  // A fact prompt chosen in this batch is settled for the owners after this one.
  // Worked out only when an owner is asked: most batches have none and a long history to read.
  let settledFacts: Set<string> | undefined;
  const settled = () =>
    (settledFacts ??= new Set(
      typeof options.settledFacts === "function" ? options.settledFacts() : (options.settledFacts ?? []),
    ));
  const noneSettled: ReadonlySet<string> = new Set();

  // Members alike in group and roles (and not named as an area's owner) may be asked the same
  // prompts: they share one reach and its lists of cells, worked out once per batch.
  const namedOwners = new Set(
    Object.values(config.areaOwners ?? {}).flatMap((owner) => (owner.kind === "member" ? [owner.memberId] : [])),
  );
  const profiles = new Map<string, { reach: MemberReach; cells: number[]; factCells: number[] }>();
  function profileOf(member: RotationMember) {
    const key = namedOwners.has(member.memberId)
      ? `member\n${member.memberId}`
      : `${member.group ?? ""}\n${member.roles?.includes("manager") ? "m" : ""}${member.roles?.includes("qualityOfficer") ? "q" : ""}`;
    let profile = profiles.get(key);
    if (!profile) {
      const reach = reachOf(config, member);
      profile = {
        reach,
        cells: cellsOfAreas([...reach.askedAreas, ...reach.ownedAreas]).filter((cell) =>
          promptsOf(cell).some(({ prompt }) => isPromptFor(prompt, reach, noneSettled)),
        ),
        factCells: cellsOfAreas([...reach.ownedAreas]).filter((cell) =>
          promptsOf(cell).some(({ prompt }) => prompt.kind === "fact"),
        ),
      };
      profiles.set(key, profile);
    }
    return profile;
  }

  function recordPlanned(cell: number): void {
    answers[cell] = (answers[cell] ?? 0) + PLANNED_PROMPT_EVIDENCE;
    contributors[cell] = (contributors[cell] ?? 0) + PLANNED_PROMPT_EVIDENCE;
    scores[cell] = evidenceScore(answers[cell] ?? 0, contributors[cell] ?? 0, thresholds, weight);
  }

  function promptIn(
    cell: number,
    memberHash: number,
    reach: MemberReach,
    history: MemberPromptHistory | undefined,
    options: ChooseOptions,
    kind?: CatalogPrompt["kind"],
  ) {
    let best: CatalogPrompt | undefined;
    // undefined = never asked, which sorts before any time.
    let bestAskedAt: string | undefined;
    let bestTie = 0;
    const lastAskedAt = history?.lastAskedInCell(cell);
    for (const { prompt, hash } of promptsOf(cell)) {
      if (kind !== undefined && prompt.kind !== kind) continue;
      if (options.excludePromptIds?.has(prompt.id)) continue;
      if (!isPromptFor(prompt, reach, reach.ownedAreas.size > 0 ? settled() : noneSettled)) continue;
      const askedAt = lastAskedAt?.get(prompt.id);
      if (askedAt !== undefined && !options.ignoreRepeatInterval && compareTimestamps(askedAt, repeatCutoff) > 0)
        continue;
      const tie = mixHashes(memberHash, hash);
      const order = best === undefined ? -1 : compareAsked(askedAt, bestAskedAt);
      if (order < 0 || (order === 0 && tie < bestTie)) {
        best = prompt;
        bestAskedAt = askedAt;
        bestTie = tie;
      }
    }
    return best;
  }

  return {
    choose(member, history, options = {}) {
      const memberHash = stableHash(member.memberId);
      const { reach, cells, factCells } = profileOf(member);
      const asksOf = (cell: number) => history?.cellAsks[cell] ?? 0;
      const tieOf = (cell: number) => mixHashes(memberHash, CELL_SALTS[cell] ?? 0);
      // Comes before: fewer asks of this member, then less evidence, then the stable hash.
      const isBefore = (a: number, b: number) => {
        const asks = asksOf(a) - asksOf(b);
        if (asks !== 0) return asks < 0;
        const score = (scores[a] ?? 0) - (scores[b] ?? 0);
        if (score !== 0) return score < 0;
        return tieOf(a) < tieOf(b);
      };
      const pick = (cells: readonly number[], kind?: CatalogPrompt["kind"]): RotationChoice | undefined => {
        // Usually the best cell has a prompt left: find the minimum, and look further only when it has not.
        const exhausted = new Set<number>();
        while (exhausted.size < cells.length) {
          let best = -1;
          for (const cell of cells) {
            if (exhausted.has(cell)) continue;
            if (best < 0 || isBefore(cell, best)) best = cell;
          }
          if (best < 0) break;
          const prompt = promptIn(best, memberHash, reach, history, options, kind);
          if (prompt) {
            recordPlanned(best);
            if (prompt.kind === "fact") settled().add(prompt.id);
            return { prompt, area: prompt.area, dimension: prompt.dimension };
          }
          exhausted.add(best);
        }
        return undefined;
      };
      // An owner gets the open facts first: the organisation needs each of them once, from them only.
      const fact = factCells.length > 0 ? pick(factCells, "fact") : undefined;
      return fact ?? pick(cells);
    },
  };
}

function compareAsked(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return compareTimestamps(a, b);
}
