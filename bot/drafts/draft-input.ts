/** What a draft is compiled from: the organisation, the period, the requested areas and the answers. */
import type { Answer } from "../domain/answer";
import type { CellCoverage } from "../domain/coverage-types";
import type { AreaId, Localized, Locale, ModelId } from "../domain/quality-models";
import type { KnownName } from "./pseudonymize";

/** The fields of an answer a draft may use; edit history and prompt ids stay out. */
export type DraftAnswer = Pick<
  Answer,
  "answerId" | "memberId" | "area" | "dimension" | "part" | "group" | "text" | "evidence" | "createdAt" | "updatedAt"
>;

/** How a member appears in the sources of one export. */
export interface MemberAttribution {
  /** Stable within one export, e.g. "Person 7". */
  pseudonym: string;
  /** Present only for members who consented to named attribution. */
  displayName?: string;
  group?: string;
}

export type MemberLookup =
  ReadonlyMap<string, MemberAttribution> | ((memberId: string) => MemberAttribution | undefined);

/** "pseudonymous" (default): pseudonyms only; "named": consented names, pseudonyms for everyone else. */
export type AttributionMode = "pseudonymous" | "named";

export type CycleKind = "first" | "recertification";

export interface DraftOrganisation {
  name: string;
  model: ModelId;
  modelVersion: string;
  cycleKind: CycleKind;
  /** The organisation's own definition of successful learning / counselling / service. */
  successDefinition: string;
  /** The organisation's wording for areas the reference could not confirm (OrgConfig.overrides.areaNames). */
  areaNames?: Partial<Record<AreaId, Localized>>;
  /** Group id → display name, for the sources tables. */
  groupNames?: Readonly<Record<string, string>>;
}

export interface DraftPeriod {
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  /** Inclusive, YYYY-MM-DD. */
  to: string;
}

export interface DraftInput {
  organisation: DraftOrganisation;
  period: DraftPeriod;
  /** In the order they should appear; duplicates are ignored. */
  areas: readonly AreaId[];
  /** Default "de". */
  locale?: Locale;
  /** Default "pseudonymous". */
  attribution?: AttributionMode;
  /** Deleted answers must not be passed; answers outside the period or areas are left out. */
  answers: Iterable<DraftAnswer>;
  members: MemberLookup;
  coverage: readonly CellCoverage[];
  /** When the draft was generated (injected, like every clock). */
  generatedAt: Date;
  /**
   * Every member's display name (not only consenting ones) with their pseudonym: the LLM drafter
   * replaces them in answer text before anything is sent. The structured compiler does not need it.
   */
  knownNames?: readonly KnownName[];
  /** For dates in the draft and the period filter; default "Europe/Berlin". */
  timeZone?: string;
}

export function lookUpMember(members: MemberLookup, memberId: string): MemberAttribution | undefined {
  return typeof members === "function" ? members(memberId) : members.get(memberId);
}
