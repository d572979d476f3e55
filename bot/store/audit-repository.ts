/**
 * Who did what (exports, role and configuration changes, data-subject requests), in the `audit`
 * container, kept `auditYears`. Entries hold ids, counts and codes; never answer text.
 */
import { createHash } from "node:crypto";
import type { Container } from "@azure/cosmos";
import { z } from "zod";
import { isAppError } from "../errors";
import { fetchPage, pagesOf } from "./org-query";
import { parseForWrite } from "./parse-for-write";
import { auditExpiresAt, type RetentionSource } from "./retention-policy";
import { createDocument, stripSystemFields, type DocumentCodec } from "./versioned-document";

const AUDIT_ACTIONS = ["export.created", "roles.changed", "config.changed", "data.exported", "data.deleted"] as const;
type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Longest string a detail may hold: enough for ids and codes, too short for an answer. */
const AUDIT_DETAIL_MAX_LENGTH = 200;

/** Keys that would invite free text; refused at compile time and at run time. */
const FORBIDDEN_DETAIL_KEYS = ["text", "answer", "answerText", "evidence", "content", "history"] as const;
type ForbiddenDetailKey = (typeof FORBIDDEN_DETAIL_KEYS)[number];

/** Scalars only, and none of the keys that would carry what someone wrote. */
export type AuditDetails = Record<string, string | number | boolean> & { [K in ForbiddenDetailKey]?: never };

export interface AuditEntry {
  orgId: string;
  at: string;
  actorMemberId: string;
  action: AuditAction;
  details: AuditDetails;
}

export interface AuditRecord extends AuditEntry {
  expiresAt: string;
}

interface AuditPage {
  entries: AuditRecord[];
  continuationToken?: string;
}

export interface AuditRepository {
  /**
   * Records an entry (INVALID_INPUT for a detail that is not a short scalar or has a forbidden key).
   * Recording the very same entry twice (a retry) stores it once.
   */
  record(entry: AuditEntry): Promise<AuditRecord>;
  /** Newest first, one page per call. */
  list(orgId: string, pageSize: number, continuationToken?: string): Promise<AuditPage>;
  /** Entries where the member is the actor, oldest first, page by page (their data export). */
  streamForActor(orgId: string, memberId: string, pageSize?: number): AsyncIterable<AuditRecord[]>;
}

const detailValueSchema = z.union([z.string().max(AUDIT_DETAIL_MAX_LENGTH), z.number(), z.boolean()]);

const auditRecordSchema = z.object({
  orgId: z.string().min(1),
  at: z.string(),
  actorMemberId: z.string().min(1),
  action: z.enum(AUDIT_ACTIONS),
  details: z
    .record(z.string(), detailValueSchema)
    .refine((details) => !FORBIDDEN_DETAIL_KEYS.some((key) => key in details), {
      message: "free-text key in audit details",
    }),
  expiresAt: z.string(),
});

function fingerprint(entry: AuditEntry): string {
  const canonical = JSON.stringify([entry.at, entry.actorMemberId, entry.action, Object.entries(entry.details).sort()]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

const auditCodec: DocumentCodec<AuditRecord> = {
  type: "audit",
  schemaVersion: 1,
  id: (record) => `audit:${record.at}:${fingerprint(record)}`,
  decode: (document) => auditRecordSchema.parse(stripSystemFields(document)),
  expiresAt: (record) => record.expiresAt,
};

const OF_ORG = "c.orgId = @orgId AND c.type = 'audit'";

export function createAuditRepository(container: Container, retention: RetentionSource): AuditRepository {
  return {
    async record(entry) {
      const { auditYears } = await retention.retentionFor(entry.orgId);
      const record = parseForWrite(
        auditRecordSchema,
        { ...entry, expiresAt: auditExpiresAt({ auditYears }, entry.at) },
        "audit entry",
      );
      try {
        return (await createDocument(container, auditCodec, record)).value;
      } catch (error) {
        // The id is a fingerprint of the entry: a conflict is this entry, recorded by an earlier try.
        if (isAppError(error, "CONFLICT")) return record;
        throw error;
      }
    },

    async list(orgId, pageSize, continuationToken) {
      const page = await fetchPage<Record<string, unknown>>(
        container,
        { orgId, query: `SELECT * FROM c WHERE ${OF_ORG} ORDER BY c.at DESC` },
        Math.min(Math.max(1, pageSize), 100),
        continuationToken,
      );
      return {
        entries: page.resources.map(auditCodec.decode),
        ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
      };
    },

    async *streamForActor(orgId, memberId, pageSize = 200) {
      const query = {
        orgId,
        query: `SELECT * FROM c WHERE ${OF_ORG} AND c.actorMemberId = @memberId ORDER BY c.at`,
        parameters: [{ name: "@memberId", value: memberId }],
      };
      for await (const page of pagesOf<Record<string, unknown>>(container, query, pageSize))
        yield page.map(auditCodec.decode);
    },
  };
}
