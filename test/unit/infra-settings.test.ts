import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_TENANT_RPS } from "../../bot/scheduling/rate-limiter";
import { SETTING_NAMES, loadConfig, settingsSchema } from "../../functions/config";
import {
  bicepParams,
  isStringLiteral,
  objectVariableEntries,
  stringLiteralValue,
  type BicepEntry,
} from "../../infra/scripts/bicep-text";
import { shippedNodeArguments } from "../../bench/support/shipped-node-arguments";

const INFRA = path.resolve(__dirname, "..", "..", "infra");
const read = (file: string) => fs.readFileSync(path.join(INFRA, file), "utf8");
const bicepFiles = [
  "main.bicep",
  ...fs.readdirSync(path.join(INFRA, "modules")).map((file) => path.join("modules", file)),
].filter((file) => file.endsWith(".bicep"));
const main = read("main.bicep");
const mainParams = bicepParams(main);

/** Every app setting the Function App gets: host settings, the app's own, the Azure OpenAI ones. */
const appSettingEntries: BicepEntry[] = [
  ...objectVariableEntries(read(path.join("modules", "function-app.bicep")), "hostSettings"),
  ...objectVariableEntries(main, "appSettings"),
  ...objectVariableEntries(main, "openAiSettings"),
];
const appSettings = new Map(appSettingEntries.map(({ key, value }) => [key, value]));

/** Settings functions/config.ts reads that Azure deliberately does not get, and why. */
const NOT_PROVISIONED: Readonly<Record<string, string>> = {
  MicrosoftAppPassword: "the bot is a user-assigned managed identity: there is no app secret",
  BOT_OPENID_METADATA_URL: "sovereign clouds and tests only; the built-in default is the public cloud's",
  COSMOS_KEY: "account keys are disabled; the app signs in with its managed identity (Cosmos data-plane RBAC)",
  COSMOS_ALLOW_REMOTE_IN_LOCAL_MODE: "local mode only",
  LOCAL_CLIENT_LOCALE: "local mode only; the app refuses it outside local mode",
  LOCAL_SERVICE_URL: "local mode only; the app refuses it outside local mode",
  OPENAI_API_KEY: "Azure deploys Azure OpenAI (managed identity), not api.openai.com",
  OPENAI_MODEL: "Azure deploys Azure OpenAI, not api.openai.com",
  OPENAI_BASE_URL: "Azure deploys Azure OpenAI, not api.openai.com",
  AZURE_OPENAI_API_KEY: "keys are disabled on the Azure OpenAI account; the app uses its managed identity",
  WEBSITE_SITE_NAME: "set by the platform on every Function App",
  TURN_MEMBER_PER_SECOND: "the default suits people typing in Teams; set by hand only to tune",
  TURN_TENANT_PER_SECOND: "the default suits a tenant of a few thousand members; set by hand only to tune",
  EXPORT_IN_TURN_SECONDS: "the default keeps a draft's answer inside Teams' 15 s; set by hand only to tune",
  TURN_QUEUE_WAIT_MS: "the default leaves a shed turn's answer well inside Teams' 15 s; set by hand only to tune",
};

/** Required outside local mode (functions/config.ts); the test below also asks the schema itself. */
const REQUIRED_ON_AZURE = [
  "MicrosoftAppId",
  "MicrosoftAppType",
  "MicrosoftAppTenantId",
  "ALLOWED_TENANT_IDS",
  "COSMOS_ENDPOINT",
  "PUBLIC_BASE_URL",
  "EXPORT_SIGNING_KEY",
];

const SECRET_SETTINGS = [
  "EXPORT_SIGNING_KEY",
  "MicrosoftAppPassword",
  "OPENAI_API_KEY",
  "AZURE_OPENAI_API_KEY",
  "COSMOS_KEY",
];
const KEY_VAULT_REFERENCE = /^'@Microsoft\.KeyVault\(SecretUri=\$\{[\w.]+\}\)'$/;

/** What Azure fills in at deployment time for settings whose Bicep value is an expression. */
const DEPLOYED_VALUES: Readonly<Record<string, string>> = {
  MicrosoftAppId: "8f14e45f-ceea-467f-a2b0-5d9a3e6c1b20",
  MicrosoftAppTenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  ALLOWED_TENANT_IDS: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  COSMOS_ENDPOINT: "https://cosmos-lqw-x7k2.documents.azure.com:443/",
  COSMOS_DATABASE: "lqw-reflect",
  PUBLIC_BASE_URL: "https://func-lqw-x7k2.azurewebsites.net",
  // What the Key Vault reference resolves to.
  EXPORT_SIGNING_KEY: "3f1c9a7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a",
  AZURE_OPENAI_ENDPOINT: "https://oai-lqw-x7k2.openai.azure.com/",
  AZURE_OPENAI_DEPLOYMENT: "gpt-4o-mini",
  DELIVERY_TENANT_RPS: String(DEFAULT_TENANT_RPS),
  EXPORT_LINK_MINUTES: "15",
  TURN_CONCURRENCY: "16",
};

