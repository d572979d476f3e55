/**
 * The scheduler's tick (a timer, every 5 minutes): for each organisation, records the prompts
 * that are due as pending deliveries, brings ended snoozes back, queues reminders and closes
 * stranded claims. It never sends; the delivery worker does. Delivery ids derive from cycle,
 * period and member, so a tick that runs twice, late or after missed ticks records each prompt
 * once.
 */
import { computeCoverage } from "../domain/coverage";
import type { Delivery } from "../domain/delivery";
import { findDuePrompts, type DuePrompt } from "../domain/due-prompts";
import type { Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import type { Logger } from "../logger";
import type { DeliveryHistoryEntry, Repositories } from "../store";
import { failStranded } from "./delivery-outcomes";
import { mapWithConcurrency } from "../domain/concurrency";
import { answerId } from "../domain/ids";
import { isReminderDue, queueReminder } from "./reminders";
import { resumeSnoozed } from "./snoozes";

interface TickOptions {
  now: Date;
  /** Default: every organisation. */
  orgIds?: readonly string[];
  /** Local mode's "run schedule": every member's slot of the current period counts as come. */
  isDueNow?: boolean;
}

const TICK_COUNTS = [
  "organisations",
  "recorded",
  "alreadyRecorded",
  "snoozesEnded",
  "remindersQueued",
  "stranded",
  "failedOrganisations",
] as const;
type TickCount = (typeof TICK_COUNTS)[number];
type TickResult = Record<TickCount, number> & {
  /** The deliveries this tick recorded: run-now reports what became of them, whichever run sent them. */
  recordedDeliveryIds: string[];
};

export interface ScheduleTickDeps {
  repos: Pick<Repositories, "orgs" | "members" | "deliveries" | "answers">;
  logger: Logger;
}

export type ScheduleTick = (options: TickOptions) => Promise<TickResult>;

/** Writes to one organisation's partition in flight at once. */
const WRITE_CONCURRENCY = 8;

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

export function createScheduleTick({ repos, logger }: ScheduleTickDeps): ScheduleTick {
  async function* organisations(orgIds: readonly string[] | undefined): AsyncIterable<string> {
    if (orgIds) {
      yield* orgIds;
      return;
    }
    for await (const page of repos.orgs.listOrgIds()) yield* page;
  }

  async function tickOrg(config: OrgConfig, options: TickOptions, result: TickResult): Promise<void> {
    const { now } = options;
    const orgId = config.orgId;
    const [members, history, facts] = await Promise.all([
      collect(repos.members.listByOrg(orgId)),
      collect(repos.deliveries.historyForOrg(orgId)),
      collect(repos.answers.factsForOrg(orgId)),
    ]);
    const coverage = computeCoverage(facts, config.coverageThresholds);
    const due = findDuePrompts({ config, members, history, coverage, now, isDueNow: options.isDueNow });

    await mapWithConcurrency(due, WRITE_CONCURRENCY, async (prompt) => {
      const delivery = newDelivery(orgId, prompt, now);
      const { created } = await repos.deliveries.recordIfAbsent(delivery);
      result[created ? "recorded" : "alreadyRecorded"]++;
      if (created) result.recordedDeliveryIds.push(delivery.deliveryId);
    });

    const newest = newestByMember(history, due, now);
    const isNewest = (delivery: Delivery) => (newest.get(delivery.memberId) ?? "") <= delivery.createdAt;
    for (const ended of await repos.deliveries.listSnoozeEnded(orgId, now)) {
      const updated = await repos.deliveries.update(orgId, ended.deliveryId, (d) => resumeSnoozed(d, now, isNewest(d)));
      if (updated.response === "open") result.snoozesEnded++;
    }

    const membersById = new Map<string, Member>(members.map((member) => [member.memberId, member]));
    const sentBefore = new Date(now.getTime() - config.reminderAfterHours * 60 * 60 * 1000);
    for (const candidate of await repos.deliveries.listAwaitingReminder(orgId, sentBefore)) {
      const context = {
        config,
        member: membersById.get(candidate.memberId),
        newestCreatedAt: newest.get(candidate.memberId),
        now,
      };
      if (!isReminderDue(candidate, context)) continue;
      // The answer is stored even when marking its delivery "answered" failed: no reminder then.
      if (await repos.answers.get(orgId, answerId(candidate.deliveryId, candidate.memberId))) {
        await repos.deliveries.markAnswered(orgId, candidate.deliveryId, now);
        continue;
      }
      const updated = await repos.deliveries.update(orgId, candidate.deliveryId, (d) =>
        isReminderDue(d, context) ? queueReminder(d, now) : d,
      );
      if (updated.purpose === "reminder" && updated.state === "pending") result.remindersQueued++;
    }

    for (const stranded of await repos.deliveries.listStranded(orgId, now)) {
      const updated = await repos.deliveries.update(orgId, stranded.deliveryId, (d) => failStranded(d, now));
      if (updated.state === "failed") result.stranded++;
    }
  }

  return async (options) => {
    const counts = Object.fromEntries(TICK_COUNTS.map((name) => [name, 0])) as Record<TickCount, number>;
    const result: TickResult = { ...counts, recordedDeliveryIds: [] };
    for await (const orgId of organisations(options.orgIds)) {
      const config = await repos.orgs.get(orgId);
      if (!config) continue;
      result.organisations++;
      try {
        await tickOrg(config, options, result);
      } catch (error) {
        // One organisation's trouble must not hold back the others; the next tick catches up.
        result.failedOrganisations++;
        logger.error("schedule.org_failed", { reason: error instanceof Error ? error.name : "unknown" });
      }
    }
    for (const name of TICK_COUNTS)
      if (result[name] > 0) logger.info("schedule.tick", { reason: name, count: result[name] });
    return result;
  };
}

function newDelivery(orgId: string, prompt: DuePrompt, now: Date): Delivery {
  const at = now.toISOString();
  return {
    orgId,
    deliveryId: prompt.deliveryId,
    memberId: prompt.memberId,
    kind: "scheduled",
    promptId: prompt.promptId,
    area: prompt.area,
    dimension: prompt.dimension,
    periodKey: prompt.periodKey,
    dueAt: prompt.dueAt,
    state: "pending",
    response: "open",
    attempts: 0,
    ...(prompt.isSentAnyTime ? { isSentAnyTime: true } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

/** Each member's newest delivery, including the ones recorded in this tick. */
function newestByMember(
  history: readonly DeliveryHistoryEntry[],
  due: readonly DuePrompt[],
  now: Date,
): Map<string, string> {
  const newest = new Map<string, string>();
  const see = (memberId: string, createdAt: string) => {
    if ((newest.get(memberId) ?? "") < createdAt) newest.set(memberId, createdAt);
  };
  for (const entry of history) see(entry.memberId, entry.createdAt);
  for (const prompt of due) see(prompt.memberId, now.toISOString());
  return newest;
}
