/**
 * Which prompts a member may be asked: experience prompts whose audience includes them (by
 * their group's audiences and their roles), and the fact prompts of the areas they own that
 * nobody has answered or is answering in this cycle. The rotation, the scheduler and "frage"
 * all choose through this rule.
 */
import { compareTimestamps } from "./calendar";
import type { CatalogPrompt } from "./catalog/catalog-prompt";
import { promptsForCell } from "./catalog/prompt-catalog";
import { cellIndex } from "./cell-index";
import { isAreaElevenSplit } from "./cycle";
import { DEFAULT_AREA_OWNER, DEFAULT_GROUP_AUDIENCES, type AreaOwner, type Audience } from "./audience";
import type { PromptResponse } from "./delivery";
import type { Role } from "./member";
import type { OrgConfig } from "./org-config";
import { AREA_IDS, DIMENSION_IDS, type AreaId } from "./quality-models";

/** The part of a member the rule needs. */
export interface AudienceMember {
  memberId: string;
  group?: string;
  roles?: readonly Role[];
}

/** What one member may be asked, worked out once per member. */
export interface MemberReach {
  /** The areas of the member's group: their experience prompts come from these. */
  askedAreas: ReadonlySet<AreaId>;
  audiences: ReadonlySet<Audience>;
  /** The areas whose fact prompts the member answers. */
  ownedAreas: ReadonlySet<AreaId>;
}

/**
 * Everyone, plus the audiences of the member's group (a member in no known group: the default
 * ones, not another group's), plus management for managers and quality officer for quality
 * officers.
 */
export function audiencesOf(config: Pick<OrgConfig, "groups">, member: AudienceMember): Set<Audience> {
  const group = config.groups.find((candidate) => candidate.id === member.group);
  const audiences = new Set<Audience>(["everyone", ...(group?.audiences ?? DEFAULT_GROUP_AUDIENCES)]);
  if (member.roles?.includes("manager")) audiences.add("management");
  if (member.roles?.includes("qualityOfficer")) audiences.add("qualityOfficer");
  return audiences;
}

function areaOwnerOf(config: Pick<OrgConfig, "areaOwners">, area: AreaId): AreaOwner {
  return config.areaOwners?.[area] ?? DEFAULT_AREA_OWNER;
}

export function isAreaOwner(owner: AreaOwner, member: AudienceMember): boolean {
  switch (owner.kind) {
    case "qualityOfficers":
      return member.roles?.includes("qualityOfficer") ?? false;
    case "managers":
      return member.roles?.includes("manager") ?? false;
    case "member":
      return owner.memberId === member.memberId;
  }
}

/** The areas a member is asked about: their group's, else the first group's, else all. */
export function areasForMember(config: Pick<OrgConfig, "groups">, groupId: string | undefined): readonly AreaId[] {
  const group = config.groups.find((candidate) => candidate.id === groupId) ?? config.groups[0];
  return group?.areas ?? AREA_IDS;
}

export function reachOf(config: Pick<OrgConfig, "groups" | "areaOwners">, member: AudienceMember): MemberReach {
  return {
    askedAreas: new Set(areasForMember(config, member.group)),
    audiences: audiencesOf(config, member),
    ownedAreas: new Set(AREA_IDS.filter((area) => isAreaOwner(areaOwnerOf(config, area), member))),
  };
}

/**
 * The owners as they can answer now: an area whose owner is nobody among these members (a
 * named person who removed the app or cannot be reached, managers when there are none) goes
 * to the quality officers, so its facts are still asked.
 */
export function availableOwners(
  config: Pick<OrgConfig, "areaOwners">,
  members: readonly AudienceMember[],
): OrgConfig["areaOwners"] {
  const owners = config.areaOwners;
  if (!owners) return owners;
  return Object.fromEntries(
    Object.entries(owners).filter(([, owner]) => members.some((member) => isAreaOwner(owner, member))),
  );
}

/** A key that is equal for members who may be asked the same prompts (before the facts settle). */
function reachKey(reach: MemberReach): string {
  return [reach.askedAreas, reach.audiences, reach.ownedAreas].map((set) => [...set].sort().join(",")).join("|");
}

/**
 * Whether the prompt is one for this member: an experience prompt of their group's areas for
 * one of their audiences, or a fact prompt of an area they own that is not settled.
 */
export function isPromptFor(
  prompt: Pick<CatalogPrompt, "id" | "area" | "audience" | "kind">,
  reach: MemberReach,
  settledFacts: ReadonlySet<string>,
): boolean {
  if (prompt.kind === "fact") return reach.ownedAreas.has(prompt.area) && !settledFacts.has(prompt.id);
  return reach.askedAreas.has(prompt.area) && prompt.audience.some((audience) => reach.audiences.has(audience));
}

/** A delivery or an answer, as far as settling a fact prompt goes. */
export interface FactEvidence {
  promptId?: string;
  createdAt: string;
  /** Deliveries only; an answer counts as answered. */
  response?: PromptResponse;
}

/**
 * The fact prompts that are settled for this cycle: answered by anyone since the cycle began,
 * or delivered since then and still open or snoozed (with one owner, so not asked of another
 * at the same time). A skipped or replaced fact prompt may go to an owner again.
 */
export function settledFactPromptIds(
  evidence: Iterable<FactEvidence>,
  isFact: (promptId: string) => boolean,
  cycleStartsAt: string,
): Set<string> {
  const settled = new Set<string>();
  for (const item of evidence) {
    const response = item.response ?? "answered";
    if (response !== "answered" && response !== "open" && response !== "snoozed") continue;
    if (!item.promptId || settled.has(item.promptId) || !isFact(item.promptId)) continue;
    if (compareTimestamps(item.createdAt, cycleStartsAt) >= 0) settled.add(item.promptId);
  }
  return settled;
}

/**
 * The cells (cell-index.ts) someone among these members can be asked about: an experience
 * prompt for one of them, or a fact prompt of an area one of them owns.
 */
export function cellsAskedOf(
  config: Pick<OrgConfig, "groups" | "areaOwners" | "model" | "cycle">,
  members: readonly AudienceMember[],
): Set<number> {
  const asked = new Set<number>();
  const seen = new Set<string>();
  const none: ReadonlySet<string> = new Set();
  for (const member of members) {
    const reach = reachOf(config, member);
    const key = reachKey(reach);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const area of new Set([...reach.askedAreas, ...reach.ownedAreas]))
      for (const dimension of DIMENSION_IDS)
        if (
          promptsForCell(config.model, area, dimension, isAreaElevenSplit(config.cycle)).some((prompt) =>
            isPromptFor(prompt, reach, none),
          )
        )
          asked.add(cellIndex(area, dimension));
  }
  return asked;
}
