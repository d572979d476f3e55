/**
 * The app's configuration: every environment variable it reads, validated once by zod.
 * A missing or invalid setting stops start-up with a message naming it (see README, "Settings").
 */
import { DEFAULT_TENANT_RPS } from "../bot/scheduling/rate-limiter";
import { DEFAULT_TURN_RATE_LIMITS, type TurnRateLimits } from "../bot/turn-rate-limiter";
import type { TurnGateLimits } from "../bot/turn-gate";
import { z } from "zod";
import type { BootstrapOfficer } from "../bot/roles";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost", "[::1]"]);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Where the Agents Playground, started as `npm start` does, receives the bot's replies. */
const DEFAULT_LOCAL_SERVICE_URL = "http://localhost:56150/_connector";
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const url = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => URL.canParse(value), { message: `${name} must be an absolute URL` });

const settingsObject = z.object({
  MicrosoftAppId: optionalText,
  MicrosoftAppType: z.enum(["SingleTenant", "UserAssignedMSI", "MultiTenant"]).default("SingleTenant"),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  /** Where Bot Framework publishes its signing keys; only for sovereign clouds and tests. */
  BOT_OPENID_METADATA_URL: url("BOT_OPENID_METADATA_URL").optional(),
  ALLOWED_TENANT_IDS: commaList,
  COSMOS_ENDPOINT: url("COSMOS_ENDPOINT"),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z.string().trim().min(1).default("lqw-reflect"),
  COSMOS_ALLOW_REMOTE_IN_LOCAL_MODE: flag,
  PUBLIC_BASE_URL: url("PUBLIC_BASE_URL").optional(),
  EXPORT_SIGNING_KEY: z.string().min(32, "EXPORT_SIGNING_KEY must be at least 32 characters").optional(),
  /** How long a download link works after it was sent. */
  EXPORT_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(15),
  /**
   * How long a structured draft may compile inside the Teams turn; a larger one is sent to the chat
   * when done. Teams shows the user an error after 15 s; 0 always sends it after the turn.
   */
  EXPORT_IN_TURN_SECONDS: z.coerce.number().int().min(0).max(12).default(8),
  BOOTSTRAP_QUALITY_OFFICERS: commaList,
  /** Local mode only: the Agents Playground always sends "en-US"; this stands in for the client's language. */
  LOCAL_CLIENT_LOCALE: z.enum(["de", "en"]).optional(),
  /** Local mode only: the Teams emulator's connector, the one serviceUrl the bot answers (npm start sets it). */
  LOCAL_SERVICE_URL: url("LOCAL_SERVICE_URL").optional(),
  SCHEDULE_TIMER: z.string().trim().default("0 */5 * * * *"),
  DELIVERY_TIMER: z.string().trim().default("0 * * * * *"),
  /** Resumes abandoned draft jobs and sweeps expired documents. */
  HOUSEKEEPING_TIMER: z.string().trim().default("30 */10 * * * *"),
  /** Proactive sends per second per tenant; Teams allows about 50 (see DEFAULT_TENANT_RPS for the default's reasons). */
  DELIVERY_TENANT_RPS: z.coerce.number().int().min(1).max(50).default(DEFAULT_TENANT_RPS),
  /** Turns a member may send per second (a burst of twice as many); beyond it "einen Moment bitte". */
  TURN_MEMBER_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(3),
  /** Turns one instance runs at once; the Bicep sets the Flex Consumption HTTP concurrency to the same number. */
  TURN_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(16),
  /**
   * How long a turn may wait for a place, from its request's arrival, before it is answered
   * "gerade viel los" (Teams waits 15 s at most). 1.5 s: on a saturated instance the shed answer
   * itself took up to 1.3 s more (bench/load.bench.ts), and it is to arrive within 3 s.
   */
  TURN_QUEUE_WAIT_MS: z.coerce.number().int().min(1).max(10_000).default(1_500),
  /** Turns one tenant may send per second (a burst of three times as many). */
  TURN_TENANT_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(100),
  OPENAI_API_KEY: optionalText,
  OPENAI_MODEL: z.string().trim().default("gpt-4o-mini"),
  OPENAI_BASE_URL: url("OPENAI_BASE_URL").optional(),
  AZURE_OPENAI_ENDPOINT: url("AZURE_OPENAI_ENDPOINT").optional(),
  AZURE_OPENAI_DEPLOYMENT: optionalText,
  AZURE_OPENAI_API_KEY: optionalText,
  AZURE_OPENAI_API_VERSION: z.string().trim().default("2024-10-21"),
  /** Set by Azure App Service / Functions; its presence means "not on a developer machine". */
  WEBSITE_SITE_NAME: optionalText,
});

