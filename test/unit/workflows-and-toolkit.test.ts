import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { bicepParams } from "../../infra/scripts/bicep-text";

// The CI workflows and the Agents Toolkit project cannot run here; these checks make sure they are
// well-formed (YAML, GitHub's workflow schema, the toolkit's published schema) and consistent with
// the files they use.
const ROOT = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const WORKFLOW_DIR = path.join(".github", "workflows");
const workflowFiles = fs
  .readdirSync(path.join(ROOT, WORKFLOW_DIR))
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => path.join(WORKFLOW_DIR, file));

type Yaml = Record<string, unknown>;
const parseYaml = (file: string): Yaml => parse(read(file), { strict: true, uniqueKeys: true }) as Yaml;

describe("GitHub workflows", () => {
  it("has the test, infra and deploy workflows", () => {
    expect(workflowFiles.map((file) => path.basename(file)).sort()).toEqual(["deploy.yml", "infra.yml", "test.yml"]);
  });

  it("parses every workflow as YAML without duplicate keys", () => {
    for (const file of workflowFiles) expect([file, typeof parseYaml(file)]).toEqual([file, "object"]);
  });

  it("passes GitHub's workflow parser and schema (@actions/workflow-parser)", () => {
    const script = path.join(ROOT, "test", "support", "check-workflows.mjs");
    const output = execFileSync(process.execPath, [script, ...workflowFiles.map((file) => path.join(ROOT, file))], {
      encoding: "utf8",
    });
    const results = JSON.parse(output) as { file: string; errors: string[] }[];
    expect(results).toHaveLength(workflowFiles.length);
    for (const result of results) expect(result).toEqual({ file: result.file, errors: [] });
  });

  it("refuses a broken workflow (the check can fail)", () => {
    const broken = path.join(ROOT, "test-results", "broken-workflow.yml");
    fs.mkdirSync(path.dirname(broken), { recursive: true });
    fs.writeFileSync(broken, "on: push\njobs:\n  test:\n    steps:\n      - run: echo\n");
    const output = execFileSync(process.execPath, [path.join(ROOT, "test", "support", "check-workflows.mjs"), broken], {
      encoding: "utf8",
    });
    const [result] = JSON.parse(output) as { errors: string[] }[];
    expect(result?.errors.join(" ")).toMatch(/runs-on/);
  });

  it("deploys only by hand, signed in with OIDC (no stored Azure secret)", () => {
    const deploy = parseYaml(path.join(WORKFLOW_DIR, "deploy.yml"));
    expect(Object.keys(deploy.on as Yaml)).toEqual(["workflow_dispatch"]);
    expect(deploy.permissions).toMatchObject({ "id-token": "write" });
    const text = read(path.join(WORKFLOW_DIR, "deploy.yml"));
    expect(text).toContain("--federated-credential-provider github");
    expect(text).not.toMatch(/client-secret|AZURE_CREDENTIALS|--password/i);
  });

  it("compiles and lints the Bicep, and runs what-if only when credentials are configured", () => {
    const infra = read(path.join(WORKFLOW_DIR, "infra.yml"));
    expect(infra).toContain("az bicep build --file infra/main.bicep");
    expect(infra).toContain("az bicep lint --file infra/main.bicep");
    expect(infra).toMatch(/what-if:\n\s+if: \$\{\{ vars\.AZURE_CLIENT_ID != '' \}\}/);
    expect(infra).toContain("validate --package-file dist/teams/lqw-reflect.zip");
  });
});

describe("Agents Toolkit project (m365agents.yml)", () => {
  const project = parseYaml("m365agents.yml");
  const actions = (lifecycle: string) => (project[lifecycle] as Yaml[]).map((step) => step.uses);

  it("matches the toolkit's published schema for its version", () => {
    const schema = JSON.parse(
      read(path.join("test", "fixtures", "schemas", "m365agents-v1.11.yaml.schema.json")),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(project.version).toBe("v1.11");
    const isValid = validate(project);
    expect(validate.errors ?? []).toEqual([]);
    expect(isValid).toBe(true);
    // The check can fail: an unknown action is refused.
    expect(validate({ ...project, deploy: [{ uses: "azureFunctions/flyToTheMoon", with: {} }] })).toBe(false);
  });

  it("provisions with the same Bicep, builds, validates and updates the Teams app, deploys and publishes", () => {
    expect(actions("provision")).toEqual([
      "arm/deploy",
      "teamsApp/create",
      "script",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(actions("deploy")).toEqual(["cli/runNpmCommand", "cli/runNpmCommand", "script"]);
    expect(actions("publish")).toContain("teamsApp/publishAppPackage");
    const [armDeploy] = project.provision as { with: { templates: { path: string; parameters: string }[] } }[];
    for (const template of armDeploy?.with.templates ?? []) {
      expect(fs.existsSync(path.join(ROOT, template.path))).toBe(true);
      expect(fs.existsSync(path.join(ROOT, template.parameters))).toBe(true);
    }
    expect(armDeploy?.with.templates[0]?.path).toBe("./infra/main.bicep");
  });

  it("creates no app registration and no client secret (the bot is a managed identity)", () => {
    const used = [...actions("provision"), ...actions("deploy"), ...actions("publish")];
    expect(used.filter((uses) => /aadApp|botAadApp|botFramework\/create/.test(String(uses)))).toEqual([]);
  });

  it("deploys with a remote build through the publish endpoint Flex Consumption offers", () => {
    const yml = read("m365agents.yml");
    expect(yml).not.toMatch(/uses: azureFunctions\/zipDeploy/);
    expect(yml).toContain("--build-remote true");
    expect(yml).toContain("run package:app");
  });

  it("fills every placeholder of the toolkit's parameters file from env/.env.dev or a SECRET_ in .env.dev.user", () => {
    const parametersFile = read(path.join("infra", "main.parameters.m365agents.json"));
    const placeholders = [...parametersFile.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((match) => match[1] ?? "");
    const envNames = new Set(
      read(path.join("env", ".env.dev"))
        .split("\n")
        .map((line) => /^([A-Z0-9_]+)=/.exec(line)?.[1])
        .filter(Boolean),
    );
    expect(placeholders.filter((name) => !envNames.has(name) && !name.startsWith("SECRET_"))).toEqual([]);
    expect(placeholders).toContain("SECRET_EXPORT_SIGNING_KEY");
    expect(read(".gitignore")).toMatch(/^env\/\.env\.\*\.user$/m);
  });

  it("passes only text parameters through the toolkit (it substitutes text; a boolean or number would arrive as a string)", () => {
    const params = new Map(bicepParams(read(path.join("infra", "main.bicep"))).map((param) => [param.name, param]));
    const { parameters } = JSON.parse(read(path.join("infra", "main.parameters.m365agents.json"))) as {
      parameters: Record<string, { value: unknown }>;
    };
    for (const name of Object.keys(parameters)) expect([name, params.get(name)?.type]).toEqual([name, "string"]);
    const required = [...params.values()]
      .filter((param) => param.defaultValue === undefined)
      .map((param) => param.name);
    expect(required.filter((name) => !(name in parameters))).toEqual([]);
  });
});
