/**
 * The Selbstreport basis (requirement list, agreed goals, last workshop, previous report and the
 * Gutachten's notes), in the `config` container, one document per organisation. Kept apart from
 * the configuration, which every turn reads, because a pasted Selbstreport is large.
 */
import type { Container } from "@azure/cosmos";
import { reportBasisSchema, type ReportBasis } from "../domain/report-basis";
import { parseForWrite } from "./parse-for-write";
import {
  createDocument,
  readVersioned,
  replaceIfMatch,
  stripSystemFields,
  type DocumentCodec,
  type Versioned,
} from "./versioned-document";

export interface ReportBasisRepository {
  get(orgId: string): Promise<Versioned<ReportBasis> | undefined>;
  /** The basis as read at most a few seconds ago (`withReportBasisCache`): for an answer's requirement tags only. */
  getRecent(orgId: string): Promise<ReportBasis | undefined>;
  /**
   * Stores the basis: created when `expectedEtag` is absent, else replaced only if nobody saved
   * since that version (CONFLICT otherwise, so that two officers never overwrite each other unseen).
   */
  save(basis: ReportBasis, expectedEtag: string | undefined): Promise<Versioned<ReportBasis>>;
}

const reportBasisIdOf = (orgId: string): string => `reportbasis:${orgId}`;

const reportBasisCodec: DocumentCodec<ReportBasis> = {
  type: "reportBasis",
  schemaVersion: 1,
  id: (basis) => reportBasisIdOf(basis.orgId),
  decode: (document) => reportBasisSchema.parse(stripSystemFields(document)),
};

export function createReportBasisRepository(container: Container): ReportBasisRepository {
  const get = (orgId: string) => readVersioned(container, reportBasisCodec, reportBasisIdOf(orgId), orgId);
  return {
    get,
    getRecent: async (orgId) => (await get(orgId))?.value,
    save(basis, expectedEtag) {
      const valid = parseForWrite(reportBasisSchema, basis, "report basis");
      return expectedEtag
        ? replaceIfMatch(container, reportBasisCodec, valid, expectedEtag)
        : createDocument(container, reportBasisCodec, valid);
    },
  };
}
