/**
 * Scheduled prompts: the tick that decides what is due (timer every 5 minutes), the worker that
 * delivers it (timer every minute), and local mode's "run it now". Built once per process by the
 * composition root; the rate limiter's memory of recent sends lives as long as the process.
 */
import { randomUUID } from "node:crypto";
import type { Clock } from "../domain/clock";
import { mapWithConcurrency } from "../domain/concurrency";
import type { Logger } from "../logger";
import type { Repositories } from "../store";
import { createDeliveryWorker, type DeliveryWorker, type WorkerSettings } from "./delivery-worker";
import type { ProactiveSender } from "./proactive-sender";
import { createRateLimiter, DEFAULT_TENANT_RPS } from "./rate-limiter";
import { createScheduleTick, type ScheduleTick } from "./schedule-tick";
import { realSleep, type Sleep } from "./sleep";
import { createNotifier, type Notifier } from "./notifier";
import { createTeamsSender, type SenderCredentials } from "./teams-sender";

export type { ProactiveSender } from "./proactive-sender";

/** What one organisation's run-now did, as the people who asked for it count. */
export interface RunNowResult {
  /** False for a known tenant that is not set up yet: nothing to schedule. */
  isSetUp: boolean;
  /** Prompts the tick recorded now. */
  recorded: number;
  /**
   * Prompts and reminders sent by this run, plus the prompts it recorded that another run (local
   * mode's minute timer) claimed first and sent or is sending: they went out because of this run.
   */
  sent: number;
  reminded: number;
  /** Failed for good, or the member cannot be reached. */
  failed: number;
  /** Waiting for a retry (Teams throttled or failed) or for the next run. */
  waiting: number;
}

export interface Scheduling {
  tick: ScheduleTick;
  worker: DeliveryWorker;
  /** Cards outside the schedule (a finished export), through the worker's sender and its rules. */
  notifier: Notifier;
  /** Local mode: one organisation's tick as if every member's slot had come, then one worker run. */
  runNow(orgId: string, now: Date): Promise<RunNowResult>;
}

export interface SchedulingDeps {
  repos: Repositories;
  clock: Clock;
  logger: Logger;
  credentials: SenderCredentials;
  tenantRequestsPerSecond?: number;
  /** Tests and benchmarks replace the Teams sender, the sleep and the worker's settings. */
  sender?: ProactiveSender;
  sleep?: Sleep;
  random?: () => number;
  workerId?: string;
  workerSettings?: Partial<WorkerSettings>;
}

/** A run-now answers within the turn (Teams waits 15 s at most). */
const RUN_NOW_BUDGET_MS = 8_000;

/** Reads at once while counting what another run did with this run's prompts (a small organisation's worth). */
const READ_CONCURRENCY = 8;

/** Of the deliveries given, how many another run has sent or is sending now. */
async function countSentByAnotherRun(
  repos: Pick<Repositories, "deliveries">,
  orgId: string,
  deliveryIds: readonly string[],
): Promise<number> {
  const deliveries = await mapWithConcurrency(deliveryIds, READ_CONCURRENCY, (deliveryId) =>
    repos.deliveries.get(orgId, deliveryId),
  );
  return deliveries.filter((delivery) => delivery?.state === "sent" || delivery?.state === "sending").length;
}

export function createScheduling(deps: SchedulingDeps): Scheduling {
  const tick = createScheduleTick({ repos: deps.repos, logger: deps.logger });
  const sender = deps.sender ?? createTeamsSender(deps.credentials, { logger: deps.logger });
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const worker = createDeliveryWorker({
    repos: deps.repos,
    sender,
    limiter: createRateLimiter({ tenantRequestsPerSecond: deps.tenantRequestsPerSecond ?? DEFAULT_TENANT_RPS }),
    clock: deps.clock,
    sleep,
    logger: deps.logger,
    workerId: deps.workerId ?? `worker-${randomUUID().slice(0, 8)}`,
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.workerSettings ? { settings: deps.workerSettings } : {}),
  });
  return {
    tick,
    worker,
    notifier: createNotifier({ sender, clock: deps.clock, sleep, random, logger: deps.logger }),
    async runNow(orgId, now) {
      const recorded = await tick({ now, orgIds: [orgId], isDueNow: true });
      const delivery = await worker.run({ orgIds: [orgId], budgetMs: RUN_NOW_BUDGET_MS });
      const sentHere = new Set(delivery.sentDeliveryIds);
      const sentElsewhere = await countSentByAnotherRun(
        deps.repos,
        orgId,
        recorded.recordedDeliveryIds.filter((deliveryId) => !sentHere.has(deliveryId)),
      );
      return {
        isSetUp: recorded.organisations > 0,
        recorded: recorded.recorded,
        sent: delivery.sent + sentElsewhere,
        reminded: delivery.reminded,
        failed: delivery.failed + delivery.unreachable,
        waiting: delivery.retrying + delivery.released + delivery.heldForWorkingTime,
      };
    },
  };
}
