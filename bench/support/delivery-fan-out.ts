/**
 * The delivery fan-out benchmark's measured process (forked by bench/delivery.bench.ts): the
 * scheduler's tick and the delivery worker, sending through the production Teams sender (the
 * Bot Framework's connector client) to the fake Teams connector, which enforces Teams' limits
 * and fails a share of sends. The store (the embedded Cosmos-compatible server) runs in the
 * parent, as Cosmos DB runs elsewhere in production, so this process's peak RSS is the worker's
 * (plus the small fake connector's).
 *
 * Time is simulated: the worker's waits and the connector's windows read one clock that moves
 * only when the worker waits, so the simulated rate shows how well the worker uses the tenant's
 * limit, whatever this machine's speed.
 */
import * as os from "node:os";
import type { AdaptiveCard } from "../../cards";
import { silentLogger } from "../../bot/logger";
import {
  createDeliveryWorker,
  DEFAULT_WORKER_SETTINGS,
  type DeliveryWorker,
} from "../../bot/scheduling/delivery-worker";
import type { ProactiveSender } from "../../bot/scheduling/proactive-sender";
import { createRateLimiter } from "../../bot/scheduling/rate-limiter";
import { createScheduleTick } from "../../bot/scheduling/schedule-tick";
import { createTeamsSender } from "../../bot/scheduling/teams-sender";
import { createCosmosStore, createRepositories, type Repositories } from "../../bot/store";
import { startTeamsLimitsConnector, type ConnectorStats } from "../../test/support/teams-limits-connector";
import { seededRandom } from "../../test/support/teams-limits";
import { simulatedClock, type SimulatedClock } from "./simulated-clock";
import { createWorkerKillSwitch } from "./worker-kill-switch";
import { useInterpretedZodParsers } from "../../functions/zod-settings";

export interface FanOutPlan {
  scenario: "uninterrupted" | "killedAtHalf";
  endpoint: string;
  key: string;
  database: string;
  orgId: string;
  members: number;
  /** The connector's limit (Teams' ~50). */
  tenantLimitRps: number;
  /** What the worker is configured to send per second and tenant. */
  workerRps: number;
  serverErrorRate: number;
  seed: number;
}

/** What the process needs before the members are seeded. */
export type ChildSetup = Pick<FanOutPlan, "tenantLimitRps" | "serverErrorRate" | "seed"> & {
  /** Where simulated time starts: the organisation's weekly slot. */
  startAt: string;
};

export interface FanOutResult {
  scenario: FanOutPlan["scenario"];
  members: number;
  recorded: number;
  /** Cards that reached the connector during the worker's first run (the fan-out proper). */
  deliveredInMainRun: number;
  mainRunSimulatedSeconds: number;
  /** Until the last retry was delivered, with the delivery timer running every minute. */
  allDeliveredSimulatedSeconds: number;
  followUpRuns: number;
  uniqueDelivered: number;
  duplicates: number;
  lost: number;
  storeSent: number;
  connector: ConnectorStats;
  /** Killed run: what the first worker sent and the leases it left. */
  sentBeforeKill?: number;
  leasesLeft?: number;
  tickMs: number;
  sendRealMs: number;
  /** The most requests the connector saw within any second (of simulated time), 429s included. */
  busiestSecondAtConnector: number;
  /** CPU time (user + system) per 1,000 deliveries, and its user part. */
  cpuMsPer1000: number;
  cpuUserMsPer1000: number;
  /** The machine's one-minute load average when the measured part began and ended. */
  loadAverage: { before: number; after: number };
  peakRssMb: number;
  peakHeapMb: number;
}

export type ParentMessage = { type: "go"; plan: FanOutPlan };
export type ChildMessage =
  { type: "ready"; serviceUrl: string } | { type: "result"; result: FanOutResult } | { type: "error"; message: string };

