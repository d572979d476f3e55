/** Staff answers with their edit history, in the `answers` container, one document per prompt instance and member. */
import type { Container } from "@azure/cosmos";
import { AppError, isAppError } from "../errors";
import { answerId as deriveAnswerId } from "../domain/ids";
import { answerSchema, type Answer, type ConclusionStatus, type EvidenceDocument } from "../domain/answer";
import type { AnswerFact } from "../domain/coverage-types";
import type { AreaId, DimensionId } from "../domain/quality-models";
import { answerCodec, storedAnswerSchema, toAnswer, type StoredAnswer } from "./answer-codec";
import { deleteSelected, fetchPage, pagesOf } from "./org-query";
import { parseForWrite } from "./parse-for-write";
import { answerExpiresAt, type RetentionSource } from "./retention-policy";
import {
  createDocument,
  decodeVersioned,
  deleteDocument,
  readVersioned,
  replaceIfMatch,
  updateWithRetry,
  type Versioned,
} from "./versioned-document";

interface SavedAnswer extends Versioned<Answer> {
  /** False when the same answer was stored before (a double click, a retried submit). */
  created: boolean;
}

interface AnswerChange {
  text: string;
  /** Absent: the answer has no evidence any more. */
  evidence?: string;
  /** Absent: no Nachweise named in their own fields any more. */
  documents?: EvidenceDocument[];
  /** Absent: the Schlussfolgerung is marked neither decided nor a proposal. */
  status?: ConclusionStatus;
}

interface AnswerPageRequest {
  area?: AreaId;
  pageSize: number;
  /** From the previous page, with the same member and area. */
  continuationToken?: string;
}

interface AnswerPage {
  answers: Answer[];
  continuationToken?: string;
}

interface AnswerRange {
  /** Inclusive ISO date or timestamp, compared with `createdAt`. */
  from?: string;
  /** Inclusive; a date (YYYY-MM-DD) covers that whole day (UTC). */
  to?: string;
  /** Answers per page (default 200); -1: as many as one response holds (Cosmos DB: up to 4 MB). */
  pageSize?: number;
  /** Asks for the next page while the caller works on this one: only for callers that read every page. */
  readAhead?: boolean;
}

export interface AnswerRepository {
  /**
   * Stores a new answer under its derived id. The same answer again (same text) returns the stored
   * one with `created: false`; a different text for the same prompt instance is a CONFLICT.
   */
  saveNew(answer: Answer): Promise<SavedAnswer>;
  get(orgId: string, answerId: string): Promise<Answer | undefined>;
  /** The answer with the ETag an edit must send back. */
  getVersioned(orgId: string, answerId: string): Promise<Versioned<Answer> | undefined>;
  /**
   * Replaces text and evidence if the answer is still the version the member edited (CONFLICT
   * otherwise), keeping the previous wording in `history`. The caller checks that the member owns it.
   */
  edit(
    orgId: string,
    answerId: string,
    change: AnswerChange,
    expectedEtag: string,
    now: Date,
  ): Promise<Versioned<Answer>>;
  /** Deletes one of the member's own answers; NOT_FOUND for anyone else's. */
  delete(orgId: string, answerId: string, memberId: string): Promise<void>;
  /** The member's answers, newest first, one page per call ("meine antworten"). */
  listForMember(orgId: string, memberId: string, request: AnswerPageRequest): Promise<AnswerPage>;
  /** The organisation's answers in a period, oldest first, page by page (drafts). */
  streamForOrg(orgId: string, range?: AnswerRange): AsyncIterable<Answer[]>;
  /** One member's answers, newest first, page by page (their copy, their count). */
  streamForMember(orgId: string, memberId: string, pageSize?: number): AsyncIterable<Answer[]>;
  /** What coverage needs of every answer, without text, page by page. */
  factsForOrg(orgId: string, pageSize?: number): AsyncIterable<AnswerFact[]>;
  /** The member's newest answer in one area × dimension ("Beim letzten Mal schrieben Sie …"). */
  latestForMemberCell(
    orgId: string,
    memberId: string,
    area: AreaId,
    dimension: DimensionId,
  ): Promise<Answer | undefined>;
  /** Deletes every answer of the member; returns how many. */
  deleteAllForMember(orgId: string, memberId: string): Promise<number>;
  /**
   * Re-stamps the retention of the current cycle's answers after the organisation's cycle or
   * grace changed (e.g. the Testat expiry became known); returns how many changed.
   */
  reapplyRetention(orgId: string): Promise<number>;
}

