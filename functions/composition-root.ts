/**
 * The composition root: configuration → Cosmos → repositories → bot, built once per process
 * and only on first use, so importing a function stays cheap (cold start).
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { BotEndpoint } from "../bot/bot-http-endpoint";
import type { Clock } from "../bot/domain/clock";
import type { Logger } from "../bot/logger";
import type { CosmosStore, Repositories } from "../bot/store";
import { loadConfig, type AppConfig } from "./config";

export interface AppServices {
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  store: CosmosStore;
  repos: Repositories;
  endpoint: BotEndpoint;
}

export interface RootOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Tests move time; everything else uses the system clock. */
  clock?: Clock;
  /** Base URL used for links in local mode, when PUBLIC_BASE_URL is not set. */
  localBaseUrl?: string;
}

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
  if (current) (await current.catch(() => undefined))?.store.dispose();
}

/** Short id a user can read out to support; also in the logs. */
export function newCorrelationId(): string {
  return randomUUID().slice(0, 8);
}

async function buildServices({ env = process.env, logger: givenLogger, clock: givenClock, localBaseUrl }: RootOptions): Promise<AppServices> {
  const config = loadConfig(env, {
    localBaseUrl: localBaseUrl ?? "http://127.0.0.1:3978",
    // Local mode only: links signed with it stop working after a restart, which is fine there.
    localSigningKey: randomBytes(32).toString("hex"),
  });
  const [{ createLogger }, { createCosmosStore, createRepositories }, { ReflectionBot }, { createBotEndpoint }, { systemClock }, flows, { createSignedLink }] =
    await Promise.all([
      import("../bot/logger"),
      import("../bot/store"),
      import("../bot/reflection-bot"),
      import("../bot/bot-http-endpoint"),
      import("../bot/domain/clock"),
      import("../bot/flows"),
      import("../bot/signed-links"),
    ]);
  const logger = givenLogger ?? createLogger();
  const clock = givenClock ?? systemClock;
  const store = await createCosmosStore(config.cosmos);
  const repos = createRepositories(store);
  const bot = new ReflectionBot({
    repos,
    clock,
    logger,
    prompts: flows.createPromptChooser(repos),
    links: {
      create: (orgId, exportId, expiresAt) =>
        createSignedLink(config.publicBaseUrl, config.exportSigningKey, { orgId, exportId, expiresAt: Math.floor(expiresAt.getTime() / 1000) }),
    },
    newCorrelationId,
    allowedTenantIds: config.allowedTenantIds,
    bootstrapQualityOfficers: config.bootstrapQualityOfficers,
    clientLocaleOverride: config.localClientLocale,
  });
  const endpoint = createBotEndpoint(bot, config.bot, logger);
  logger.info("app.started", { component: config.isLocalMode ? "local-mode" : "authenticated" });
  return { config, logger, clock, store, repos, endpoint };
}
