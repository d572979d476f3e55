/**
 * The delivery worker: claims due deliveries under a lease, sends each through the proactive
 * sender within Teams' rate limits, and records the outcome. Timers call it every minute; it
 * stops after its time budget and the next run goes on.
 *
 * Nothing lost, nothing doubled: a claim is an If-Match write, so two workers never hold the
 * same delivery; a worker that dies leaves leases that expire, and the delivery is claimed
 * again. A send starts only while the lease has room for it to finish (the send timeout), so
 * no one else can claim a delivery while its card is on the way. The one gap left is between
 * Teams accepting the card and our "sent" write (a few milliseconds): a crash exactly there
 * sends that card once more when the lease has expired. It cannot be closed from our side (Teams
 * has no idempotent send), and it is harmless: both cards carry the same delivery id, and the
 * answer's id derives from it, so answering either card stores one answer.
 */
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Repositories } from "../store";
import { DEFAULT_BACKOFF } from "./backoff";
import { DELIVERY_RUN_OUTCOMES, type DeliveryRunOutcome } from "./delivery-outcomes";
import { OrganisationDelivery, type OrganisationDeliveryDeps, type SendSettings } from "./organisation-delivery";
import type { ProactiveSender } from "./proactive-sender";
import type { RateLimiter } from "./rate-limiter";
import type { Sleep } from "./sleep";
import { DEFAULT_SEND_TIMEOUT_MS } from "./teams-sender";

export interface WorkerSettings extends SendSettings {
  /** Deliveries claimed at once. */
  batchSize: number;
  leaseMs: number;
  /** A run stops claiming after this long (timer functions have time limits). */
  budgetMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = {
  batchSize: 100,
  leaseMs: 2 * 60_000,
  concurrency: 8,
  sendTimeoutMs: DEFAULT_SEND_TIMEOUT_MS + 5_000,
  budgetMs: 4 * 60_000,
  backoff: DEFAULT_BACKOFF,
};

export interface DeliveryWorkerDeps {
  repos: Pick<Repositories, "orgs" | "members" | "deliveries">;
  sender: ProactiveSender;
  limiter: RateLimiter;
  clock: Clock;
  sleep: Sleep;
  logger: Logger;
  /** Lease owner; unique per worker instance. */
  workerId: string;
  random?: () => number;
  settings?: Partial<WorkerSettings>;
}

type DeliveryRunResult = Record<DeliveryRunOutcome, number> & {
  organisations: number;
  /** The deliveries this run sent (prompts and reminders): run-now tells them from what another run sent. */
  sentDeliveryIds: string[];
};

export interface DeliveryWorker {
  /** One run over the given organisations (default: all), until nothing is due or the budget is spent. */
  run(options?: { orgIds?: readonly string[]; budgetMs?: number }): Promise<DeliveryRunResult>;
}

/** What every run of one worker shares. */
interface Worker extends OrganisationDeliveryDeps {
  repos: DeliveryWorkerDeps["repos"];
  settings: WorkerSettings;
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const worker: Worker = {
    ...deps,
    owner: deps.workerId,
    random: deps.random ?? Math.random,
    settings: { ...DEFAULT_WORKER_SETTINGS, ...deps.settings },
  };
  return { run: (options = {}) => runOnce(worker, options) };
}

async function runOnce(
  worker: Worker,
  options: { orgIds?: readonly string[]; budgetMs?: number },
): Promise<DeliveryRunResult> {
  const result = emptyResult();
  const startedMs = worker.clock.now().getTime();
  const budgetMs = options.budgetMs ?? worker.settings.budgetMs;
  const isOverBudget = () => worker.clock.now().getTime() - startedMs >= budgetMs;
  for await (const orgId of organisationIds(worker.repos, options.orgIds)) {
    if (isOverBudget()) break;
    const org = await worker.repos.orgs.get(orgId);
    if (!org) continue;
    result.organisations++;
    try {
      await deliverDue(worker, new OrganisationDelivery(worker, org), result, isOverBudget);
    } catch (error) {
      // The store failed for this organisation: its claims expire and a later run goes on; the others go on now.
      worker.logger.error("delivery.org_failed", { reason: error instanceof Error ? error.name : "unknown" });
    }
  }
  logRun(worker.logger, result, worker.clock.now().getTime() - startedMs);
  return result;
}

/** Claims and sends one organisation's due deliveries, batch by batch, while the budget lasts. */
async function deliverDue(
  worker: Worker,
  organisation: OrganisationDelivery,
  result: DeliveryRunResult,
  isOverBudget: () => boolean,
): Promise<void> {
  const { repos, clock, owner, settings } = worker;
  while (!isOverBudget()) {
    const batch = await repos.deliveries.claimDue(
      organisation.orgId,
      clock.now(),
      owner,
      settings.leaseMs,
      settings.batchSize,
    );
    if (batch.length === 0) return;
    const outcomes = await organisation.deliverBatch(batch);
    for (const { deliveryId, outcome } of outcomes) {
      result[outcome]++;
      if (outcome === "sent" || outcome === "reminded") result.sentDeliveryIds.push(deliveryId);
    }
    // Held back longer than a lease (a long Retry-After): a later run goes on.
    if (outcomes.some(({ outcome }) => outcome === "released")) return;
  }
}

async function* organisationIds(
  repos: Pick<Repositories, "orgs">,
  orgIds: readonly string[] | undefined,
): AsyncIterable<string> {
  if (orgIds) {
    yield* orgIds;
    return;
  }
  for await (const page of repos.orgs.listOrgIds()) yield* page;
}

function emptyResult(): DeliveryRunResult {
  const counts = Object.fromEntries(DELIVERY_RUN_OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    DeliveryRunOutcome,
    number
  >;
  return { organisations: 0, sentDeliveryIds: [], ...counts };
}

function logRun(logger: Logger, result: DeliveryRunResult, durationMs: number): void {
  logger.info("delivery.run", { count: result.sent + result.reminded, durationMs });
  for (const outcome of DELIVERY_RUN_OUTCOMES)
    if (result[outcome] > 0 && outcome !== "sent")
      logger.info("delivery.outcome", { reason: outcome, count: result[outcome] });
}
