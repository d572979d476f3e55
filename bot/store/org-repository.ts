/** Organisations and their configuration, in the `config` container, one document per organisation. */
import type { Container } from "@azure/cosmos";
import { AppError } from "../errors";
import { orgConfigSchema, type OrgConfig } from "../domain/org-config";
import { parseForWrite } from "./parse-for-write";
import { eachPage } from "./query-pages";
import { retentionOf, type OrgRetention, type RetentionSource } from "./retention-policy";
import {
  createDocument,
  readVersioned,
  replaceIfMatch,
  stripSystemFields,
  type DocumentCodec,
  type Versioned,
} from "./versioned-document";

export interface OrgRepository extends RetentionSource {
  get(orgId: string): Promise<OrgConfig | undefined>;
  /** The configuration with the ETag an edit must send back to `save`. */
  getVersioned(orgId: string): Promise<Versioned<OrgConfig> | undefined>;
  /**
   * Without `expectedEtag`: creates the configuration (CONFLICT when it exists). With it: replaces
   * it only if nobody changed it since it was read (CONFLICT otherwise, NOT_FOUND when deleted).
   */
  save(config: OrgConfig, expectedEtag?: string): Promise<Versioned<OrgConfig>>;
  /**
   * Every organisation's id, page by page. The one cross-partition query of the store, for the
   * worker's tick and the sweeper: one small document per organisation, only the id returned.
   */
  listOrgIds(pageSize?: number): AsyncIterable<string[]>;
  /** Retention settings and the current certification period, for documents under retention. */
  retentionFor(orgId: string): Promise<OrgRetention>;
}

const orgIdOf = (orgId: string): string => `org:${orgId}`;

export const orgCodec: DocumentCodec<OrgConfig> = {
  type: "org",
  schemaVersion: 1,
  id: (config) => orgIdOf(config.orgId),
  decode: (document) => orgConfigSchema.parse(stripSystemFields(document)),
};

export function createOrgRepository(container: Container): OrgRepository {
  const getVersioned = (orgId: string) => readVersioned(container, orgCodec, orgIdOf(orgId), orgId);
  const get = async (orgId: string) => (await getVersioned(orgId))?.value;

  return {
    get,
    getVersioned,

    async save(config, expectedEtag) {
      const valid = parseForWrite(orgConfigSchema, config, "organisation configuration");
      if (!expectedEtag) return createDocument(container, orgCodec, valid);
      const current = await getVersioned(valid.orgId);
      if (!current) throw new AppError("NOT_FOUND", "organisation not found");
      return replaceIfMatch(container, orgCodec, valid, expectedEtag);
    },

    async *listOrgIds(pageSize = 500) {
      const iterator = container.items.query<string>(
        {
          query: "SELECT VALUE c.orgId FROM c WHERE c.type = @type",
          parameters: [{ name: "@type", value: orgCodec.type }],
        },
        { maxItemCount: pageSize },
      );
      yield* eachPage(iterator);
    },

    async retentionFor(orgId) {
      return retentionOf(await get(orgId));
    },
  };
}