const OF_ORG = "c.orgId = @orgId AND c.type = 'answer'";
const MAX_PAGE_SIZE = 100;

const answerFactSchema = answerSchema.pick({
  memberId: true,
  area: true,
  dimension: true,
  group: true,
  promptId: true,
  createdAt: true,
});

function publicVersion({ value, etag }: Versioned<StoredAnswer>): Versioned<Answer> {
  return { value: toAnswer(value), etag };
}

function endOfRange(to: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to;
}

export function createAnswerRepository(container: Container, retention: RetentionSource): AnswerRepository {
  const read = (orgId: string, answerId: string) => readVersioned(container, answerCodec, answerId, orgId);

  const memberParameters = (memberId: string) => [{ name: "@memberId", value: memberId }];

  return {
    async saveNew(answer) {
      const valid = parseForWrite(answerSchema, answer, "answer");
      if (valid.answerId !== deriveAnswerId(valid.promptInstanceId, valid.memberId))
        throw new AppError("INVALID_INPUT", "answerId is not derived from prompt instance and member");
      const expiresAt = answerExpiresAt(await retention.retentionFor(valid.orgId));
      const stored: StoredAnswer = { ...valid, ...(expiresAt ? { expiresAt } : {}) };
      try {
        return { ...publicVersion(await createDocument(container, answerCodec, stored)), created: true };
      } catch (error) {
        if (!isAppError(error, "CONFLICT")) throw error;
        const existing = await read(valid.orgId, valid.answerId);
        if (existing && existing.value.text.trim() === valid.text.trim())
          return { ...publicVersion(existing), created: false };
        throw new AppError("CONFLICT", "an answer with a different text exists for this prompt", { cause: error });
      }
    },

    async get(orgId, answerId) {
      const current = await read(orgId, answerId);
      return current && toAnswer(current.value);
    },

    async getVersioned(orgId, answerId) {
      const current = await read(orgId, answerId);
      return current && publicVersion(current);
    },

    async edit(orgId, answerId, change, expectedEtag, now) {
      const current = await read(orgId, answerId);
      if (!current) throw new AppError("NOT_FOUND", "answer not found");
      const { value } = current;
      // Already so (a redelivered edit, or the same words from a second device): nothing to merge.
      if (isSameChange(value, change)) return publicVersion(current);
      if (current.etag !== expectedEtag) throw new AppError("CONFLICT", "answer changed since it was read");
      const { evidence: _previousEvidence, documents: _previousDocuments, status: _previousStatus, ...rest } = value;
      const edited = parseForWrite(
        storedAnswerSchema,
        {
          ...rest,
          text: change.text,
          ...(change.evidence ? { evidence: change.evidence } : {}),
          ...(change.documents && change.documents.length > 0 ? { documents: change.documents } : {}),
          ...(change.status ? { status: change.status } : {}),
          updatedAt: now.toISOString(),
          history: [
            ...value.history,
            {
              text: value.text,
              ...(value.evidence ? { evidence: value.evidence } : {}),
              replacedAt: now.toISOString(),
            },
          ],
        },
        "answer",
      );
      return publicVersion(await replaceIfMatch(container, answerCodec, edited, expectedEtag));
    },

    async delete(orgId, answerId, memberId) {
      const current = await read(orgId, answerId);
      // Someone else's answer looks exactly like a missing one.
      if (!current || current.value.memberId !== memberId) throw new AppError("NOT_FOUND", "answer not found");
      await deleteDocument(container, answerId, orgId, current.etag);
    },

    async listForMember(orgId, memberId, { area, pageSize, continuationToken }) {
      const page = await fetchPage<Record<string, unknown>>(
        container,
        {
          orgId,
          query: `SELECT * FROM c WHERE ${OF_ORG} AND c.memberId = @memberId${area ? " AND c.area = @area" : ""} ORDER BY c.createdAt DESC`,
          parameters: [...memberParameters(memberId), ...(area ? [{ name: "@area", value: area }] : [])],
        },
        Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE),
        continuationToken,
      );
      return {
        answers: page.resources.map((document) => toAnswer(answerCodec.decode(document))),
        ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
      };
    },

    async *streamForOrg(orgId, { from, to, pageSize = 200, readAhead = false } = {}) {
      const query = {
        orgId,
        query: `SELECT * FROM c WHERE ${OF_ORG}${from ? " AND c.createdAt >= @from" : ""}${to ? " AND c.createdAt <= @to" : ""} ORDER BY c.createdAt`,
        parameters: [
          ...(from ? [{ name: "@from", value: from }] : []),
          ...(to ? [{ name: "@to", value: endOfRange(to) }] : []),
        ],
      };
      for await (const page of pagesOf<Record<string, unknown>>(container, query, pageSize, { readAhead }))
        yield page.map((document) => toAnswer(answerCodec.decode(document)));
    },

    async *streamForMember(orgId, memberId, pageSize = 200) {
      const query = {
        orgId,
        query: `SELECT * FROM c WHERE ${OF_ORG} AND c.memberId = @memberId ORDER BY c.createdAt DESC`,
        parameters: memberParameters(memberId),
      };
      for await (const page of pagesOf<Record<string, unknown>>(container, query, pageSize))
        yield page.map((document) => toAnswer(answerCodec.decode(document)));
    },

    async *factsForOrg(orgId, pageSize = 1000) {
      const query = {
        orgId,
        query: `SELECT c.memberId, c.area, c.dimension, c["group"], c.promptId, c.createdAt FROM c WHERE ${OF_ORG}`,
      };
      for await (const page of pagesOf<Record<string, unknown>>(container, query, pageSize))
        yield page.map((fact) => answerFactSchema.parse(fact));
    },

    async latestForMemberCell(orgId, memberId, area, dimension) {
      const { resources } = await fetchPage<Record<string, unknown>>(
        container,
        {
          orgId,
          query: `SELECT TOP 1 * FROM c WHERE ${OF_ORG} AND c.memberId = @memberId AND c.area = @area AND c.dimension = @dimension ORDER BY c.createdAt DESC`,
          parameters: [
            ...memberParameters(memberId),
            { name: "@area", value: area },
            { name: "@dimension", value: dimension },
          ],
        },
        1,
      );
      const [latest] = resources;
      return latest && toAnswer(answerCodec.decode(latest));
    },

    async deleteAllForMember(orgId, memberId) {
      return deleteSelected(container, {
        orgId,
        query: `SELECT c.id FROM c WHERE ${OF_ORG} AND c.memberId = @memberId`,
        parameters: memberParameters(memberId),
      });
    },

    async reapplyRetention(orgId) {
      const policy = await retention.retentionFor(orgId);
      const expiresAt = answerExpiresAt(policy);
      if (!expiresAt || !policy.cycleStart) return 0;
      const query = {
        orgId,
        query: `SELECT * FROM c WHERE ${OF_ORG} AND c.createdAt >= @cycleStart AND (NOT IS_DEFINED(c.expiresAt) OR c.expiresAt != @expiresAt)`,
        parameters: [
          { name: "@cycleStart", value: policy.cycleStart },
          { name: "@expiresAt", value: expiresAt },
        ],
      };
      let changed = 0;
      // Fresh first pages: a re-stamped answer no longer matches the query.
      for (;;) {
        const { resources } = await fetchPage<Record<string, unknown>>(container, query, 100);
        if (resources.length === 0) return changed;
        for (const document of resources) {
          const { value } = decodeVersioned(answerCodec, document);
          const updated = await updateWithRetry(container, answerCodec, answerCodec.id(value), orgId, (current) => ({
            ...current,
            expiresAt,
          }));
          if (updated) changed++;
        }
      }
    },
  };
}

/** A redelivered edit, or the same words from a second device: nothing to store. */
function isSameChange(value: Answer, change: AnswerChange): boolean {
  return (
    value.text === change.text &&
    value.evidence === change.evidence &&
    value.status === change.status &&
    JSON.stringify(value.documents ?? []) === JSON.stringify(change.documents ?? [])
  );
}
