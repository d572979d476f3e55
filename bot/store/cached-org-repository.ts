/**
 * Keeps organisation configurations in memory for a short while: every turn and every answer
 * write needs the configuration (language, groups, retention), and it changes rarely. A save
 * through this instance takes effect at once; other instances see it within `ttlMs`.
 */
import type { OrgConfig } from "../domain/org-config";
import type { OrgRepository } from "./org-repository";
import { retentionOf } from "./retention-policy";
import { createShortLivedCache } from "./short-lived-cache";

const ORG_CACHE_MS = 30_000;

export function withOrgCache(
  inner: OrgRepository,
  nowMs: () => number = Date.now,
  ttlMs = ORG_CACHE_MS,
): OrgRepository {
  const cache = createShortLivedCache<OrgConfig | undefined>(ttlMs, nowMs);
  const get = (orgId: string) => cache.get(orgId, () => inner.get(orgId));
  return {
    get,
    // Edits need the current ETag, never a cached copy.
    getVersioned: (orgId) => inner.getVersioned(orgId),
    async save(config, expectedEtag) {
      cache.forget(config.orgId);
      const saved = await inner.save(config, expectedEtag);
      cache.forget(config.orgId);
      return saved;
    },
    listOrgIds: (pageSize) => inner.listOrgIds(pageSize),
    retentionFor: async (orgId) => retentionOf(await get(orgId)),
  };
}