/** The environment the app sees on Azure, built from the Bicep app settings. */
function deployedEnvironment(): Record<string, string> {
  const env: Record<string, string> = { WEBSITE_SITE_NAME: "func-lqw-x7k2" };
  const names = new Set<string>(SETTING_NAMES);
  for (const [name, value] of appSettings) {
    if (!names.has(name)) continue;
    const param = mainParams.find((p) => p.name === value);
    if (isStringLiteral(value)) env[name] = stringLiteralValue(value);
    else if (param?.defaultValue !== undefined && isStringLiteral(param.defaultValue))
      env[name] = stringLiteralValue(param.defaultValue);
    else if (DEPLOYED_VALUES[name] !== undefined) env[name] = DEPLOYED_VALUES[name];
    else throw new Error(`Add a sample deployed value for ${name} (Bicep value: ${value}) to DEPLOYED_VALUES`);
  }
  return env;
}

describe("Azure app settings", () => {
  it("provisions every setting the app requires outside local mode", () => {
    // Ask the schema too: whatever it demands of an authenticated app on Azure must be provisioned.
    const result = settingsSchema.safeParse({
      WEBSITE_SITE_NAME: "func",
      MicrosoftAppId: "id",
      MicrosoftAppType: "UserAssignedMSI",
    });
    const demanded = result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
    const missing = [...new Set([...REQUIRED_ON_AZURE, ...demanded])].filter((name) => !appSettings.has(name));
    expect(missing).toEqual([]);
  });

  it("decides for every setting the app reads whether Azure gets it", () => {
    const undecided = SETTING_NAMES.filter((name) => appSettings.has(name) === name in NOT_PROVISIONED);
    // A name here is a new setting: add it to main.bicep's appSettings, or to NOT_PROVISIONED with the reason.
    expect(undecided).toEqual([]);
    const stale = Object.keys(NOT_PROVISIONED).filter((name) => !(SETTING_NAMES as readonly string[]).includes(name));
    expect(stale).toEqual([]);
  });

  it("gives the app settings its own configuration accepts as an authenticated Azure app with a managed identity", () => {
    const env = deployedEnvironment();
    const config = loadConfig(env, {
      localBaseUrl: "http://127.0.0.1:3978",
      localSigningKey: "unused-local-signing-key-0123456789",
    });
    expect(config.isLocalMode).toBe(false);
    expect(config.bot.appType).toBe("UserAssignedMSI");
    expect(config.bot.appPassword).toBeUndefined();
    expect(config.cosmos.key).toBeUndefined();
    expect(config.cosmos.isLoopback).toBe(false);
    expect(config.exportSigningKey).toBe(DEPLOYED_VALUES.EXPORT_SIGNING_KEY);
    expect(config.llm).toEqual(expect.objectContaining({ kind: "azure", deployment: "gpt-4o-mini" }));
    expect(config.llm).not.toHaveProperty("apiKey", expect.anything());
  });

  it("deploys the proactive send rate the fan-out benchmark measured: the app's default in the Bicep and the parameters file", () => {
    const { parameters } = JSON.parse(read("main.parameters.json")) as {
      parameters: Record<string, { value: unknown }>;
    };
    expect(mainParams.find((p) => p.name === "deliveryTenantRps")?.defaultValue).toBe(String(DEFAULT_TENANT_RPS));
    expect(parameters.deliveryTenantRps?.value).toBe(`\${DELIVERY_TENANT_RPS=${DEFAULT_TENANT_RPS}}`);
    expect(appSettings.get("DELIVERY_TENANT_RPS")).toBe("string(deliveryTenantRps)");
  });

  it("documents the proactive send rate the app defaults to in the README and the deployment guide", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");
    const operations = fs.readFileSync(path.resolve(__dirname, "..", "..", "docs", "operations.md"), "utf8");
    expect(readme).toMatch(new RegExp(`\\| \`DELIVERY_TENANT_RPS\` \\| no \\| \`${DEFAULT_TENANT_RPS}\` \\|`));
    expect(/`DELIVERY_TENANT_RPS`\s+\((\d+)\)/.exec(operations)?.[1]).toBe(String(DEFAULT_TENANT_RPS));
    expect(/(\d+) proactive\s+messages\s+per\s+second\s+per\s+tenant/.exec(operations)?.[1]).toBe(
      String(DEFAULT_TENANT_RPS),
    );
  });

  it("caps the Node heap and sizes its young generation with the arguments the benchmarks run with, well inside the instance's memory", () => {
    const { parameters } = JSON.parse(read("main.parameters.json")) as {
      parameters: Record<string, { value: unknown }>;
    };
    const shipped = shippedNodeArguments();
    const megabytes = (flag: string) =>
      Number(shipped.map((argument) => new RegExp(`^--${flag}=(\\d+)$`).exec(argument)?.[1]).find(Boolean));
    const heapCap = megabytes("max-old-space-size");
    const semiSpace = megabytes("max-semi-space-size");
    const instanceMemoryMb = Number(/instanceMemoryMB: (\d+)/.exec(main)?.[1]);

    expect(heapCap).toBeGreaterThan(0);
    expect(heapCap).toBeLessThanOrEqual(instanceMemoryMb / 2);
    // Larger than V8's 16 MB, or there is no reason to set it; V8's young generation is three
    // semi-spaces, and they stay small beside the heap cap (64 MB took the fan-out past 256 MB RSS).
    expect(semiSpace).toBeGreaterThan(16);
    expect(3 * semiSpace).toBeLessThanOrEqual(heapCap / 8);
    expect(parameters.nodeWorkerArguments?.value).toBe(`\${NODE_WORKER_ARGUMENTS=${shipped.join(" ")}}`);
    // infra-bicep.test.ts: the module turns them into languageWorkers__node__arguments.
    expect(main).toMatch(/nodeWorkerArguments: nodeWorkerArguments/);
  });

  it("hands secrets to the app only as Key Vault references", () => {
    expect(appSettings.get("EXPORT_SIGNING_KEY")).toMatch(KEY_VAULT_REFERENCE);
    for (const name of SECRET_SETTINGS) {
      const value = appSettings.get(name);
      if (value !== undefined) expect([name, value]).toEqual([name, expect.stringMatching(KEY_VAULT_REFERENCE)]);
    }
  });

  it("marks every parameter that holds a secret @secure() and gives none of them a default", () => {
    for (const file of bicepFiles) {
      for (const param of bicepParams(read(file))) {
        const isSecure = param.decorators.includes("@secure()");
        if (/(key|secret|password|token)$/i.test(param.name))
          expect([file, param.name, isSecure]).toEqual([file, param.name, true]);
        if (isSecure) expect([file, param.name, param.defaultValue]).toEqual([file, param.name, undefined]);
      }
    }
  });

  it("fills secure parameters from the environment, never from a value in the parameters file", () => {
    const { parameters } = JSON.parse(read("main.parameters.json")) as {
      parameters: Record<string, { value: unknown }>;
    };
    for (const param of mainParams.filter((p) => p.decorators.includes("@secure()"))) {
      expect([param.name, parameters[param.name]?.value]).toEqual([
        param.name,
        expect.stringMatching(/^\$\{[A-Z][A-Z0-9_]*\}$/),
      ]);
    }
    const declared = new Set(mainParams.map((p) => p.name));
    expect(Object.keys(parameters).filter((name) => !declared.has(name))).toEqual([]);
    const withoutValue = mainParams
      .filter((p) => p.defaultValue === undefined && !(p.name in parameters))
      .map((p) => p.name);
    expect(withoutValue).toEqual([]);
  });

  it("never reads account keys or connection strings, and never outputs a secure parameter", () => {
    const secureNames = bicepFiles.flatMap((file) =>
      bicepParams(read(file))
        .filter((p) => p.decorators.includes("@secure()"))
        .map((p) => p.name),
    );
    for (const file of bicepFiles) {
      const source = read(file);
      expect([file, source]).not.toEqual([
        file,
        expect.stringMatching(/list(Keys|ConnectionStrings|Credentials)\(|AccountKey=/i),
      ]);
      for (const output of source.split("\n").filter((line) => line.startsWith("output "))) {
        const value = output.slice(output.indexOf("=") + 1);
        for (const name of secureNames)
          expect([file, value]).not.toEqual([file, expect.stringMatching(new RegExp(`\\b${name}\\b`))]);
      }
    }
  });
});
