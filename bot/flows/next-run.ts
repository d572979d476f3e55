/**
 * When the organisation's next prompts go out, as the scheduler will really send them: for the
 * setup's closing card and the overview. One store query tells which of the periods the
 * scheduler could still catch up already had their prompt.
 */
import { nextScheduledRun, periodsRecordedBy } from "../domain/next-send";
import type { OrgConfig } from "../domain/org-config";
import type { Repositories } from "../store";

export async function nextRunOf(
  repos: Pick<Repositories, "deliveries">,
  config: OrgConfig,
  now: Date,
): Promise<Date | undefined> {
  const recorded = await repos.deliveries.scheduledPeriodsAmong(config.orgId, periodsRecordedBy(config, now));
  return nextScheduledRun(config, now, (periodKey) => recorded.has(periodKey));
}
