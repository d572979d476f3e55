/**
 * The organisation's answers bundle from the store (the export card's "Datenpaket", issue 15
 * item 10): the period's answers, pseudonymised like a draft (members under their pseudonyms,
 * names typed into answers replaced, no member names), ready for `npm run draft` or a consultant.
 * The bundle's shape is bot/drafts/bundle/draft-bundle.ts.
 */
import type { Answer } from "../domain/answer";
import type { OrgConfig } from "../domain/org-config";
import { redactPersonalData, type RedactionContext } from "../drafts";
import type { BundleAnswer, BundleMember, DraftBundle } from "../drafts/bundle/draft-bundle";
import type { Repositories } from "../store";
import { attributeMembers } from "./draft-job";

export interface BundleRequest {
  /** Inclusive YYYY-MM-DD. */
  from: string;
  to: string;
}

const ANSWER_PAGE_SIZE = 1_000;

export async function draftBundleFromStore(
  repos: Repositories,
  org: OrgConfig,
  request: BundleRequest,
): Promise<DraftBundle> {
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
  const members: BundleMember[] = [...attributions.values()].map((attribution) => {
    // A group smaller than the anonymity threshold would single its members out.
    const isShown = attribution.group && (groupSizes[attribution.group] ?? 0) >= org.anonymityThreshold;
    const group = isShown && attribution.group ? (groupNames.get(attribution.group) ?? attribution.group) : undefined;
    return { id: attribution.pseudonym, ...(group ? { group } : {}), namedAttribution: !!attribution.displayName };
  });
  const answers: BundleAnswer[] = [];
  for await (const page of repos.answers.streamForOrg(org.orgId, {
    from: request.from,
    to: request.to,
    pageSize: ANSWER_PAGE_SIZE,
  }))
    for (const answer of page) {
      const pseudonym = attributions.get(answer.memberId)?.pseudonym;
      if (pseudonym) answers.push(bundleAnswer(answer, pseudonym, clean));
    }
  return {
    organisation: {
      name: org.name,
      model: org.model,
      modelVersion: org.modelVersion,
      certification: org.cycle.kind === "recertification" ? "re" : "first",
      successDefinition: org.successDefinition,
      locale: org.defaultLocale,
      anonymityThreshold: org.anonymityThreshold,
      period: { from: request.from, to: request.to },
    },
    members,
    answers,
  };
}

function bundleAnswer(answer: Answer, memberId: string, clean: (text: string) => string): BundleAnswer {
  return {
    id: answer.answerId,
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
  };
}
