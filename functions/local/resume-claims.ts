/**
 * After a crash, the deliveries the earlier run had claimed (its prompts on their way) would wait
 * for their leases to run out, minutes. Locally nothing else uses the embedded store, so at start
 * those claims are known to be abandoned: their leases end at once and the next delivery run
 * sends them. A card that was on its way when the process died goes out once more (both copies
 * carry the same delivery id; answering either stores one answer).
 */
import type { Repositories } from "../../bot/store";

export async function resumeClaimsOfEarlierRun(
  repos: Pick<Repositories, "orgs" | "deliveries">,
  now: Date,
): Promise<number> {
  let resumed = 0;
  for await (const page of repos.orgs.listOrgIds())
    for (const orgId of page) resumed += await repos.deliveries.expireLeases(orgId, now);
  return resumed;
}