/** The timer schedules alone: the function registrations need them before the app is configured. */
export function timerSchedules(env: NodeJS.ProcessEnv): { schedule: string; delivery: string; housekeeping: string } {
  const timers = settingsObject
    .pick({ SCHEDULE_TIMER: true, DELIVERY_TIMER: true, HOUSEKEEPING_TIMER: true })
    .parse(env);
  return { schedule: timers.SCHEDULE_TIMER, delivery: timers.DELIVERY_TIMER, housekeeping: timers.HOUSEKEEPING_TIMER };
}

/** Every environment variable the app reads (infra tests check that Azure provisions them). */
export type SettingName = keyof typeof settingsObject.shape;
export const SETTING_NAMES = Object.keys(settingsObject.shape) as SettingName[];

/**
 * App Service leaves a Key Vault reference it cannot resolve (no access, wrong secret name, vault
 * gone) as the literal `@Microsoft.KeyVault(...)` text. Used as a value, it would pass length checks
 * and, as EXPORT_SIGNING_KEY, become a predictable HMAC key: refuse it wherever it appears.
 */
const UNRESOLVED_KEY_VAULT_REFERENCE = /^\s*@Microsoft\.KeyVault\(/i;

/** Names of the settings whose value is still an unresolved Key Vault reference. */
function unresolvedKeyVaultReferences(env: NodeJS.ProcessEnv): SettingName[] {
  return SETTING_NAMES.filter((name) => UNRESOLVED_KEY_VAULT_REFERENCE.test(env[name] ?? ""));
}

export const settingsSchema = settingsObject.superRefine((s, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (s.MicrosoftAppId) {
    if (!s.MicrosoftAppTenantId && s.MicrosoftAppType !== "MultiTenant")
      issue("MicrosoftAppTenantId", "MicrosoftAppTenantId is required when MicrosoftAppId is set");
    if (s.MicrosoftAppType === "SingleTenant" && !s.MicrosoftAppPassword)
      issue("MicrosoftAppPassword", "MicrosoftAppPassword is required for a SingleTenant bot");
    if (s.ALLOWED_TENANT_IDS.length === 0)
      issue("ALLOWED_TENANT_IDS", "ALLOWED_TENANT_IDS must list at least one tenant outside local mode");
    if (!s.PUBLIC_BASE_URL) issue("PUBLIC_BASE_URL", "PUBLIC_BASE_URL is required outside local mode");
    if (!s.EXPORT_SIGNING_KEY) issue("EXPORT_SIGNING_KEY", "EXPORT_SIGNING_KEY is required outside local mode");
    if (s.LOCAL_CLIENT_LOCALE) issue("LOCAL_CLIENT_LOCALE", "LOCAL_CLIENT_LOCALE is for local mode only");
    if (s.LOCAL_SERVICE_URL) issue("LOCAL_SERVICE_URL", "LOCAL_SERVICE_URL is for local mode only");
  } else {
    if (s.WEBSITE_SITE_NAME)
      issue(
        "MicrosoftAppId",
        "MicrosoftAppId is required on Azure: local mode (no authentication) runs on loopback only",
      );
    // An unparsable endpoint already has its own issue; zod still runs this refinement.
    const cosmosHost = URL.canParse(s.COSMOS_ENDPOINT) ? new URL(s.COSMOS_ENDPOINT).hostname : "127.0.0.1";
    if (!isLoopbackHost(cosmosHost) && !s.COSMOS_ALLOW_REMOTE_IN_LOCAL_MODE)
      issue(
        "COSMOS_ENDPOINT",
        "COSMOS_ENDPOINT must be on loopback in local mode (set COSMOS_ALLOW_REMOTE_IN_LOCAL_MODE=1 to allow)",
      );
  }
  for (const problem of bootstrapOfficerProblems(s.BOOTSTRAP_QUALITY_OFFICERS, s.ALLOWED_TENANT_IDS))
    issue("BOOTSTRAP_QUALITY_OFFICERS", problem);
  if (s.AZURE_OPENAI_ENDPOINT && !s.AZURE_OPENAI_DEPLOYMENT)
    issue("AZURE_OPENAI_DEPLOYMENT", "AZURE_OPENAI_DEPLOYMENT is required with AZURE_OPENAI_ENDPOINT");
});

type Settings = z.infer<typeof settingsSchema>;

/** `tenantId:objectId`, or a bare `objectId` (the old form, kept where it is unambiguous). */
const BOOTSTRAP_ENTRY = /^(?:([^:\s]+):)?([^:\s]+)$/;

/**
 * Why the bootstrap list cannot be used. A bare object id names no tenant: it is read as the one
 * allowed tenant's, and refused when several are allowed, where it would make the person a quality
 * officer in each of them.
 */
function bootstrapOfficerProblems(entries: readonly string[], allowedTenantIds: readonly string[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const match = BOOTSTRAP_ENTRY.exec(entry);
    const tenantId = match?.[1];
    if (!match) problems.push(`BOOTSTRAP_QUALITY_OFFICERS: "${entry}" is neither tenantId:objectId nor an object id`);
    else if (!tenantId && allowedTenantIds.length > 1)
      problems.push(
        `BOOTSTRAP_QUALITY_OFFICERS: write "${entry}" as tenantId:objectId, since ALLOWED_TENANT_IDS lists more than one tenant`,
      );
    else if (tenantId && allowedTenantIds.length > 0 && !allowedTenantIds.includes(tenantId))
      problems.push(`BOOTSTRAP_QUALITY_OFFICERS: tenant ${tenantId} is not in ALLOWED_TENANT_IDS`);
  }
  return problems;
}

/** The valid list as officers per tenant (see bootstrapOfficerProblems for the bare form). */
function bootstrapOfficers(entries: readonly string[], allowedTenantIds: readonly string[]): BootstrapOfficer[] {
  const onlyTenant = allowedTenantIds.length === 1 ? allowedTenantIds[0] : undefined;
  return entries.flatMap((entry) => {
    const [, tenantId, objectId] = BOOTSTRAP_ENTRY.exec(entry) ?? [];
    return objectId ? [{ tenantId: tenantId ?? onlyTenant, objectId }] : [];
  });
}

export interface AppConfig {
  /** No app id: Bot Framework authentication is off; allowed on loopback only. */
  isLocalMode: boolean;
  bot: {
    appId?: string;
    appType: Settings["MicrosoftAppType"];
    appPassword?: string;
    tenantId?: string;
    openIdMetadataUrl?: string;
  };
  allowedTenantIds: readonly string[];
  cosmos: { endpoint: string; key?: string; database: string; isLoopback: boolean };
  publicBaseUrl: string;
  exportSigningKey: string;
  exportLinkMinutes: number;
  exportInTurnSeconds: number;
  turnRateLimits: TurnRateLimits;
  turnGateLimits: TurnGateLimits;
  /** A tenant's first quality officers; an entry without a tenant (local mode only) counts in any. */
  bootstrapQualityOfficers: readonly BootstrapOfficer[];
  localClientLocale?: "de" | "en";
  /** Local mode: the Teams emulator's connector; requests naming another serviceUrl are refused. */
  localServiceUrl: string;
  scheduleTimer: string;
  deliveryTimer: string;
  deliveryTenantRps: number;
  llm:
    | { kind: "none" }
    | { kind: "openai"; apiKey: string; model: string; baseUrl?: string }
    | { kind: "azure"; endpoint: string; deployment: string; apiKey?: string; apiVersion: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the environment; throws a ConfigError naming each bad setting. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  defaults: { localBaseUrl: string; localSigningKey: string },
): AppConfig {
  const references = unresolvedKeyVaultReferences(env);
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success || references.length > 0) {
    const schemaIssues = parsed.success ? [] : parsed.error.issues;
    throw new ConfigError([
      ...references.map(
        (name) =>
          `${name} is an unresolved Key Vault reference: the app's identity cannot read the secret (docs/operations.md, troubleshooting)`,
      ),
      // A setting that is an unresolved reference is reported once, by the line above.
      ...schemaIssues
        .filter((issue) => !(references as string[]).includes(String(issue.path[0])))
        .map((issue) => {
          const name = issue.path.join(".");
          const missing = issue.code === "invalid_type" && env[name] === undefined;
          return missing
            ? `${name} is required but not set`
            : issue.message.includes(name)
              ? issue.message
              : `${name}: ${issue.message}`;
        }),
    ]);
  }
  const s = parsed.data;
  const isLocalMode = !s.MicrosoftAppId;
  return {
    isLocalMode,
    bot: {
      appId: s.MicrosoftAppId,
      appType: s.MicrosoftAppType,
      appPassword: s.MicrosoftAppPassword,
      tenantId: s.MicrosoftAppTenantId,
      openIdMetadataUrl: s.BOT_OPENID_METADATA_URL,
    },
    allowedTenantIds: s.ALLOWED_TENANT_IDS,
    cosmos: {
      endpoint: s.COSMOS_ENDPOINT,
      key: s.COSMOS_KEY,
      database: s.COSMOS_DATABASE,
      isLoopback: isLoopbackHost(new URL(s.COSMOS_ENDPOINT).hostname),
    },
    publicBaseUrl: (s.PUBLIC_BASE_URL ?? defaults.localBaseUrl).replace(/\/$/, ""),
    exportSigningKey: s.EXPORT_SIGNING_KEY ?? defaults.localSigningKey,
    exportLinkMinutes: s.EXPORT_LINK_MINUTES,
    exportInTurnSeconds: s.EXPORT_IN_TURN_SECONDS,
    turnRateLimits: {
      ...DEFAULT_TURN_RATE_LIMITS,
      memberPerSecond: s.TURN_MEMBER_PER_SECOND,
      memberBurst: 2 * s.TURN_MEMBER_PER_SECOND,
      tenantPerSecond: s.TURN_TENANT_PER_SECOND,
      tenantBurst: 3 * s.TURN_TENANT_PER_SECOND,
    },
    turnGateLimits: {
      maxConcurrent: s.TURN_CONCURRENCY,
      maxWaitMs: s.TURN_QUEUE_WAIT_MS,
      // Bounds the memory of waiting requests; the wait itself is bounded by time above.
      maxWaiting: 16 * s.TURN_CONCURRENCY,
    },
    bootstrapQualityOfficers: bootstrapOfficers(s.BOOTSTRAP_QUALITY_OFFICERS, s.ALLOWED_TENANT_IDS),
    localClientLocale: s.LOCAL_CLIENT_LOCALE,
    localServiceUrl: s.LOCAL_SERVICE_URL ?? DEFAULT_LOCAL_SERVICE_URL,
    scheduleTimer: s.SCHEDULE_TIMER,
    deliveryTimer: s.DELIVERY_TIMER,
    deliveryTenantRps: s.DELIVERY_TENANT_RPS,
    llm: llmConfigOf(s),
  };
}

type LlmSettingFields = Pick<
  Settings,
  | "OPENAI_API_KEY"
  | "OPENAI_MODEL"
  | "OPENAI_BASE_URL"
  | "AZURE_OPENAI_ENDPOINT"
  | "AZURE_OPENAI_DEPLOYMENT"
  | "AZURE_OPENAI_API_KEY"
  | "AZURE_OPENAI_API_VERSION"
>;

function llmConfigOf(s: LlmSettingFields): AppConfig["llm"] {
  if (s.AZURE_OPENAI_ENDPOINT)
    return {
      kind: "azure",
      endpoint: s.AZURE_OPENAI_ENDPOINT,
      deployment: s.AZURE_OPENAI_DEPLOYMENT ?? "",
      apiKey: s.AZURE_OPENAI_API_KEY,
      apiVersion: s.AZURE_OPENAI_API_VERSION,
    };
  if (s.OPENAI_API_KEY)
    return { kind: "openai", apiKey: s.OPENAI_API_KEY, model: s.OPENAI_MODEL, baseUrl: s.OPENAI_BASE_URL };
  return { kind: "none" };
}

const llmSettingsSchema = settingsObject
  .pick({
    OPENAI_API_KEY: true,
    OPENAI_MODEL: true,
    OPENAI_BASE_URL: true,
    AZURE_OPENAI_ENDPOINT: true,
    AZURE_OPENAI_DEPLOYMENT: true,
    AZURE_OPENAI_API_KEY: true,
    AZURE_OPENAI_API_VERSION: true,
  })
  .refine((s) => !s.AZURE_OPENAI_ENDPOINT || s.AZURE_OPENAI_DEPLOYMENT, {
    path: ["AZURE_OPENAI_DEPLOYMENT"],
    message: "AZURE_OPENAI_DEPLOYMENT is required with AZURE_OPENAI_ENDPOINT",
  });

/** Only the LLM settings, for tools that draft without the bot (npm run draft); a ConfigError names each bad one. */
export function loadLlmConfig(env: NodeJS.ProcessEnv): AppConfig["llm"] {
  const parsed = llmSettingsSchema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  return llmConfigOf(parsed.data);
}
