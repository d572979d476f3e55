/** The store's public surface: repository interfaces, their construction, retention and data-subject rights. */
export type { CosmosSettings, CosmosStore } from "./cosmos-store";
export { createCosmosStore } from "./cosmos-store";
export type { Versioned } from "./versioned-document";
export type { OrgRepository } from "./org-repository";
export type { MemberRepository } from "./member-repository";
export type { SetupDraftRepository } from "./setup-draft-repository";
export type { ReportBasisRepository } from "./report-basis-repository";
export type { DeliveryHistoryEntry, DeliveryRepository } from "./delivery-repository";
export { MAX_DELIVERY_ATTEMPTS } from "./delivery-repository";
export type {
  AnswerChange,
  AnswerPage,
  AnswerPageRequest,
  AnswerRange,
  AnswerRepository,
  SavedAnswer,
} from "./answer-repository";
export type { ExportRepository, NewExport } from "./export-repository";
export type {
  AuditAction,
  AuditDetails,
  AuditEntry,
  AuditPage,
  AuditRecord,
  AuditRepository,
} from "./audit-repository";
export { AUDIT_ACTIONS, AUDIT_DETAIL_MAX_LENGTH } from "./audit-repository";
export type { Repositories } from "./repositories";
export { createRepositories } from "./repositories";
export type { SweepResult } from "./retention-sweeper";
export { sweepExpired } from "./retention-sweeper";
