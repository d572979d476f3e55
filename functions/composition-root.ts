/**
 * The composition root: configuration → Cosmos → repositories → bot, built once per process
 * and only on first use, so importing a function stays cheap (cold start).
 */
import { TurnRateLimiter } from "../bot/turn-rate-limiter";
import { TurnGate } from "../bot/turn-gate";
import { randomBytes, randomUUID } from "node:crypto";
import type { BotEndpoint } from "../bot/bot-http-endpoint";
import type { Clock } from "../bot/domain/clock";
import type { Logger } from "../bot/logger";
import type { Scheduling } from "../bot/scheduling";
import type { Sleep } from "../bot/scheduling/sleep";
import type { DraftServices, FlowDeps } from "../bot/flows";
import type { CosmosStore, Repositories, SweepResult } from "../bot/store";
import { saveCompileCache } from "./compile-cache";
import { loadConfig, type AppConfig } from "./config";
import { createConfiguredLlmDrafter } from "./configured-llm-drafter";
import { invocationLogSink } from "./invocation-log";
import { lazy } from "../bot/lazy";
import { useInterpretedZodParsers } from "./zod-settings";

export interface AppServices {
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  store: CosmosStore;
  repos: Repositories;
  endpoint: BotEndpoint;
  /** The scheduler's tick and the delivery worker (timer functions, "zeitplan jetzt"). */
  scheduling: Scheduling;
  /** Resumes abandoned draft jobs and deletes what retention says is expired. */
  housekeeping: { run(now: Date): Promise<{ resumedJobs: number; swept: SweepResult }> };
}

export interface RootOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Tests move time; everything else uses the system clock. */
  clock?: Clock;
  /**
   * Tests with their own clock: the delivery worker's waits move it. Sleeping in real time
   * against a clock that stands still, a paced send would wait for its turn forever.
   */
  sleep?: Sleep;
  /** Base URL used for links in local mode, when PUBLIC_BASE_URL is not set. */
  localBaseUrl?: string;
  /** Tests: how long a store request may take (default: the store's own, see createCosmosStore). */
  storeRequestTimeoutMs?: number;
  /** Tests: the milliseconds the turn rate limits count in (default: wall time, performance.now). */
  turnTimeMs?: () => number;
}

/** Long after the first request's answer: writing the compile cache then costs no request anything. */
const COMPILE_CACHE_SAVE_DELAY_MS = 10_000;

let services: Promise<AppServices> | undefined;
let options: RootOptions = {};

/** Sets how the next `getServices()` builds the app (local host and tests). */
export function configureRoot(next: RootOptions): void {
  options = next;
  services = undefined;
}

export function getServices(): Promise<AppServices> {
  services ??= buildServices(options).catch((error: unknown) => {
    services = undefined; // let a later request retry, e.g. after the store came up
    throw error;
  });
  return services;
}

/** Releases clients (tests and Ctrl-C in the local host). */
export async function disposeServices(): Promise<void> {
  const current = services;
  services = undefined;
  if (current) await (await current.catch(() => undefined))?.store.close();
}

/** Short id a user can read out to support; also in the logs. */
function newCorrelationId(): string {
  return randomUUID().slice(0, 8);
}

