import * as fs from "node:fs";
import * as path from "node:path";
import { CONTAINERS, CONTAINER_NAMES } from "../../bot/store/container-definitions";
import { settingsSchema } from "../../functions/config";
import { allowedValues, bicepParams, moduleReferences, objectVariableEntries } from "../../infra/scripts/bicep-text";
import { COSMOS_CONTAINERS_FILE, renderCosmosContainersJson } from "../../infra/scripts/generate-cosmos-containers";

// Bicep cannot be compiled here (no az CLI); these checks read the source text.
const ROOT = path.resolve(__dirname, "..", "..");
const INFRA = path.join(ROOT, "infra");
const read = (file: string) => fs.readFileSync(path.join(INFRA, file), "utf8");
const modules = fs.readdirSync(path.join(INFRA, "modules")).filter((file) => file.endsWith(".bicep"));
const bicepFiles = ["main.bicep", ...modules.map((file) => path.join("modules", file))];
const main = read("main.bicep");
const cosmos = read(path.join("modules", "cosmos.bicep"));
const functionApp = read(path.join("modules", "function-app.bicep"));

/** Built-in role ids that would give the app far more than it needs. */
const BROAD_ROLE_IDS = {
  Owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
  "Key Vault Administrator": "00482a5a-887f-4fb3-b363-3b7fe8e74483",
  "Storage Account Contributor": "17d1049b-9a84-46fb-8f53-869881c3d3ab",
  "Cognitive Services Contributor": "25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68",
};

