/** The store's public surface: repository interfaces, their construction, retention and data-subject rights. */
export type { CosmosStore } from "./cosmos-store";
export { createCosmosStore } from "./cosmos-store";
export type { Versioned } from "./versioned-document";
export type { DeliveryHistoryEntry } from "./delivery-repository";
export { MAX_DELIVERY_ATTEMPTS } from "./delivery-repository";
export type { ExportCiting, NewExport } from "./export-repository";
export type { AuditDetails, AuditEntry, AuditRecord } from "./audit-repository";
export type { Repositories } from "./repositories";
export { createRepositories } from "./repositories";
export type { SweepResult } from "./retention-sweeper";
export { sweepExpired } from "./retention-sweeper";