async function buildServices({
  env = process.env,
  logger: givenLogger,
  clock: givenClock,
  sleep,
  localBaseUrl,
  storeRequestTimeoutMs,
  turnTimeMs = () => performance.now(),
}: RootOptions): Promise<AppServices> {
  useInterpretedZodParsers();
  const config = loadConfig(env, {
    localBaseUrl: localBaseUrl ?? "http://127.0.0.1:3978",
    // Local mode only: links signed with it stop working after a restart, which is fine there.
    localSigningKey: randomBytes(32).toString("hex"),
  });
  const [
    { createLogger },
    { createCosmosStore, createRepositories, sweepExpired },
    { resumeDraftJobs },
    { ReflectionBot },
    { createBotEndpoint },
    { systemClock },
    flows,
    { createSignedLink },
  ] = await Promise.all([
    import("../bot/logger"),
    import("../bot/store"),
    import("../bot/exports/resume-draft-jobs"),
    import("../bot/reflection-bot"),
    import("../bot/bot-http-endpoint"),
    import("../bot/domain/clock"),
    import("../bot/flows"),
    import("../bot/signed-links"),
  ]);
  const logger = givenLogger ?? createLogger(invocationLogSink);
  const clock = givenClock ?? systemClock;
  const store = await createCosmosStore({
    ...config.cosmos,
    ...(storeRequestTimeoutMs ? { requestTimeoutMs: storeRequestTimeoutMs } : {}),
  });
  const repos = createRepositories(store);
  const { createScheduling } = await import("../bot/scheduling");
  const scheduling = createScheduling({
    repos,
    clock,
    logger,
    credentials: config.bot,
    tenantRequestsPerSecond: config.deliveryTenantRps,
    ...(sleep ? { sleep } : {}),
  });
  const flowDeps: FlowDeps = {
    repos,
    clock,
    logger,
    notifier: scheduling.notifier,
    drafts: createDraftServices(config, repos),
    prompts: flows.createPromptChooser(repos),
    links: {
      create(orgId, exportId, exportExpiresAt) {
        const linkEnd = clock.now().getTime() + config.exportLinkMinutes * 60_000;
        const expiresAt = new Date(Math.min(linkEnd, exportExpiresAt.getTime()));
        const url = createSignedLink(config.publicBaseUrl, config.exportSigningKey, {
          orgId,
          exportId,
          expiresAt: Math.floor(expiresAt.getTime() / 1000),
        });
        return { url, expiresAt };
      },
    },
    isLocalMode: config.isLocalMode,
    scheduling,
    bootstrapQualityOfficers: config.bootstrapQualityOfficers,
  };
  const bot = new ReflectionBot({
    ...flowDeps,
    newCorrelationId,
    allowedTenantIds: config.allowedTenantIds,
    bootstrapQualityOfficers: config.bootstrapQualityOfficers,
    clientLocaleOverride: config.localClientLocale,
    // Wall time, not the injected clock: a rate is about how fast people write.
    turnRateLimiter: new TurnRateLimiter(config.turnRateLimits, turnTimeMs),
    turnGate: new TurnGate(config.turnGateLimits),
  });
  const endpoint = createBotEndpoint(bot, config.bot, logger);
  const housekeeping = {
    async run(now: Date) {
      const resumedJobs = await resumeDraftJobs(repos, now, (orgId, exportId) =>
        flows.runDraftJobInBackground(flowDeps, orgId, exportId),
      );
      const swept = await sweepExpired(store, repos.orgs, now);
      return { resumedJobs, swept };
    },
  };
  logger.info("app.started", { component: config.isLocalMode ? "local-mode" : "authenticated" });
  // Once the first request is answered (not during it), the compiled code goes to disk for the next process.
  setTimeout(saveCompileCache, COMPILE_CACHE_SAVE_DELAY_MS).unref();
  return { config, logger, clock, store, repos, endpoint, scheduling, housekeeping };
}

/** Structured drafts always; LLM drafts when OpenAI or Azure OpenAI is configured (loaded on first use). */
function createDraftServices(config: AppConfig, repos: Repositories): DraftServices {
  const llm = config.llm;
  const llmDrafter = lazy(() => createConfiguredLlmDrafter(llm));
  const drafts = lazy(() => import("../bot/drafts"));
  return {
    repos,
    isLlmConfigured: llm.kind !== "none",
    inTurnMs: config.exportInTurnSeconds * 1000,
    async drafterFor(mode) {
      if (mode === "llm" && llm.kind !== "none") return llmDrafter();
      return (await drafts()).createDeterministicDrafter();
    },
  };
}
