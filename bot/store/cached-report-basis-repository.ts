/**
 * Keeps each organisation's report basis in memory for a short while, for the requirement tags
 * an answer is stored with: every submit needs them, and they change when the quality officer
 * saves the basis. A save through this instance takes effect at once; other instances see it
 * within `ttlMs`. An answer saved meanwhile on another instance carries the tags as they were
 * just before the save, as if it had been saved a moment earlier: a tag added is still found at
 * compile time (the drafts file an answer without tags by its prompt's tags then), a removed
 * requirement no longer files it; only a prompt moved from one requirement to another that
 * both still exist files such an answer under the old one.
 */
import type { ReportBasis } from "../domain/report-basis";
import type { ReportBasisRepository } from "./report-basis-repository";
import { createShortLivedCache } from "./short-lived-cache";

const REPORT_BASIS_CACHE_MS = 30_000;

export function withReportBasisCache(
  inner: ReportBasisRepository,
  nowMs: () => number = Date.now,
  ttlMs = REPORT_BASIS_CACHE_MS,
): ReportBasisRepository {
  const cache = createShortLivedCache<ReportBasis | undefined>(ttlMs, nowMs);
  return {
    // Editing and the drafts need the current version, never a cached copy.
    get: (orgId) => inner.get(orgId),
    getRecent: (orgId) => cache.get(orgId, () => inner.getRecent(orgId)),
    async save(basis, expectedEtag) {
      cache.forget(basis.orgId);
      try {
        return await inner.save(basis, expectedEtag);
      } finally {
        cache.forget(basis.orgId);
      }
    },
  };
}
