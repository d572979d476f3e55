import { ConfigError, loadConfig, type AppConfig } from "../../functions/config";

const DEFAULTS = { localBaseUrl: "http://127.0.0.1:3978", localSigningKey: "local-signing-key-0123456789abcdef" };
const LOCAL = { COSMOS_ENDPOINT: "https://127.0.0.1:8081/", COSMOS_KEY: "local-key" };
const AZURE = {
  COSMOS_ENDPOINT: "https://lqw-reflect.documents.azure.com:443/",
  MicrosoftAppId: "00000000-0000-4000-8000-0000000000a1",
  MicrosoftAppTenantId: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
  MicrosoftAppPassword: "secret-password",
  ALLOWED_TENANT_IDS: "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01",
  PUBLIC_BASE_URL: "https://lqw-reflect.azurewebsites.net/",
  EXPORT_SIGNING_KEY: "k".repeat(32),
  WEBSITE_SITE_NAME: "lqw-reflect",
};

function load(env: NodeJS.ProcessEnv): AppConfig {
  return loadConfig(env, DEFAULTS);
}

/** The ConfigError that start-up would print, or a failed expectation when none is thrown. */
function refusal(env: NodeJS.ProcessEnv): ConfigError {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected the configuration to be refused");
}

function without(env: Record<string, string>, name: string): Record<string, string> {
  const { [name]: _removed, ...rest } = env;
  return rest;
}

