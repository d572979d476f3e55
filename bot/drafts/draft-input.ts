/** What a draft is compiled from: the organisation, the period, the requested areas and the answers. */
import type { Answer } from "../domain/answer";
import type { CellCoverage } from "../domain/coverage-types";
import type { AreaId, Localized, Locale, ModelId } from "../domain/quality-models";
import type { NamedPerson } from "./privacy";

/** The fields of an answer a draft may use; edit history stays out. */
export type DraftAnswer = Pick<
  Answer,
  | "answerId"
  | "memberId"
  | "area"
  | "dimension"
  | "part"
  | "group"
  | "text"
  | "evidence"
  | "documents"
  | "status"
  | "createdAt"
  | "updatedAt"
> & {
  /** The catalog prompt answered: a requirement tagged with it takes the answer. */
  promptId?: string;
  /** Requirements the answer was attributed to when it was saved (from its prompt's tags), or a bundle's. */
  requirementIds?: readonly string[];
};

/** One requirement of the organisation's own list: the official number and its own short title. */
export interface DraftRequirement {
  id: string;
  area: AreaId;
  title: string;
  /** Catalog prompts tagged with this requirement ("Fragen:" in the grundlagen list): their answers go here. */
  promptIds?: readonly string[];
}

/** A strategic goal agreed at the last Abschlussworkshop (QB 11a in a re-certification). */
export interface DraftGoal {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  agreedAt: string;
}

/** Re-certification continuity: what the previous Selbstreport said and what the Gutachten asked. */
export interface PreviousReport {
  /** The previous Selbstreport's text (e.g. extracted from its .docx), with its QB headings. */
  selfReportText?: string;
  /** The Gutachten's notes as text: Hinweise and Auflagen, with the QB they concern. */
  reviewNotes?: string;
}

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
  /**
   * Group id → how many members it has. Beside a pseudonym a group is shown only when it has at
   * least `anonymityThreshold` members: "Person 7K3QF · Verwaltung" must not single out the one
   * person in Verwaltung. A group whose size is not given is not shown.
   */
  groupSizes?: Readonly<Record<string, number>>;
  /** The organisation's anonymity threshold (OrgConfig.anonymityThreshold); default 5. */
  anonymityThreshold?: number;
  /** The organisation's term for its definition of success, where it differs from the model's. */
  successDefinitionTerm?: Localized;
  /** Its own requirement list; without one, each area is one topic. */
  requirements?: readonly DraftRequirement[];
  /** Goals agreed at the last Abschlussworkshop (re-certification). */
  goals?: readonly DraftGoal[];
  /** YYYY-MM-DD of the last Abschlussworkshop: Nachweise of a re-certification date from after it. */
  lastWorkshopAt?: string;
  previousReport?: PreviousReport;
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
   * Every member's display name (not only consenting ones) with their pseudonym and member id: names
   * typed into answers become the pseudonym (in a named draft, a consenting member's name), and the
   * LLM drafter never sends a name.
   */
  knownNames?: readonly NamedPerson[];
  /** For dates in the draft and the period filter; default "Europe/Berlin". */
  timeZone?: string;
}

export function lookUpMember(members: MemberLookup, memberId: string): MemberAttribution | undefined {
  return typeof members === "function" ? members(memberId) : members.get(memberId);
}
