/**
 * A validated answers bundle as the compiler's input: the same `DraftInput` the bot builds from
 * its store, so that `npm run draft` and the export card compile alike.
 */
import { AREA_IDS, type Locale } from "../../domain/quality-models";
import { createDraftDates } from "../draft-dates";
import type {
  AttributionMode,
  DraftAnswer,
  DraftInput,
  DraftPeriod,
  MemberAttribution,
  PreviousReport,
} from "../draft-input";
import type { NamedPerson } from "../privacy";
import type { BundleMember, DraftBundle } from "./draft-bundle";

export interface BundleCompileOptions {
  generatedAt: Date;
  /** Default: the bundle's organisation locale. */
  locale?: Locale;
  /** Default "pseudonymous"; "named" shows the names of members who agreed to it. */
  attribution?: AttributionMode;
  /** Default "Europe/Berlin". */
  timeZone?: string;
}

/** A member id that already is a pseudonym ("Person 7", "Person 4KX9T" in a Datenpaket) stays the person's pseudonym. */
const PSEUDONYM = /^Person [0-9A-Z]{1,51}$/;

export function draftInputFromBundle(bundle: DraftBundle, options: BundleCompileOptions): DraftInput {
  const { organisation } = bundle;
  const timeZone = options.timeZone ?? "Europe/Berlin";
  const attribution = options.attribution ?? "pseudonymous";
  const { members, knownNames } = attributeBundleMembers(bundle.members, organisation.anonymityThreshold, attribution);
  const groupOf = new Map(bundle.members.map((member) => [member.id, member.group]));
  const answers: DraftAnswer[] = bundle.answers.map((answer) => ({
    answerId: answer.id,
    memberId: answer.memberId,
    area: answer.area,
    dimension: answer.dimension,
    part: answer.part,
    group: groupOf.get(answer.memberId),
    text: answer.text,
    ...(answer.evidenceNote ? { evidence: answer.evidenceNote } : {}),
    ...(answer.evidence ? { documents: answer.evidence } : {}),
    ...(answer.status ? { status: answer.status } : {}),
    ...(answer.promptId ? { promptId: answer.promptId } : {}),
    ...(answer.requirementIds ? { requirementIds: answer.requirementIds } : {}),
    createdAt: answer.createdAt,
    updatedAt: answer.createdAt,
  }));
  return {
    organisation: {
      name: organisation.name,
      model: organisation.model,
      modelVersion: organisation.modelVersion ?? "",
      cycleKind: organisation.certification === "re" ? "recertification" : "first",
      successDefinition: organisation.successDefinition,
      ...(organisation.requirements ? { requirements: organisation.requirements } : {}),
      ...(organisation.goals ? { goals: organisation.goals } : {}),
      ...(organisation.lastWorkshopAt ? { lastWorkshopAt: organisation.lastWorkshopAt } : {}),
      ...(organisation.previousReport ? { previousReport: previousReportOf(organisation.previousReport) } : {}),
    },
    period: organisation.period ?? answerSpan(bundle, timeZone, options.generatedAt),
    areas: AREA_IDS,
    locale: options.locale ?? organisation.locale,
    attribution,
    answers,
    members,
    // Computed by the compiler from the answers it keeps.
    coverage: [],
    generatedAt: options.generatedAt,
    knownNames,
    timeZone,
  };
}

/**
 * Pseudonyms in bundle order (or the member id where it is one already); a member's group only
 * where the group has at least the anonymity threshold of members, so that no group label
 * singles anyone out; a name only in a named draft for a member who agreed.
 */
function attributeBundleMembers(
  bundleMembers: readonly BundleMember[],
  threshold: number,
  attribution: AttributionMode,
): { members: Map<string, MemberAttribution>; knownNames: NamedPerson[] } {
  const groupSizes = new Map<string, number>();
  for (const { group } of bundleMembers) if (group) groupSizes.set(group, (groupSizes.get(group) ?? 0) + 1);
  const members = new Map<string, MemberAttribution>();
  const knownNames: NamedPerson[] = [];
  bundleMembers.forEach((member, index) => {
    const pseudonym = PSEUDONYM.test(member.id) ? member.id : `Person ${index + 1}`;
    const isNamed = attribution === "named" && member.namedAttribution && member.name;
    members.set(member.id, {
      pseudonym,
      ...(isNamed ? { displayName: member.name } : {}),
      ...(member.group && (groupSizes.get(member.group) ?? 0) >= threshold ? { group: member.group } : {}),
    });
    if (member.name) knownNames.push({ name: member.name, replacement: pseudonym, memberId: member.id });
  });
  return { members, knownNames };
}

/** From the first answer's day to the last's; a bundle without answers covers the day it is compiled. */
function answerSpan(bundle: DraftBundle, timeZone: string, generatedAt: Date): DraftPeriod {
  const dates = createDraftDates("de", timeZone);
  const days = bundle.answers.map((answer) => dates.dayOf(answer.createdAt)).sort();
  const today = dates.dayOf(generatedAt.toISOString());
  return { from: days[0] ?? today, to: days[days.length - 1] ?? today };
}

/** The texts the compiler reads; a file the bundle names has been read into selfReportText before. */
function previousReportOf(report: NonNullable<DraftBundle["organisation"]["previousReport"]>): PreviousReport {
  return {
    ...(report.selfReportText ? { selfReportText: report.selfReportText } : {}),
    ...(report.reviewNotes ? { reviewNotes: report.reviewNotes } : {}),
  };
}
