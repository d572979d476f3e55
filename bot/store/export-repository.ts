/** Compiled exports awaiting download, in the `exports` container; they expire after the organisation's `exportDays`. */
import type { Container } from "@azure/cosmos";
import { AppError, isAppError } from "../errors";
import { exportRecordSchema, type ExportRecord } from "../domain/export-record";
import { pagesOf } from "./org-query";
import { parseForWrite } from "./parse-for-write";
import { exportExpiresAt, type RetentionSource } from "./retention-policy";
import { createDocument, readVersioned, replaceIfMatch, stripSystemFields, updateWithRetry, type DocumentCodec } from "./versioned-document";

/**
 * A new export. `expiresAt` comes from the organisation's retention; a caller that already promised
 * an earlier expiry (a signed link) may pass it, and the earlier of the two applies.
 */
export type NewExport = Omit<ExportRecord, "expiresAt" | "updatedAt"> & { expiresAt?: string; updatedAt?: string };

export interface ExportRepository {
  /** Creates the record (CONFLICT when the id exists); expires at the latest `exportDays` (default 7) after `createdAt`. */
  save(record: NewExport): Promise<ExportRecord>;
  /**
   * The record, until it is deleted. The local server has no TTL and keeps expired records until
   * the sweeper runs: whoever serves a download also compares `expiresAt` with the clock.
   */
  get(orgId: string, exportId: string): Promise<ExportRecord | undefined>;
  /** Status changes (pending → ready with content, or failed); the expiry stays. NOT_FOUND once expired. */
  update(orgId: string, exportId: string, mutate: (record: ExportRecord) => ExportRecord): Promise<ExportRecord>;
  /**
   * Takes a pending draft job for `leaseMs` unless someone holds it: with If-Match, so of two
   * workers exactly one gets it. Undefined when it is not pending, held, or the race was lost.
   */
  claimJob(orgId: string, exportId: string, now: Date, leaseMs: number): Promise<ExportRecord | undefined>;
  /** Pending draft jobs of an organisation whose lease is free (new, or their worker died). */
  listClaimableJobs(orgId: string, now: Date): Promise<ExportRecord[]>;
}

export const exportIdOf = (exportId: string): string => `export:${exportId}`;

export const exportCodec: DocumentCodec<ExportRecord> = {
  type: "export",
  schemaVersion: 1,
  id: (record) => exportIdOf(record.exportId),
  decode: (document) => exportRecordSchema.parse(stripSystemFields(document)),
  expiresAt: (record) => record.expiresAt,
};

export function createExportRepository(container: Container, retention: RetentionSource): ExportRepository {
  return {
    async save(record) {
      const { exportDays } = await retention.retentionFor(record.orgId);
      const latest = exportExpiresAt({ exportDays }, record.createdAt);
      const expiresAt = record.expiresAt && record.expiresAt < latest ? record.expiresAt : latest;
      const valid = parseForWrite(exportRecordSchema, { ...record, updatedAt: record.updatedAt ?? record.createdAt, expiresAt }, "export");
      return (await createDocument(container, exportCodec, valid)).value;
    },

    async get(orgId, exportId) {
      return (await readVersioned(container, exportCodec, exportIdOf(exportId), orgId))?.value;
    },

    async claimJob(orgId, exportId, now, leaseMs) {
      const current = await readVersioned(container, exportCodec, exportIdOf(exportId), orgId);
      const job = current?.value;
      if (!current || !job || job.status !== "pending" || (job.leaseUntil && job.leaseUntil > now.toISOString())) return undefined;
      const claimed = { ...job, leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), attempts: (job.attempts ?? 0) + 1, updatedAt: now.toISOString() };
      try {
        return (await replaceIfMatch(container, exportCodec, claimed, current.etag)).value;
      } catch (error) {
        if (isAppError(error, "CONFLICT")) return undefined;
        throw error;
      }
    },

    async listClaimableJobs(orgId, now) {
      const query = {
        orgId,
        query: `SELECT * FROM c WHERE c.orgId = @orgId AND c.type = 'export' AND c.status = 'pending' AND IS_DEFINED(c.request)
          AND (NOT IS_DEFINED(c.leaseUntil) OR c.leaseUntil <= @now)`,
        parameters: [{ name: "@now", value: now.toISOString() }],
      };
      const jobs: ExportRecord[] = [];
      for await (const page of pagesOf<Record<string, unknown>>(container, query, 50)) jobs.push(...page.map(exportCodec.decode));
      return jobs;
    },

    async update(orgId, exportId, mutate) {
      const updated = await updateWithRetry(container, exportCodec, exportIdOf(exportId), orgId, (current) =>
        parseForWrite(exportRecordSchema, { ...mutate(current), expiresAt: current.expiresAt }, "export"),
      );
      if (!updated) throw new AppError("NOT_FOUND", "export not found");
      return updated.value;
    },
  };
}
