/** Compiled exports awaiting download, in the `exports` container; they expire after the organisation's `exportDays`. */
import type { Container } from "@azure/cosmos";
import { AppError, isAppError } from "../errors";
import type { DraftFormat } from "../domain/draft-request";
import { EXPORT_CONTENT_MAX_CHARS, exportRecordSchema, type ExportRecord } from "../domain/export-record";
import { withStoreErrors } from "./cosmos-store";
import { deleteSelected, pagesOf } from "./org-query";
import { parseForWrite } from "./parse-for-write";
import { exportExpiresAt, type RetentionSource } from "./retention-policy";
import {
  createDocument,
  encode,
  readVersioned,
  replaceIfMatch,
  stripSystemFields,
  ttlUntil,
  updateWithRetry,
  type DocumentCodec,
} from "./versioned-document";

/**
 * A new export. `expiresAt` comes from the organisation's retention; a caller that already promised
 * an earlier expiry (a signed link) may pass it, and the earlier of the two applies.
 */
export type NewExport = Omit<ExportRecord, "expiresAt" | "updatedAt"> & { expiresAt?: string; updatedAt?: string };

/** A kept draft job that quotes a member: when it was made and which files it holds. */
export interface ExportCiting {
  exportId: string;
  createdAt: string;
  formats: DraftFormat[];
}

export interface ExportRepository {
  /**
   * Creates the record (CONFLICT when the id exists); expires at the latest `exportDays` (default 7) after `createdAt`.
   * With `replace`, a record of that id is overwritten, parts included: a resumed job writes its files again.
   */
  save(record: NewExport, options?: { replace?: boolean }): Promise<ExportRecord>;
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
  /** Drafts and Datenpakete compiled from the member's answers that are still kept, oldest first. */
  listExportsCiting(orgId: string, memberId: string, now: Date): Promise<ExportCiting[]>;
  /** Deletes the member's own data exports ("meine daten"), parts included: their links stop at once. */
  deletePersonalDataExports(orgId: string, memberId: string): Promise<number>;
}

const exportIdOf = (exportId: string): string => `export:${exportId}`;

const exportCodec: DocumentCodec<ExportRecord> = {
  type: "export",
  schemaVersion: 1,
  id: (record) => exportIdOf(record.exportId),
  decode: (document) => exportRecordSchema.parse(stripSystemFields(document)),
  expiresAt: (record) => record.expiresAt,
};

/** The id of one part of a file too large for a single document. */
const partIdOf = (exportId: string, index: number): string => `${exportId}.part-${index}`;

export function createExportRepository(container: Container, retention: RetentionSource): ExportRepository {
  const read = async (orgId: string, exportId: string) =>
    (await readVersioned(container, exportCodec, exportIdOf(exportId), orgId))?.value;

  return {
    async save(record, options = {}) {
      const { exportDays } = await retention.retentionFor(record.orgId);
      const latest = exportExpiresAt({ exportDays }, record.createdAt);
      const expiresAt = record.expiresAt && record.expiresAt < latest ? record.expiresAt : latest;
      const complete = { ...record, updatedAt: record.updatedAt ?? record.createdAt, expiresAt };
      const content = complete.content ?? "";
      const writeHeader = async (header: ExportRecord) =>
        options.replace
          ? await withStoreErrors(async () => void (await container.items.upsert(encode(exportCodec, header))))
          : await createDocument(container, exportCodec, header);
      if (content.length <= EXPORT_CONTENT_MAX_CHARS) {
        const whole = parseForWrite(exportRecordSchema, complete, "export");
        await writeHeader(whole);
        return whole;
      }

      // Cosmos holds at most 2 MB per document: a large draft is written as parts first, then
      // the record that names how many there are, so a reader never sees a half-written file.
      const partCount = Math.ceil(content.length / EXPORT_CONTENT_MAX_CHARS);
      for (let index = 0; index < partCount; index++) {
        const chunk = content.slice(index * EXPORT_CONTENT_MAX_CHARS, (index + 1) * EXPORT_CONTENT_MAX_CHARS);
        const part = parseForWrite(
          exportRecordSchema,
          { ...complete, exportId: partIdOf(record.exportId, index), content: chunk },
          "export part",
        );
        await withStoreErrors(() =>
          container.items.upsert({
            ...part,
            id: exportIdOf(part.exportId),
            type: "exportPart",
            schemaVersion: 1,
            ttl: ttlUntil(part.expiresAt),
          }),
        );
      }
      // Replacing a file that had more parts leaves its last ones unread until their TTL removes them.
      const { content: _whole, ...header } = complete;
      await writeHeader(parseForWrite(exportRecordSchema, { ...header, partCount }, "export"));
      return { ...header, partCount, content };
    },

    async get(orgId, exportId) {
      const record = await read(orgId, exportId);
      if (!record?.partCount) return record;
      const parts: string[] = [];
      for (let index = 0; index < record.partCount; index++) {
        const part = await withStoreErrors(() =>
          container.item(exportIdOf(partIdOf(exportId, index)), orgId).read<{ content?: string }>(),
        );
        if (!part.resource?.content) return { ...record, status: "failed", failure: "missing part" };
        parts.push(part.resource.content);
      }
      return { ...record, content: parts.join("") };
    },

    async claimJob(orgId, exportId, now, leaseMs) {
      const current = await readVersioned(container, exportCodec, exportIdOf(exportId), orgId);
      const job = current?.value;
      if (!current || !job || job.status !== "pending" || (job.leaseUntil && job.leaseUntil > now.toISOString()))
        return undefined;
      const claimed = {
        ...job,
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: (job.attempts ?? 0) + 1,
        updatedAt: now.toISOString(),
      };
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
      for await (const page of pagesOf<Record<string, unknown>>(container, query, 50))
        jobs.push(...page.map(exportCodec.decode));
      return jobs;
    },

    async listExportsCiting(orgId, memberId, now) {
      const query = {
        orgId,
        query: `SELECT c.exportId, c.createdAt, c.request.formats FROM c WHERE c.orgId = @orgId AND c.type = 'export' AND c.kind = 'draft'
          AND IS_DEFINED(c.request) AND c.expiresAt > @now AND ARRAY_CONTAINS(c.citedMemberIds, @memberId) ORDER BY c.createdAt`,
        parameters: [
          { name: "@memberId", value: memberId },
          { name: "@now", value: now.toISOString() },
        ],
      };
      const exports: ExportCiting[] = [];
      for await (const page of pagesOf<ExportCiting>(container, query, 50)) exports.push(...page);
      return exports;
    },

    async deletePersonalDataExports(orgId, memberId) {
      return deleteSelected(container, {
        orgId,
        query: `SELECT c.id FROM c WHERE c.orgId = @orgId AND c.kind = 'personalData' AND c.requestedBy = @memberId`,
        parameters: [{ name: "@memberId", value: memberId }],
      });
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
