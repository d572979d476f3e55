/**
 * The organisation's answers bundle from the store (the "Datenpaket" of issue 15
 * item 10): the period's answers, pseudonymised like a draft (members under their pseudonyms,
 * names typed into answers replaced, no member names), ready for `npm run draft` or a consultant.
 * It carries the requirement list (with its prompt tags) and, in a re-certification, the agreed
 * goals and the last workshop's date, so that it compiles offline as the export card does.
 * Answer ids are keyed too: the stored ones name the member (their Entra object id).
 * The bundle's shape is bot/drafts/bundle/draft-bundle.ts.
 */
import { createHmac } from "node:crypto";
import type { Answer } from "../domain/answer";
import type { OrgConfig } from "../domain/org-config";
import type { ReportBasis } from "../domain/report-basis";
import { redactPersonalData, type RedactionContext } from "../drafts";
import type { BundleAnswer, BundleMember, BundleOrganisation, DraftBundle } from "../drafts/bundle/draft-bundle";
import type { Repositories } from "../store";
import { attributeMembers } from "./member-attributions";

export interface BundleRequest {
  /** Inclusive YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface StoreBundle {
  bundle: DraftBundle;
  /** The members (store ids) whose answers it carries: "alles löschen" tells them it exists. */
  citedMemberIds: string[];
}

const ANSWER_PAGE_SIZE = 1_000;

export async function draftBundleFromStore(
  repos: Repositories,
  org: OrgConfig,
  request: BundleRequest,
): Promise<StoreBundle> {
  // "named" only to learn who agreed to be named: the bundle itself never carries a name.
  const { attributions, knownNames, groupSizes } = await attributeMembers(repos, org.orgId, "named");
  const groupNames = new Map(org.groups.map((group) => [group.id, group.name]));
  // Pseudonyms only, consent or not: the bundle leaves the organisation.
  const privacy: RedactionContext = {
    people: knownNames,
    keepTerms: [org.name, ...groupNames.values()],
    locale: org.defaultLocale,
  };
  const clean = (text: string) => redactPersonalData(text, privacy).text;
  const bundleAnswerId = keyedAnswerIds(await repos.pseudonymKeys.getOrCreate(org.orgId));
  const members: BundleMember[] = [...attributions.values()].map((attribution) => {
    // A group smaller than the anonymity threshold would single its members out.
    const isShown = attribution.group && (groupSizes[attribution.group] ?? 0) >= org.anonymityThreshold;
    const group = isShown && attribution.group ? (groupNames.get(attribution.group) ?? attribution.group) : undefined;
    return { id: attribution.pseudonym, ...(group ? { group } : {}), namedAttribution: !!attribution.displayName };
  });
  const basis = (await repos.reportBasis.get(org.orgId))?.value;
  const requirementIds = new Set(basis?.requirements.map((requirement) => requirement.id));
  const answers: BundleAnswer[] = [];
  const citedMemberIds = new Set<string>();
  for await (const page of repos.answers.streamForOrg(org.orgId, {
    from: request.from,
    to: request.to,
    pageSize: ANSWER_PAGE_SIZE,
  }))
    for (const answer of page) {
      const pseudonym = attributions.get(answer.memberId)?.pseudonym;
      if (!pseudonym) continue;
      citedMemberIds.add(answer.memberId);
      answers.push(
        bundleAnswer(answer, { id: bundleAnswerId(answer.answerId), memberId: pseudonym }, clean, requirementIds),
      );
    }
  const bundle: DraftBundle = {
    organisation: {
      name: org.name,
      model: org.model,
      modelVersion: org.modelVersion,
      certification: org.cycle.kind === "recertification" ? "re" : "first",
      successDefinition: org.successDefinition,
      locale: org.defaultLocale,
      anonymityThreshold: org.anonymityThreshold,
      period: { from: request.from, to: request.to },
      ...(basis ? bundleBasis(org, basis, clean) : {}),
    },
    members,
    answers,
  };
  return { bundle, citedMemberIds: [...citedMemberIds] };
}

/**
 * An answer's id in the bundle: keyed with the organisation's secret like the pseudonyms, so it
 * is the same in every Datenpaket of the organisation and tells nobody whose answer it is.
 */
function keyedAnswerIds(key: Uint8Array): (answerId: string) => string {
  return (answerId) => `a-${createHmac("sha256", key).update(`answer:v1:${answerId}`).digest("hex").slice(0, 20)}`;
}

/**
 * The grundlagen the drafts use (draft-job.ts draftBasis): requirements always; goals, the last
 * workshop and the previous Selbstreport with the Gutachten's notes in a re-certification. Names of
 * members in the previous report are replaced like those in answers.
 */
function bundleBasis(
  org: OrgConfig,
  basis: ReportBasis,
  clean: (text: string) => string,
): Pick<BundleOrganisation, "requirements" | "goals" | "lastWorkshopAt" | "previousReport"> {
  const requirements = basis.requirements.map((requirement) => ({ ...requirement, title: clean(requirement.title) }));
  if (org.cycle.kind !== "recertification") return requirements.length > 0 ? { requirements } : {};
  const goals = basis.goals.map((goal) => ({ ...goal, title: clean(goal.title) }));
  const previousReport = {
    ...(basis.previousReportText ? { selfReportText: clean(basis.previousReportText) } : {}),
    ...(basis.reviewNotes ? { reviewNotes: clean(basis.reviewNotes) } : {}),
  };
  return {
    ...(requirements.length > 0 ? { requirements } : {}),
    ...(goals.length > 0 ? { goals } : {}),
    ...(basis.lastWorkshopAt ? { lastWorkshopAt: basis.lastWorkshopAt } : {}),
    ...(Object.keys(previousReport).length > 0 ? { previousReport } : {}),
  };
}

function bundleAnswer(
  answer: Answer,
  { id, memberId }: Pick<BundleAnswer, "id" | "memberId">,
  clean: (text: string) => string,
  requirementIds: ReadonlySet<string>,
): BundleAnswer {
  // A requirement removed from the list since the answer was saved no longer files it.
  const attributed = answer.requirementIds?.filter((id) => requirementIds.has(id)) ?? [];
  return {
    id,
    memberId,
    area: answer.area,
    dimension: answer.dimension,
    text: clean(answer.text),
    createdAt: answer.createdAt,
    promptId: answer.promptId,
    ...(answer.part ? { part: answer.part } : {}),
    ...(answer.documents
      ? {
          evidence: answer.documents.map((document) => ({
            title: clean(document.title),
            ...(document.date ? { date: document.date } : {}),
            ...(document.place ? { place: clean(document.place) } : {}),
          })),
        }
      : {}),
    ...(answer.evidence ? { evidenceNote: clean(answer.evidence) } : {}),
    ...(answer.status ? { status: answer.status } : {}),
    ...(attributed.length > 0 ? { requirementIds: attributed } : {}),
  };
}