/** The fan-out in one run; a timer run's 4 minutes would end it a little before the last sends. */
const SIMULATED_BUDGET_MS = 2 * 60 * 60_000;
/** The delivery timer's period: retries that came due after the main run wait for its next run. */
const TIMER_PERIOD_MS = 60_000;
const MAX_FOLLOW_UP_RUNS = 60;
/** Production's batch size, concurrency, lease and backoff; only the budget differs. */
const WORKER_SETTINGS = { budgetMs: SIMULATED_BUDGET_MS };

/** The delivery id on a card (in its buttons' data). */
function deliveryIdOf(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = deliveryIdOf(item);
      if (found) return found;
    }
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "deliveryId" && typeof value === "string") return value;
      const found = deliveryIdOf(value);
      if (found) return found;
    }
  }
  return undefined;
}

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) =>
    process.send?.(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );
}

function nextMessage(): Promise<ParentMessage> {
  return new Promise((resolve) => process.once("message", (message) => resolve(message as ParentMessage)));
}

async function main(): Promise<void> {
  // As the Function App's composition root does, since the worker runs in that process.
  useInterpretedZodParsers();
  // The parent seeds the members with this connector's URL, then says go; the clock's start and
  // the connector's limits and faults come on the command line, so the connector can start first.
  const setup = JSON.parse(process.argv[2] ?? "{}") as ChildSetup;
  const clock = simulatedClock(new Date(setup.startAt));
  const deliveries = new Map<string, number>();
  /**
   * When the worker handed each card to the adapter, in simulated time, by conversation (one
   * member's, with at most one card on its way). Simulated time has no network latency, so a
   * request reaches Teams when it is sent; reading the clock on arrival instead would date it by
   * however far the other lanes' waits have moved the clock meanwhile. Keyed by the conversation
   * rather than the card's delivery id, so that the bookkeeping does not search each card twice
   * more in the process whose CPU is measured.
   */
  const sentAt = new Map<string, number>();
  const arrivals: number[] = [];
  const connector = await startTeamsLimitsConnector({
    now: (activity) => {
      const conversationId = (activity.conversation as { id?: unknown } | undefined)?.id;
      const key = typeof conversationId === "string" ? conversationId : "";
      const at = sentAt.get(key) ?? clock.now().getTime();
      sentAt.delete(key);
      arrivals.push(at);
      return at;
    },
    tenantRequestsPerSecond: setup.tenantLimitRps,
    faults: { serverError: setup.serverErrorRate },
    seed: setup.seed,
    keepActivities: false,
    onSent: (entry) => {
      const id = deliveryIdOf(entry.activity) ?? "";
      deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
    },
  });
  const go = nextMessage();
  await send({ type: "ready", serviceUrl: connector.serviceUrl });
  const { plan } = await go;

  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 250);
  try {
    const store = await createCosmosStore({
      endpoint: plan.endpoint,
      key: plan.key,
      database: plan.database,
      isLoopback: true,
      requestTimeoutMs: 10_000,
    });
    const repos = createRepositories(store);
    const tickStarted = performance.now();
    const tick = await createScheduleTick({ repos, logger: silentLogger })({ now: clock.now(), orgIds: [plan.orgId] });
    const tickMs = performance.now() - tickStarted;
    if (tick.recorded !== plan.members)
      throw new Error(`the tick recorded ${tick.recorded} of ${plan.members} prompts`);

    const teamsSender = createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger });
    const sender: ProactiveSender = {
      send(target, card, summary) {
        sentAt.set(target.conversation.conversationId ?? "", clock.now().getTime());
        return teamsSender.send(target, card, summary);
      },
    };
    const random = seededRandom(plan.seed + 1);
    const worker = (
      workerId: string,
      over: { sender: ProactiveSender; repos: Pick<Repositories, "orgs" | "members" | "deliveries"> },
    ) =>
      createDeliveryWorker({
        repos: over.repos,
        sender: over.sender,
        limiter: createRateLimiter({ tenantRequestsPerSecond: plan.workerRps }),
        clock,
        sleep: clock.sleep,
        logger: silentLogger,
        workerId,
        random,
        settings: WORKER_SETTINGS,
      });

    const [loadBefore = 0] = os.loadavg();
    const cpuStarted = process.cpuUsage();
    const sendStarted = performance.now();
    const simulatedStart = clock.now().getTime();
    let killed: { sentBeforeKill: number; leasesLeft: number } | undefined;
    let survivor = worker("worker", { sender, repos });
    if (plan.scenario === "killedAtHalf") {
      const killSwitch = createWorkerKillSwitch(
        { sender, repos },
        Math.floor(plan.members / 2),
        (card: AdaptiveCard) => deliveryIdOf(card) ?? "",
      );
      // Never settles: the dead worker's run hangs in its last send or store call.
      void worker("worker-killed", killSwitch).run({ orgIds: [plan.orgId] });
      await killSwitch.dead;
      killed = {
        sentBeforeKill: killSwitch.sentBeforeDeath(),
        leasesLeft: (await repos.deliveries.countsByState(plan.orgId)).sending,
      };
      // The new worker finds the dead one's claims once their lease has ended.
      clock.advance(DEFAULT_WORKER_SETTINGS.leaseMs + 1_000);
      survivor = worker("worker-restarted", { sender, repos });
    }
    await survivor.run({ orgIds: [plan.orgId] });
    const deliveredInMainRun = connector.stats().delivered;
    const mainRunSimulatedSeconds = (clock.now().getTime() - simulatedStart) / 1_000;

    const followUpRuns = await deliverRetries(survivor, repos, plan, clock);
    const allDeliveredSimulatedSeconds = (clock.now().getTime() - simulatedStart) / 1_000;
    const sendRealMs = performance.now() - sendStarted;
    const cpu = process.cpuUsage(cpuStarted);
    const [loadAfter = 0] = os.loadavg();
    const counts = await repos.deliveries.countsByState(plan.orgId);
    const uniqueDelivered = [...deliveries.keys()].filter(Boolean).length;
    const duplicates = [...deliveries.values()].reduce((sum, count) => sum + count - 1, 0);
    clearInterval(sampler);
    const result: FanOutResult = {
      scenario: plan.scenario,
      members: plan.members,
      recorded: tick.recorded,
      deliveredInMainRun,
      mainRunSimulatedSeconds,
      allDeliveredSimulatedSeconds,
      followUpRuns,
      uniqueDelivered,
      duplicates,
      lost: plan.members - uniqueDelivered,
      storeSent: counts.sent,
      connector: connector.stats(),
      ...killed,
      tickMs,
      sendRealMs,
      busiestSecondAtConnector: busiestSecond(arrivals),
      cpuMsPer1000: (cpu.user + cpu.system) / 1_000 / (uniqueDelivered / 1_000),
      cpuUserMsPer1000: cpu.user / 1_000 / (uniqueDelivered / 1_000),
      loadAverage: { before: loadBefore, after: loadAfter },
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      peakHeapMb: peakHeap / (1024 * 1024),
    };
    await send({ type: "result", result });
    await store.close();
  } finally {
    clearInterval(sampler);
    await connector.stop();
  }
}

/** The most of these times (ms) within any second, counted as Teams counts: a window ending at each time. */
function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while ((sorted[first] ?? 0) <= (sorted[last] ?? 0) - 1_000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * What failed in the main run (5xx) comes due after a backoff; the delivery timer picks it up
 * on its next run, every minute, until everything is sent or nothing is left to try.
 */
async function deliverRetries(
  worker: DeliveryWorker,
  repos: Repositories,
  plan: FanOutPlan,
  clock: SimulatedClock,
): Promise<number> {
  let runs = 0;
  for (; runs < MAX_FOLLOW_UP_RUNS; runs++) {
    const counts = await repos.deliveries.countsByState(plan.orgId);
    if (counts.pending + counts.sending === 0) break;
    clock.advance(TIMER_PERIOD_MS);
    await worker.run({ orgIds: [plan.orgId] });
  }
  return runs;
}

if (require.main === module) {
  main()
    .then(() => process.exit(0))
    .catch(async (error: unknown) => {
      await send({
        type: "error",
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }).catch(() => undefined);
      process.exit(1);
    });
}