describe("Bicep for Azure", () => {
  it("references only module files that exist, and uses every module", () => {
    const referenced = new Set<string>();
    for (const file of bicepFiles) {
      for (const reference of moduleReferences(read(file))) {
        const target = path.normalize(path.join(path.dirname(file), reference));
        expect([file, reference, fs.existsSync(path.join(INFRA, target))]).toEqual([file, reference, true]);
        referenced.add(target);
      }
    }
    expect(modules.map((file) => path.join("modules", file)).filter((file) => !referenced.has(file))).toEqual([]);
  });

  it("lets azd provision main.bicep and deploy the app to the Function App", () => {
    const azureYaml = read("azure.yaml");
    expect(azureYaml).toMatch(/^\s+module: main$/m);
    expect(azureYaml).toMatch(/^\s+host: function$/m);
    expect(azureYaml).toMatch(/npm run package:teams/);
    // azd deploys service "app" to the resource tagged with its name.
    expect(azureYaml).toMatch(/^services:\n\s+app:$/m);
    expect(functionApp).toContain("'azd-service-name': 'app'");
  });

  it("creates the Cosmos containers from the JSON generated out of the code's container definitions", () => {
    expect(cosmos).toContain("loadJsonContent('../cosmos-containers.json')");
    expect(path.normalize(path.join("infra", "modules", "../cosmos-containers.json"))).toBe(COSMOS_CONTAINERS_FILE);
    for (const field of [
      "definition.partitionKeyPath",
      "definition.indexingPolicy",
      "definition.defaultTtl",
      "definition.name",
    ]) {
      expect(cosmos).toContain(field);
    }
    expect(cosmos).toMatch(/for definition in containers:/);
  });

  it("keeps the committed containers JSON equal to bot/store/container-definitions.ts (regenerate with the script)", () => {
    const committed = fs.readFileSync(path.join(ROOT, COSMOS_CONTAINERS_FILE), "utf8");
    expect(committed).toBe(renderCosmosContainersJson());
    const parsed = JSON.parse(committed) as {
      name: string;
      partitionKeyPath: string;
      indexingPolicy: unknown;
      defaultTtl: number;
    }[];
    expect(parsed.map((container) => container.name)).toEqual([...CONTAINER_NAMES]);
    for (const container of parsed) {
      const definition = CONTAINERS[container.name as keyof typeof CONTAINERS];
      expect(container).toEqual({
        name: definition.name,
        partitionKeyPath: definition.partitionKeyPath,
        indexingPolicy: definition.indexingPolicy,
        defaultTtl: definition.defaultTtl,
      });
    }
  });

  it("runs Cosmos DB serverless with keys switched off and continuous backup", () => {
    expect(cosmos).toMatch(/capabilities: \[\s*\{ name: 'EnableServerless' \}\s*\]/);
    expect(cosmos).toMatch(/^\s+disableLocalAuth: true$/m);
    expect(cosmos).toMatch(/^\s+disableKeyBasedMetadataWriteAccess: true$/m);
    expect(cosmos).toMatch(/type: 'Continuous'/);
    // Serverless accounts reject provisioned throughput.
    expect(cosmos).not.toMatch(/^\s*(throughput|autoscaleSettings)\s*:/m);
  });

  it("uses the database name the app defaults to", () => {
    const parsed = settingsSchema.safeParse({ COSMOS_ENDPOINT: "https://127.0.0.1:8081" });
    expect(parsed.success && parsed.data.COSMOS_DATABASE).toBe("lqw-reflect");
    expect(main).toMatch(/^var databaseName = 'lqw-reflect'$/m);
    expect(main).toMatch(/databaseName: databaseName/);
  });

  it("gives the app Cosmos DB Built-in Data Contributor through data-plane RBAC", () => {
    expect(cosmos).toMatch(/'Microsoft\.DocumentDB\/databaseAccounts\/sqlRoleAssignments@[\d-]+'/);
    expect(cosmos).toMatch(/var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'/);
    expect(cosmos).toMatch(/roleDefinitionId: '\$\{account\.id\}\/sqlRoleDefinitions\/\$\{dataContributorRoleId\}'/);
  });

  it("runs the Function App on Flex Consumption, Linux, Node 22", () => {
    expect(functionApp).toMatch(/name: 'FC1'\s+tier: 'FlexConsumption'/);
    expect(functionApp).toMatch(/kind: 'functionapp,linux'/);
    expect(functionApp).toMatch(/runtime: \{\s+name: 'node'\s+version: '22'\s+\}/);
    expect(functionApp).toMatch(/^\s+reserved: true$/m);
  });

  it("sets no app setting that Flex Consumption rejects", () => {
    const names = [
      ...objectVariableEntries(functionApp, "hostSettings"),
      ...objectVariableEntries(functionApp, "nodeWorkerSettings"),
      ...objectVariableEntries(main, "appSettings"),
      ...objectVariableEntries(main, "openAiSettings"),
    ].map((entry) => entry.key);
    // Settings the Flex Consumption plan no longer supports (Microsoft Learn, "Flex Consumption
    // plan deprecations"); scale and runtime are properties of functionAppConfig there.
    const rejectedOnFlex = [
      "FUNCTIONS_WORKER_RUNTIME",
      "FUNCTIONS_WORKER_RUNTIME_VERSION",
      "FUNCTIONS_EXTENSION_VERSION",
      "FUNCTIONS_MAX_HTTP_CONCURRENCY",
      "FUNCTIONS_WORKER_PROCESS_COUNT",
      "FUNCTIONS_WORKER_DYNAMIC_CONCURRENCY_ENABLED",
      "SCM_DO_BUILD_DURING_DEPLOYMENT",
      "ENABLE_ORYX_BUILD",
      "WEBSITE_NODE_DEFAULT_VERSION",
      "WEBSITE_RUN_FROM_PACKAGE",
      "WEBSITE_CONTENTSHARE",
      "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
      "WEBSITE_CONTENTOVERVNET",
      "WEBSITE_SKIP_CONTENTSHARE_VALIDATION",
      "WEBSITE_MAX_DYNAMIC_APPLICATION_SCALE_OUT",
      "WEBSITE_VNET_ROUTE_ALL",
      "WEBSITE_DNS_SERVER",
      "AzureWebJobsStorage", // a connection string; the host uses AzureWebJobsStorage__* with the identity
    ];
    expect(names.filter((name) => rejectedOnFlex.includes(name))).toEqual([]);
    expect(main).toMatch(/settings: union\(functionApp\.outputs\.hostSettings, appSettings, openAiSettings\)/);
    expect(functionApp).toMatch(/output hostSettings object = union\(hostSettings, nodeWorkerSettings\)/);
  });

  it("caps the Node heap and sizes the young generation by default, and leaves the Node worker arguments to the platform when set empty", () => {
    const params = new Map(bicepParams(main).map((param) => [param.name, param]));
    expect(params.get("nodeWorkerArguments")?.defaultValue).toMatch(
      /^'--max-old-space-size=\d+ --max-semi-space-size=\d+'$/,
    );
    expect(functionApp).toMatch(/var nodeWorkerSettings = empty\(nodeWorkerArguments\) \? \{\} : \{/);
    expect(functionApp).toMatch(/languageWorkers__node__arguments: nodeWorkerArguments/);
  });

  it("lets one instance take as many HTTP requests at once as the app runs turns at once (TURN_CONCURRENCY)", () => {
    const params = new Map(bicepParams(main).map((param) => [param.name, param]));
    expect(params.get("httpPerInstanceConcurrency")?.defaultValue).toBe("16");
    expect(main).toMatch(/\n {2}TURN_CONCURRENCY: string\(httpPerInstanceConcurrency\)\n/);
    expect(main).toMatch(/httpPerInstanceConcurrency: httpPerInstanceConcurrency/);
    expect(functionApp).toMatch(/triggers: \{ http: \{ perInstanceConcurrency: httpPerInstanceConcurrency \} \}/);
    // The app's own default is the same number, so a setting left out changes nothing.
    expect(settingsSchema.parse({ COSMOS_ENDPOINT: "https://127.0.0.1:8081" }).TURN_CONCURRENCY).toBe(16);
  });

  it("connects the Functions host to its storage with the managed identity, not a key", () => {
    const host = new Map(objectVariableEntries(functionApp, "hostSettings").map(({ key, value }) => [key, value]));
    expect(host.get("AzureWebJobsStorage__credential")).toBe("'managedidentity'");
    expect(host.get("AzureWebJobsStorage__clientId")).toBe("identityClientId");
    expect(host.get("AZURE_CLIENT_ID")).toBe("identityClientId");
    expect(read(path.join("modules", "storage.bicep"))).toMatch(/^\s+allowSharedKeyAccess: false$/m);
    expect(functionApp).toMatch(/authentication: \{\s+type: 'UserAssignedIdentity'/);
  });

  it("resolves Key Vault references with the app's user-assigned identity", () => {
    expect(functionApp).toMatch(/^\s+keyVaultReferenceIdentity: identityId$/m);
    const keyVault = read(path.join("modules", "key-vault.bicep"));
    expect(keyVault).toMatch(/^\s+enableRbacAuthorization: true$/m);
    // The role is granted on the one secret, not on the vault.
    expect(keyVault).toMatch(/resource secretsUser '[^']+' = \{\s+scope: signingKey/);
  });

  it("registers the bot with the managed identity and the Teams channel, pointing at /api/messages", () => {
    const bot = read(path.join("modules", "bot.bicep"));
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/msaAppMSIResourceId: identityId/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{messagingHostName\}\/api\/messages'/);
    expect(bot).toMatch(/channelName: 'MsTeamsChannel'/);
    const registrations = fs.readFileSync(path.join(ROOT, "functions", "registrations.ts"), "utf8");
    expect(registrations).toMatch(/route: "messages", methods: \["POST"\]/);
  });

  it("grants only narrow roles to the app's identity", () => {
    for (const file of bicepFiles) {
      for (const [role, id] of Object.entries(BROAD_ROLE_IDS)) {
        expect([file, role, read(file).includes(id)]).toEqual([file, role, false]);
      }
    }
    expect(read(path.join("modules", "openai.bicep"))).toContain("5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"); // Cognitive Services OpenAI User
    expect(read(path.join("modules", "storage.bicep"))).toContain("b7e6dc6d-f1e8-4753-8033-0f276bb0955b"); // Storage Blob Data Owner
    expect(read(path.join("modules", "monitoring.bicep"))).toContain("3913510d-42f4-4e42-8a64-420c390055eb"); // Monitoring Metrics Publisher
  });

  it("deploys Azure OpenAI only when asked, without keys", () => {
    expect(main).toMatch(/^param enableOpenAi bool = false$/m);
    expect(main).toMatch(/^module openAi 'modules\/openai\.bicep' = if \(enableOpenAi\)/m);
    expect(main).toMatch(/^var openAiSettings = enableOpenAi \? \{/m);
    expect(read(path.join("modules", "openai.bicep"))).toMatch(/^\s+disableLocalAuth: true$/m);
  });

  it("sends telemetry to Application Insights with the identity, not an instrumentation key", () => {
    expect(read(path.join("modules", "monitoring.bicep"))).toMatch(/^\s+DisableLocalAuth: true$/m);
    const host = new Map(objectVariableEntries(functionApp, "hostSettings").map(({ key, value }) => [key, value]));
    expect(host.get("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")).toBe(
      "'ClientId=${identityClientId};Authorization=AAD'",
    );
  });

  describe("parameters", () => {
    const params = bicepParams(main);
    const param = (name: string) => {
      const found = params.find((p) => p.name === name);
      if (!found) throw new Error(`main.bicep has no parameter ${name}`);
      return found;
    };
    const { parameters } = JSON.parse(read("main.parameters.json")) as {
      parameters: Record<string, { value: string }>;
    };

    it("maps every parameter in main.parameters.json, so azd users can set each one with `azd env set`", () => {
      expect(params.map((p) => p.name).filter((name) => !(name in parameters))).toEqual([]);
      for (const [name, { value }] of Object.entries(parameters))
        expect([name, value]).toEqual([name, expect.stringMatching(/^\$\{[A-Z][A-Z0-9_]*(=[^}]*)?\}$/)]);
    });

    it("gives azd the same defaults as the Bicep, so an unset variable changes nothing", () => {
      for (const p of params) {
        const mapped = /^\$\{[A-Z0-9_]+=(.*)\}$/.exec(parameters[p.name]?.value ?? "")?.[1];
        if (mapped === undefined || p.defaultValue === undefined || p.defaultValue.includes("(")) continue;
        const bicepDefault = p.defaultValue.replace(/^'(.*)'$/, "$1");
        expect([p.name, mapped]).toEqual([p.name, bicepDefault]);
      }
    });

    it("offers only EU/EEA regions with Flex Consumption, and azd asks for one of them", () => {
      const location = param("location");
      const regions = allowedValues(location);
      expect(regions).toEqual(
        expect.arrayContaining(["germanywestcentral", "swedencentral", "westeurope", "northeurope", "francecentral"]),
      );
      const euAndEea = [
        "francecentral",
        "germanywestcentral",
        "italynorth",
        "northeurope",
        "norwayeast",
        "polandcentral",
        "spaincentral",
        "swedencentral",
        "westeurope",
      ];
      expect(regions?.filter((region) => !euAndEea.includes(String(region)))).toEqual([]);
      expect(location.decorators.join("\n")).toMatch(/@metadata\(\{\s+azd: \{\s+type: 'location'\s+\}\s+\}\)/);
    });

    it("registers the bot in the EU (westeurope) unless told otherwise, bot and Teams channel alike", () => {
      expect(param("botLocation").defaultValue).toBe("'westeurope'");
      expect(allowedValues(param("botLocation"))).toEqual(["westeurope", "global"]);
      const bot = read(path.join("modules", "bot.bicep"));
      expect(bot.match(/^\s+location: location$/gm)).toHaveLength(2);
      expect(bot).not.toMatch(/location: 'global'/);
      expect(main).toMatch(/name: 'bot-lqw-\$\{resourceToken\}'\n\s+location: botLocation/);
    });

    it("deploys a current Azure OpenAI model as Data Zone Standard in an EU region, with an API version that serves it", () => {
      const retired = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-4.1", "gpt-35-turbo", "gpt-4"];
      expect(retired).not.toContain(param("openAiModelName").defaultValue?.replace(/'/g, ""));
      expect(param("openAiModelName").defaultValue).toBe("'gpt-5.4'");
      expect(param("openAiModelVersion").defaultValue).toBe("'2026-03-05'");
      expect(param("openAiDeploymentSku").defaultValue).toBe("'DataZoneStandard'");
      expect(allowedValues(param("openAiLocation"))).toEqual([
        "francecentral",
        "germanywestcentral",
        "italynorth",
        "polandcentral",
        "spaincentral",
        "swedencentral",
        "westeurope",
      ]);
      // Reasoning models (the gpt-5 family) need 2024-12-01-preview or later.
      const apiVersion = param("openAiApiVersion").defaultValue?.replace(/'/g, "") ?? "";
      expect(apiVersion >= "2024-12-01").toBe(true);
      expect(parameters.openAiModelName?.value).toBe("${AZURE_OPENAI_MODEL=gpt-5.4}");
      expect(parameters.openAiDeploymentSku?.value).toBe("${AZURE_OPENAI_DEPLOYMENT_TYPE=DataZoneStandard}");
    });

    it("passes the developer URLs to the Teams package as outputs, so the postprovision hook uses them", () => {
      for (const [param, output] of [
        ["developerName", "DEVELOPER_NAME"],
        ["developerWebsiteUrl", "DEVELOPER_WEBSITE_URL"],
        ["developerPrivacyUrl", "DEVELOPER_PRIVACY_URL"],
        ["developerTermsUrl", "DEVELOPER_TERMS_URL"],
      ])
        expect(main).toContain(`output ${output} string = ${param}`);
    });
  });

  describe("teardown", () => {
    const keyVault = read(path.join("modules", "key-vault.bicep"));

    it("leaves purge protection off unless asked (it blocks `azd down --purge`), and never sends false, which Key Vault refuses", () => {
      expect(bicepParams(main).find((p) => p.name === "keyVaultPurgeProtection")?.defaultValue).toBe("false");
      expect(keyVault).toMatch(/enablePurgeProtection: purgeProtection \? true : null/);
      expect(keyVault).not.toMatch(/enablePurgeProtection: false/);
      expect(keyVault).toMatch(/softDeleteRetentionInDays: 7$/m);
    });
  });

  describe("availability test", () => {
    const availability = read(path.join("modules", "availability.bicep"));

    it("calls /api/health and links the test to Application Insights", () => {
      expect(main).toContain("healthUrl: 'https://${functionApp.outputs.defaultHostName}/api/health'");
      expect(availability).toMatch(/kind: 'standard'/);
      expect(availability).toContain("'hidden-link:${applicationInsightsId}': 'Resource'");
      expect(availability).toMatch(/ExpectedHttpStatusCode: 200/);
    });

    it("mails the alert address when the test fails from two locations", () => {
      const alerts = read(path.join("modules", "alerts.bicep"));
      expect(alerts).toContain("'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'");
      expect(alerts).toMatch(/failedLocationCount: 2/);
      expect(main).toContain("availabilityTestId: enableAvailabilityTest ? availability.outputs.id : ''");
    });
  });

  it("lets azd build the app remotely from the sources .funcignore lets through", () => {
    expect(read("azure.yaml")).toMatch(/^\s+remoteBuild: true$/m);
  });
});
