/**
 * Fuzzing the configuration (functions/config.ts): 10,000 random environments, mixing good,
 * bad and odd values for every setting the app reads. loadConfig either returns a configuration
 * that keeps the app's safety rules, or throws a ConfigError whose every line names a setting;
 * never any other exception.
 */
import fc from "fast-check";
import { ConfigError, loadConfig, SETTING_NAMES, type AppConfig } from "../../functions/config";
import { ODD_TEXT } from "./support/fuzz-inputs";
import { assertProperty } from "../support/property-runs";

const DEFAULTS = {
  localBaseUrl: "http://127.0.0.1:3978",
  localSigningKey: "a-local-signing-key-of-sufficient-length-000",
};
const RUNS = 10_000;

/** Values people actually put into app settings, right and wrong, per kind of setting. */
const urlValue = fc.constantFrom(
  "https://lqw-reflect.documents.azure.com:443/",
  "https://127.0.0.1:8081",
  "http://localhost:3978",
  "https://[::1]:8081",
  "https://10.0.0.4/",
  "lqw-reflect.documents.azure.com",
  "https://",
  "ftp://example.org",
  " https://lqw-reflect.example ",
  "javascript:alert(1)",
);
const flagValue = fc.constantFrom("0", "1", "true", "false", "", "yes", "TRUE", " 1", "2");
const numberValue = fc.constantFrom(
  "1",
  "40",
  "50",
  "51",
  "0",
  "-1",
  "3.5",
  "1e2",
  "",
  " 40 ",
  "viele",
  "0x10",
  "Infinity",
  "100000",
);
const idValue = fc.constantFrom(
  "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
  "3d5a7c9e-1b2d-4f6a-8c0e-2a4b6c8d0e1f",
  "",
  " ",
  "not-a-guid",
);
const listValue = fc.constantFrom(
  "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
  "a,b",
  " a , , b ",
  ",",
  "",
  "aad-1,aad-2,aad-3",
);
const keyValue = fc.constantFrom(
  "short",
  "x".repeat(31),
  "x".repeat(32),
  "ein-langer-geheimer-schluessel-fuer-exporte-2026",
  "",
);
const timerValue = fc.constantFrom("0 */5 * * * *", "0 * * * * *", "*/10 * * * *", "every minute", "", "0 0 0 31 2 *");
const enumValue = fc.constantFrom(
  "SingleTenant",
  "UserAssignedMSI",
  "MultiTenant",
  "singletenant",
  "",
  "de",
  "en",
  "fr",
);
const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(...ODD_TEXT),
);

function valueFor(name: string): fc.Arbitrary<string> {
  const typical = /URL|ENDPOINT/.test(name)
    ? urlValue
    : /ALLOW_REMOTE/.test(name)
      ? flagValue
      : /RPS|MINUTES/.test(name)
        ? numberValue
        : /TIMER/.test(name)
          ? timerValue
          : /SIGNING_KEY/.test(name)
            ? keyValue
            : /TENANT_IDS|OFFICERS/.test(name)
              ? listValue
              : /AppId|TenantId/.test(name)
                ? idValue
                : /AppType|LOCALE/.test(name)
                  ? enumValue
                  : anyText;
  return fc.oneof({ weight: 4, arbitrary: typical }, { weight: 1, arbitrary: anyText });
}

/** Starting points an operator copies from: nothing, the local defaults, a complete Azure setup. */
const BASES: NodeJS.ProcessEnv[] = [
  {},
  { COSMOS_ENDPOINT: "https://127.0.0.1:8081" },
  {
    MicrosoftAppId: "3d5a7c9e-1b2d-4f6a-8c0e-2a4b6c8d0e1f",
    MicrosoftAppTenantId: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
    MicrosoftAppPassword: "not-a-real-secret",
    ALLOWED_TENANT_IDS: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
    PUBLIC_BASE_URL: "https://lqw-reflect.azurewebsites.net",
    EXPORT_SIGNING_KEY: "ein-langer-geheimer-schluessel-fuer-exporte-2026",
    COSMOS_ENDPOINT: "https://lqw-reflect.documents.azure.com:443/",
    WEBSITE_SITE_NAME: "lqw-reflect",
  },
];

/** An environment: a starting point, a few settings changed (the name spelled right), a few strangers beside them. */
const environment: fc.Arbitrary<NodeJS.ProcessEnv> = fc
  .tuple(
    fc.constantFrom(...BASES),
    fc
      .subarray([...SETTING_NAMES], { maxLength: 6 })
      .chain((names) => fc.tuple(...names.map((name) => valueFor(name).map((value) => [name, value] as const)))),
    fc.dictionary(
      fc.constantFrom("PATH", "HOME", "cosmos_endpoint", "MicrosoftAppID", "__proto__", "constructor"),
      anyText,
      { maxKeys: 2 },
    ),
  )
  .map(([base, settings, strangers]) => ({ ...base, ...strangers, ...Object.fromEntries(settings) }));

/** The rules a configuration that loaded must keep (README "Settings", DESIGN "Interfaces"). */
function expectSafe(config: AppConfig, env: NodeJS.ProcessEnv): void {
  expect(config.isLocalMode).toBe(!env.MicrosoftAppId?.trim());
  expect(URL.canParse(config.cosmos.endpoint)).toBe(true);
  expect(URL.canParse(config.publicBaseUrl)).toBe(true);
  expect(config.publicBaseUrl.endsWith("/")).toBe(false);
  expect(
    Number.isInteger(config.deliveryTenantRps) && config.deliveryTenantRps >= 1 && config.deliveryTenantRps <= 50,
  ).toBe(true);
  expect(config.exportSigningKey.length).toBeGreaterThanOrEqual(32);
  if (config.isLocalMode) {
    // No authentication: only on a developer machine, and only against a local store unless told.
    expect(env.WEBSITE_SITE_NAME?.trim() ? true : false).toBe(false);
    if (!config.cosmos.isLoopback) expect(["1", "true"]).toContain(env.COSMOS_ALLOW_REMOTE_IN_LOCAL_MODE);
  } else {
    expect(config.allowedTenantIds.length).toBeGreaterThan(0);
    expect(config.allowedTenantIds.every((id) => id.trim() === id && id.length > 0)).toBe(true);
    expect(env.PUBLIC_BASE_URL).toBeDefined();
    expect(env.EXPORT_SIGNING_KEY).toBe(config.exportSigningKey);
    expect(config.localClientLocale).toBeUndefined();
    if (config.bot.appType !== "MultiTenant") expect(config.bot.tenantId).toBeTruthy();
    if (config.bot.appType === "SingleTenant") expect(config.bot.appPassword).toBeTruthy();
  }
  if (config.llm.kind === "azure") expect(config.llm.deployment.length).toBeGreaterThan(0);
}

describe("fuzzing the configuration", () => {
  it(`either loads a safe configuration or names each bad setting, for ${RUNS} random environments`, () => {
    let loaded = 0;
    let authenticated = 0;
    let refused = 0;
    assertProperty(
      fc.property(environment, (env) => {
        let config: AppConfig;
        try {
          config = loadConfig(env, DEFAULTS);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          const problems = (error as ConfigError).problems;
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) expect(SETTING_NAMES.some((name) => problem.includes(name))).toBe(true);
          refused++;
          return;
        }
        expectSafe(config, env);
        loaded++;
        if (!config.isLocalMode) authenticated++;
      }),
      { numRuns: RUNS },
    );
    // Every outcome is exercised, not only one of them.
    expect(loaded - authenticated).toBeGreaterThan(RUNS / 20);
    expect(authenticated).toBeGreaterThan(RUNS / 20);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });
});
