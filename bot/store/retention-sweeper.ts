/**
 * Deletes what retention has expired. On Azure the per-document `ttl` does this by itself; the
 * local server has no TTL, so the local runtime (and anyone who wants certainty) runs this.
 */
import type { ContainerName } from "./container-definitions";
import type { CosmosStore } from "./cosmos-store";
import { deleteSelected } from "./org-query";
import type { OrgRepository } from "./org-repository";

export interface SweepResult {
  exports: number;
  answers: number;
  audit: number;
}

const SWEPT: readonly (keyof SweepResult & ContainerName)[] = ["exports", "answers", "audit"];

/** Deletes, organisation by organisation, every export, answer and audit entry whose `expiresAt` has passed. */
export async function sweepExpired(
  store: CosmosStore,
  orgs: Pick<OrgRepository, "listOrgIds">,
  now: Date,
): Promise<SweepResult> {
  const result: SweepResult = { exports: 0, answers: 0, audit: 0 };
  const parameters = [{ name: "@now", value: now.toISOString() }];
  for await (const orgIds of orgs.listOrgIds()) {
    for (const orgId of orgIds) {
      for (const name of SWEPT) {
        result[name] += await deleteSelected(store.container(name), {
          orgId,
          // Documents without expiresAt (no retention known when written) are not matched: kept.
          query: "SELECT c.id FROM c WHERE c.orgId = @orgId AND c.expiresAt < @now",
          parameters,
        });
      }
    }
  }
  return result;
}