describe("configuration at start-up", () => {
  it("starts in local mode without an app id, with local defaults for links and signing", () => {
    const config = load(LOCAL);
    expect(config.isLocalMode).toBe(true);
    expect(config.bot.appId).toBeUndefined();
    expect(config.cosmos).toMatchObject({
      endpoint: LOCAL.COSMOS_ENDPOINT,
      key: "local-key",
      database: "lqw-reflect",
      isLoopback: true,
    });
    expect(config.publicBaseUrl).toBe(DEFAULTS.localBaseUrl);
    expect(config.exportSigningKey).toBe(DEFAULTS.localSigningKey);
    expect(config.allowedTenantIds).toEqual([]);
    expect(config.llm).toEqual({ kind: "none" });
  });

  it("names COSMOS_ENDPOINT when it is missing", () => {
    const error = refusal({});
    expect(error.message).toContain("COSMOS_ENDPOINT");
    expect(error.problems).toEqual([expect.stringContaining("COSMOS_ENDPOINT")]);
  });

  it("names COSMOS_ENDPOINT when it is not a URL", () => {
    expect(refusal({ COSMOS_ENDPOINT: "localhost 8081" }).message).toContain("COSMOS_ENDPOINT");
  });

  it("starts authenticated on Azure with every required setting", () => {
    const config = load(AZURE);
    expect(config.isLocalMode).toBe(false);
    expect(config.bot).toMatchObject({
      appId: AZURE.MicrosoftAppId,
      appType: "SingleTenant",
      tenantId: AZURE.MicrosoftAppTenantId,
    });
    expect(config.allowedTenantIds).toEqual([AZURE.ALLOWED_TENANT_IDS]);
    expect(config.publicBaseUrl).toBe("https://lqw-reflect.azurewebsites.net");
    expect(config.exportSigningKey).toBe(AZURE.EXPORT_SIGNING_KEY);
  });

  it.each([
    "MicrosoftAppTenantId",
    "MicrosoftAppPassword",
    "ALLOWED_TENANT_IDS",
    "PUBLIC_BASE_URL",
    "EXPORT_SIGNING_KEY",
  ])("names %s when it is missing and an app id is set", (name) => {
    const error = refusal(without(AZURE, name));
    expect(error.problems).toEqual([expect.stringContaining(name)]);
  });

  it("names ALLOWED_TENANT_IDS when it lists only blanks", () => {
    expect(refusal({ ...AZURE, ALLOWED_TENANT_IDS: " , " }).message).toContain("ALLOWED_TENANT_IDS");
  });

  it("does not ask a managed-identity bot for a password", () => {
    expect(load({ ...without(AZURE, "MicrosoftAppPassword"), MicrosoftAppType: "UserAssignedMSI" }).bot.appType).toBe(
      "UserAssignedMSI",
    );
  });

  it("refuses a remote Cosmos account in local mode unless explicitly allowed", () => {
    const remote = { COSMOS_ENDPOINT: "https://lqw-reflect.documents.azure.com:443/", COSMOS_KEY: "key" };
    expect(refusal(remote).message).toMatch(/COSMOS_ENDPOINT.*loopback/);
    const config = load({ ...remote, COSMOS_ALLOW_REMOTE_IN_LOCAL_MODE: "1" });
    expect(config.isLocalMode).toBe(true);
    expect(config.cosmos.isLoopback).toBe(false);
  });

  it("refuses local mode (no authentication) on Azure", () => {
    const error = refusal({ ...LOCAL, WEBSITE_SITE_NAME: "lqw-reflect" });
    expect(error.message).toContain("MicrosoftAppId");
  });

  it("refuses an export signing key shorter than 32 characters", () => {
    expect(refusal({ ...AZURE, EXPORT_SIGNING_KEY: "k".repeat(31) }).problems).toEqual([
      expect.stringMatching(/EXPORT_SIGNING_KEY.*32/),
    ]);
    expect(refusal({ ...LOCAL, EXPORT_SIGNING_KEY: "too-short" }).message).toContain("EXPORT_SIGNING_KEY");
  });

  it("refuses LOCAL_CLIENT_LOCALE outside local mode", () => {
    expect(refusal({ ...AZURE, LOCAL_CLIENT_LOCALE: "de" }).problems).toEqual([
      expect.stringContaining("LOCAL_CLIENT_LOCALE"),
    ]);
    expect(load({ ...LOCAL, LOCAL_CLIENT_LOCALE: "en" }).localClientLocale).toBe("en");
  });

  it("names every bad setting at once, so one start-up shows all of them", () => {
    const error = refusal({ MicrosoftAppId: AZURE.MicrosoftAppId, COSMOS_ENDPOINT: "not a url" });
    for (const name of [
      "COSMOS_ENDPOINT",
      "MicrosoftAppTenantId",
      "MicrosoftAppPassword",
      "ALLOWED_TENANT_IDS",
      "PUBLIC_BASE_URL",
      "EXPORT_SIGNING_KEY",
    ])
      expect(error.message).toContain(name);
  });

  describe("an unresolved Key Vault reference (App Service passes the reference text on when it cannot read the secret)", () => {
    const REFERENCE = "@Microsoft.KeyVault(SecretUri=https://kv-lqw-x7k2.vault.azure.net/secrets/export-signing-key/)";

    it("refuses it as the export signing key, although it is longer than 32 characters", () => {
      expect(REFERENCE.length).toBeGreaterThanOrEqual(32);
      const error = refusal({ ...AZURE, EXPORT_SIGNING_KEY: REFERENCE });
      expect(error.problems).toEqual([
        expect.stringMatching(/^EXPORT_SIGNING_KEY is an unresolved Key Vault reference/),
      ]);
      expect(error.message).not.toContain("kv-lqw-x7k2");
    });

    it("refuses it in any setting, in any spelling App Service accepts, and in local mode too", () => {
      for (const [name, value] of [
        ["MicrosoftAppPassword", REFERENCE],
        ["COSMOS_KEY", "@Microsoft.KeyVault(VaultName=kv-lqw-x7k2;SecretName=cosmos-key)"],
        ["AZURE_OPENAI_API_KEY", ` @microsoft.keyvault(SecretUri=https://kv.vault.azure.net/secrets/k/)`],
      ] as const) {
        const env = name === "COSMOS_KEY" ? { ...LOCAL, [name]: value } : { ...AZURE, [name]: value };
        expect(refusal(env).problems).toEqual([
          expect.stringContaining(`${name} is an unresolved Key Vault reference`),
        ]);
      }
    });

    it("names the setting once, not also for the format the reference text breaks", () => {
      const error = refusal({ ...AZURE, COSMOS_ENDPOINT: REFERENCE });
      expect(error.problems).toEqual([expect.stringContaining("COSMOS_ENDPOINT is an unresolved Key Vault reference")]);
    });

    it("still accepts a secret that merely mentions Key Vault", () => {
      const key = "not @Microsoft.KeyVault( but a real 32+ character key";
      expect(load({ ...AZURE, EXPORT_SIGNING_KEY: key }).exportSigningKey).toBe(key);
    });
  });
});
