/**
 * The scheduler and delivery worker over a harness's repositories, with a clock the test moves
 * (the worker's waits advance it) and the real Teams sender, whose sends time out when the
 * connector holds them (test/support/held-sends.ts), so a connector that never answers costs no time.
 */
import type { Delivery } from "../../../bot/domain/delivery";
import type { Member } from "../../../bot/domain/member";
import { silentLogger } from "../../../bot/logger";
import { createScheduling, type ProactiveSender, type Scheduling } from "../../../bot/scheduling";
import type { WorkerSettings } from "../../../bot/scheduling/delivery-worker";
import { createTeamsSender } from "../../../bot/scheduling/teams-sender";
import type { Repositories } from "../../../bot/store";
import type { FakeClock } from "../../integration/delivery-fixtures";
import { seedOrg } from "../../support/org-fixture";
import type { HeldSends } from "../../support/held-sends";
import { BOT_ID } from "../../support/teams-activities";

export const MINUTE = 60_000;

interface ProcessOptions {
  settings?: Partial<WorkerSettings>;
  sender?: ProactiveSender;
  repos?: Repositories;
}

export interface Outbox {
  /** The real Teams sender every worker here uses unless given another. */
  sender: ProactiveSender;
  /**
   * A scheduler and worker as another process would have them: own lease owner and rate limiter;
   * a process about to be killed gets its own sender or repositories.
   */
  scheduling(workerId: string, options?: ProcessOptions): Scheduling;
  /** Members, recorded as if they had installed the app. */
  addMembers(orgId: string, memberIds: readonly string[]): Promise<void>;
  /** An organisation with members whose prompts the tick has just recorded. */
  orgWithDuePrompts(orgId: string, memberIds: readonly string[]): Promise<Delivery[]>;
  deliveriesOf(orgId: string): Promise<Delivery[]>;
}

export function outboxOver(repos: Repositories, clock: FakeClock, serviceUrl: string, held?: HeldSends): Outbox {
  const teamsSender = createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger });
  const sender = held ? held.timingOut(teamsSender) : teamsSender;
  const scheduling = (workerId: string, options: ProcessOptions = {}) =>
    createScheduling({
      repos: options.repos ?? repos,
      clock,
      logger: silentLogger,
      credentials: { appType: "MultiTenant" },
      sender: options.sender ?? sender,
      sleep: clock.sleep,
      random: () => 0.5,
      workerId,
      workerSettings: { batchSize: 10, concurrency: 4, ...options.settings },
    });

  async function addMember(orgId: string, memberId: string): Promise<Member> {
    const { member } = await repos.members.recordSighting(
      {
        orgId,
        memberId,
        userId: `29:${memberId}`,
        aadObjectId: memberId,
        name: `Person ${memberId}`,
        locale: "de",
        timeZone: "Europe/Berlin",
        conversation: {
          channelId: "msteams",
          serviceUrl,
          conversationId: `a:personal-${memberId}`,
          tenantId: orgId,
          botId: BOT_ID,
        },
      },
      clock.now(),
    );
    return member;
  }

  async function addMembers(orgId: string, memberIds: readonly string[]): Promise<void> {
    if (!(await repos.orgs.get(orgId))) await seedOrg(repos, { orgId });
    for (const memberId of memberIds) await addMember(orgId, memberId);
  }

  async function deliveriesOf(orgId: string): Promise<Delivery[]> {
    const ids: string[] = [];
    for await (const page of repos.deliveries.historyForOrg(orgId)) ids.push(...page.map((entry) => entry.deliveryId));
    const all = await Promise.all(ids.map((id) => repos.deliveries.get(orgId, id)));
    return all.filter((delivery): delivery is Delivery => delivery !== undefined);
  }

  return {
    sender,
    scheduling,
    addMembers,
    async orgWithDuePrompts(orgId, memberIds) {
      await addMembers(orgId, memberIds);
      await scheduling("scheduler").tick({ now: clock.now(), orgIds: [orgId], isDueNow: true });
      const recorded = await deliveriesOf(orgId);
      if (recorded.length < memberIds.length)
        throw new Error(`the tick recorded ${recorded.length} prompts for ${memberIds.length} members`);
      return recorded;
    },
    deliveriesOf,
  };
}
