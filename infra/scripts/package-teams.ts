/**
 * `npm run package:teams`: builds the Teams app package dist/teams/lqw-reflect.zip from
 * infra/teams/ (manifest template, en-US strings, icons). `${{NAME}}` placeholders in the
 * template are filled from the environment (after `azd provision`: `azd env get-values`);
 * missing ones fall back to local defaults, which the script names so nobody uploads them.
 * `--out <file>` writes the zip elsewhere (m365agents.yml does, per environment).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { ICON_FILES } from "./draw-icons";
import { findRepoRoot } from "./repo-root";

const TEAMS_DIR = path.join("infra", "teams");
const MANIFEST_TEMPLATE_FILE = "manifest.template.json";
const LOCALIZATION_FILES = ["en-us.json"] as const;
const DEFAULT_PACKAGE_FILE = path.join("dist", "teams", "lqw-reflect.zip");

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const HTTPS_URL = /^https:\/\/[^\s]+$/;

interface VariableRule {
  /** Used when the environment does not set the variable: fine for a local package only. */
  localDefault: string;
  isValid(value: string): boolean;
  expected: string;
}

const VARIABLES = {
  TEAMS_APP_ID: {
    localDefault: "6a1f3c2e-9b7d-4e05-8c2a-2e6b5e1a0001",
    isValid: (v) => GUID.test(v),
    expected: "a GUID",
  },
  BOT_ID: { localDefault: "00000000-0000-0000-0000-000000000000", isValid: (v) => GUID.test(v), expected: "a GUID" },
  PUBLIC_HOSTNAME: {
    localDefault: "localhost",
    isValid: (v) => HOSTNAME.test(v),
    expected: "a host name without scheme or path, e.g. func-lqw-abc.azurewebsites.net",
  },
  TEAMS_APP_VERSION: { localDefault: "", isValid: (v) => /^\d+\.\d+\.\d+$/.test(v), expected: "a version like 1.2.3" },
  DEVELOPER_NAME: {
    localDefault: "lqw-reflect",
    isValid: (v) => v.length > 0 && v.length <= 32,
    expected: "1 to 32 characters",
  },
  DEVELOPER_WEBSITE_URL: {
    localDefault: "https://www.example.org/",
    isValid: (v) => HTTPS_URL.test(v),
    expected: "an https URL",
  },
  DEVELOPER_PRIVACY_URL: {
    localDefault: "https://www.example.org/datenschutz",
    isValid: (v) => HTTPS_URL.test(v),
    expected: "an https URL",
  },
  DEVELOPER_TERMS_URL: {
    localDefault: "https://www.example.org/nutzungsbedingungen",
    isValid: (v) => HTTPS_URL.test(v),
    expected: "an https URL",
  },
} satisfies Record<string, VariableRule>;

export type TemplateVariable = keyof typeof VARIABLES;
const TEMPLATE_VARIABLES = Object.keys(VARIABLES) as TemplateVariable[];

interface ResolvedVariables {
  values: Record<TemplateVariable, string>;
  /** Variables the environment did not set: the package is then for local use only. */
  defaulted: TemplateVariable[];
}

/** Reads the variables from `env`; PUBLIC_HOSTNAME may also come from PUBLIC_BASE_URL (an azd output). */
function resolveVariables(env: NodeJS.ProcessEnv, appVersion: string): ResolvedVariables {
  const fromEnv = (name: TemplateVariable): string | undefined => {
    const value = env[name]?.trim();
    if (value) return value;
    if (name === "PUBLIC_HOSTNAME" && env.PUBLIC_BASE_URL && URL.canParse(env.PUBLIC_BASE_URL)) {
      return new URL(env.PUBLIC_BASE_URL).hostname;
    }
    if (name === "TEAMS_APP_VERSION") return appVersion;
    return undefined;
  };
  const values = {} as Record<TemplateVariable, string>;
  const defaulted: TemplateVariable[] = [];
  const problems: string[] = [];
  for (const name of TEMPLATE_VARIABLES) {
    const rule: VariableRule = VARIABLES[name];
    const given = fromEnv(name);
    if (given === undefined) defaulted.push(name);
    const value = given ?? rule.localDefault;
    if (!rule.isValid(value)) problems.push(`${name} must be ${rule.expected} (got "${value}")`);
    values[name] = value;
  }
  if (problems.length > 0) throw new Error(`Cannot build the Teams package:\n  - ${problems.join("\n  - ")}`);
  return { values, defaulted };
}

