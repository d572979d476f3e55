/** All repositories over one Cosmos store, built once by the composition root. */
import { createAnswerRepository, type AnswerRepository } from "./answer-repository";
import { createAuditRepository, type AuditRepository } from "./audit-repository";
import type { CosmosStore } from "./cosmos-store";
import { createDeliveryRepository, type DeliveryRepository } from "./delivery-repository";
import { createExportRepository, type ExportRepository } from "./export-repository";
import { createMemberRepository, type MemberRepository } from "./member-repository";
import { withOrgCache } from "./cached-org-repository";
import { withReportBasisCache } from "./cached-report-basis-repository";
import { createOrgRepository, type OrgRepository } from "./org-repository";
import { createPseudonymKeyRepository, type PseudonymKeyRepository } from "./pseudonym-key-repository";
import { createReportBasisRepository, type ReportBasisRepository } from "./report-basis-repository";
import { createSetupDraftRepository, type SetupDraftRepository } from "./setup-draft-repository";

export interface Repositories {
  orgs: OrgRepository;
  members: MemberRepository;
  deliveries: DeliveryRepository;
  answers: AnswerRepository;
  exports: ExportRepository;
  audit: AuditRepository;
  /** The setup flow's work in progress, one per organisation. */
  setupDrafts: SetupDraftRepository;
  /** The key that makes pseudonyms stable per organisation and underivable without it. */
  pseudonymKeys: PseudonymKeyRepository;
  /** What the quality officer gives the drafts: requirements, goals, previous report, Gutachten notes. */
  reportBasis: ReportBasisRepository;
}

export function createRepositories(store: CosmosStore): Repositories {
  // The organisation's configuration decides how long answers, exports and audit entries live.
  const orgs = withOrgCache(createOrgRepository(store.container("config")));
  return {
    orgs,
    members: createMemberRepository(store.container("config")),
    deliveries: createDeliveryRepository(store.container("deliveries")),
    answers: createAnswerRepository(store.container("answers"), orgs),
    exports: createExportRepository(store.container("exports"), orgs),
    audit: createAuditRepository(store.container("audit"), orgs),
    setupDrafts: createSetupDraftRepository(store.container("config")),
    pseudonymKeys: createPseudonymKeyRepository(store.container("config")),
    reportBasis: withReportBasisCache(createReportBasisRepository(store.container("config"))),
  };
}
