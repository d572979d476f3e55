/**
 * When the next prompts go out, as the scheduler will really send them: for the organisation
 * (the setup's closing card and the overview) and for one member ("fortsetzen"). One store
 * query, or two reads, tell which of the periods the scheduler could still catch up already
 * had their prompt.
 */
import { scheduledDeliveryId } from "../domain/ids";
import type { Member } from "../domain/member";
import { nextScheduledRun, nextSend, periodsRecordedBy } from "../domain/next-send";
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

/** When this member's next scheduled prompt comes, by their calendar and the prompts they already got. */
export async function nextSendOf(
  repos: Pick<Repositories, "deliveries">,
  config: OrgConfig,
  member: Member,
  now: Date,
): Promise<Date | undefined> {
  const periods = periodsRecordedBy(config, now);
  const had = new Set<string>();
  await Promise.all(
    periods.map(async (periodKey) => {
      const id = scheduledDeliveryId(config.cycle.start, periodKey, member.memberId);
      if (await repos.deliveries.get(config.orgId, id)) had.add(periodKey);
    }),
  );
  // Other periods: an earlier one is beyond the scheduler's catch-up, a later one not yet due.
  return nextSend(config, member, now, (periodKey, slot) =>
    periods.includes(periodKey) ? had.has(periodKey) : slot.firstDueAt.getTime() < now.getTime(),
  )?.dueAt;
}