/** Fills `${{NAME}}` placeholders; an unknown placeholder is an error, not an empty string. */
function renderManifest(template: string, values: Record<TemplateVariable, string>): string {
  const rendered = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`Unknown placeholder \${{${name}}} in ${MANIFEST_TEMPLATE_FILE}`);
    // Inside a JSON string: escape like JSON does, without the surrounding quotes.
    return JSON.stringify(values[name as TemplateVariable]).slice(1, -1);
  });
  return `${JSON.stringify(JSON.parse(rendered), null, 2)}\n`;
}

export interface TeamsPackage {
  outFile: string;
  zip: Buffer;
  manifest: Record<string, unknown>;
  /** Names of the files at the root of the zip. */
  files: string[];
  defaulted: TemplateVariable[];
}

interface PackageOptions {
  env?: NodeJS.ProcessEnv;
  root?: string;
  /** Where to write the zip; relative paths are taken from the repository root. */
  outFile?: string;
}

/** A fixed timestamp for every zip entry, so the same inputs give the same bytes. */
const ZIP_ENTRY_DATE = new Date("2026-01-01T00:00:00Z");

export async function buildTeamsPackage({
  env = process.env,
  root = findRepoRoot(),
  outFile = DEFAULT_PACKAGE_FILE,
}: PackageOptions = {}): Promise<TeamsPackage> {
  const teamsDir = path.join(root, TEAMS_DIR);
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  const { values, defaulted } = resolveVariables(env, version);
  const manifestText = renderManifest(fs.readFileSync(path.join(teamsDir, MANIFEST_TEMPLATE_FILE), "utf8"), values);

  const zip = new JSZip();
  const entries: [string, string | Buffer][] = [
    ["manifest.json", manifestText],
    ...LOCALIZATION_FILES.map((file): [string, Buffer] => [file, fs.readFileSync(path.join(teamsDir, file))]),
    ...Object.values(ICON_FILES).map((file): [string, Buffer] => [file, fs.readFileSync(path.join(teamsDir, file))]),
  ];
  for (const [name, content] of entries) zip.file(name, content, { date: ZIP_ENTRY_DATE });
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });

  const target = path.resolve(root, outFile);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes);
  return {
    outFile: target,
    zip: bytes,
    manifest: JSON.parse(manifestText) as Record<string, unknown>,
    files: entries.map(([name]) => name),
    defaulted,
  };
}

/** `--out <file>` (or `--out=<file>`): where to write the zip; the Agents Toolkit names one per environment. */
function outFileArgument(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === "--out" || arg.startsWith("--out="));
  if (index < 0) return undefined;
  const arg = argv[index] ?? "";
  const value = arg.startsWith("--out=") ? arg.slice("--out=".length) : argv[index + 1];
  if (!value) throw new Error("--out needs a file name, e.g. --out appPackage/build/lqw-reflect.dev.zip");
  return value;
}

if (require.main === module) {
  Promise.resolve()
    .then(() => {
      const outFile = outFileArgument(process.argv.slice(2));
      return buildTeamsPackage(outFile ? { outFile } : {});
    })
    .then(
      ({ outFile, defaulted }) => {
        process.stdout.write(`Wrote ${outFile}\n`);
        if (defaulted.length > 0) {
          process.stdout.write(
            `Local defaults used for ${defaulted.join(", ")}: fine for a try-out, not for upload to your tenant.\n` +
              "Set them (after `azd provision`: `azd env get-values`) and run again; see docs/operations.md.\n",
          );
        }
      },
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
}
