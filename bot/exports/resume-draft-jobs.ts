/**
 * Picks up draft jobs that no worker holds: an LLM draft whose process died mid-job resumes
 * here (its lease expired), at most MAX_DRAFT_ATTEMPTS times.
 */
import type { Repositories } from "../store";

export async function resumeDraftJobs(
  repos: Pick<Repositories, "orgs" | "exports">,
  now: Date,
  run: (orgId: string, exportId: string) => Promise<void>,
): Promise<number> {
  let resumed = 0;
  for await (const orgIds of repos.orgs.listOrgIds()) {
    for (const orgId of orgIds) {
      for (const job of await repos.exports.listClaimableJobs(orgId, now)) {
        await run(orgId, job.exportId);
        resumed++;
      }
    }
  }
  return resumed;
}
