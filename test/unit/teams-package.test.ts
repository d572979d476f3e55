import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { AppManifestUtils, TeamsManifestConverter } from "@microsoft/app-manifest";
import { parseCommand, type CommandId } from "../../bot/commands";
import { buildTeamsPackage, type TeamsPackage } from "../../infra/scripts/package-teams";
import { drawColorIcon, drawOutlineIcon } from "../../infra/scripts/draw-icons";

// The library requires strip-bom 5, an ES module, which jest's CommonJS runtime cannot load
// (Node itself can). Only its file-reading helpers use it, and this test reads no files with them.
jest.mock("@microsoft/app-manifest/node_modules/strip-bom", () => ({
  __esModule: true,
  default: (text: string) => text.replace(/^\uFEFF/, ""),
}));

type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;
type Manifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

const ROOT = path.resolve(__dirname, "..", "..");
const DEPLOYED_ENV = {
  TEAMS_APP_ID: "5d0c7a52-1f7e-4c1b-9b53-0a7e4f1d2c3b",
  BOT_ID: "8f14e45f-ceea-467f-a2b0-5d9a3e6c1b20",
  PUBLIC_HOSTNAME: "func-lqw-reflect-x7k2.azurewebsites.net",
  DEVELOPER_NAME: "Bildungswerk Beispiel e. V.",
  DEVELOPER_WEBSITE_URL: "https://www.bildungswerk-beispiel.de/",
  DEVELOPER_PRIVACY_URL: "https://www.bildungswerk-beispiel.de/datenschutz",
  DEVELOPER_TERMS_URL: "https://www.bildungswerk-beispiel.de/impressum",
};

/** The menu, in order, as the bot must understand it in both languages. */
const EXPECTED_COMMANDS: readonly { id: CommandId; de: string; en: string }[] = [
  { id: "help", de: "hilfe", en: "help" },
  { id: "prompt", de: "frage", en: "prompt" },
  { id: "myAnswers", de: "meine antworten", en: "my answers" },
  { id: "progress", de: "fortschritt", en: "progress" },
  { id: "setup", de: "einrichtung", en: "setup" },
  { id: "export", de: "export", en: "export" },
  { id: "myData", de: "meine daten", en: "my data" },
  { id: "settings", de: "einstellungen", en: "settings" },
];

/**
 * The schema files bundled with @microsoft/app-manifest, found from the manifest's `$schema`
 * URL: validation never goes to the network (the library would fetch unknown URLs).
 */
function bundledSchema(schemaUrl: string): Schema {
  const match = /\/json-schemas\/(teams\/v[\d.]+\/[\w.]+\.json)$/.exec(new URL(schemaUrl).pathname);
  if (!match?.[1]) throw new Error(`Not a Teams schema URL: ${schemaUrl}`);
  const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const text = fs
    .readFileSync(path.join(packageDir, "build", "json-schemas", match[1]), "utf8")
    // Published schemas carry regexes that are invalid with the `u` flag ajv uses: `\a` (the
    // library replaces it the same way) and an unescaped `]` after `\b` in the localization schema.
    .replace(/\\\\a/g, "\\u0007")
    .replace(/\\\\b\]/g, "\\\\b\\\\]");
  return JSON.parse(text) as Schema;
}

async function validate(document: Record<string, unknown>): Promise<string[]> {
  const schemaUrl = document.$schema;
  if (typeof schemaUrl !== "string") throw new Error("document has no $schema");
  return AppManifestUtils.validateAgainstSchema(document as unknown as Manifest, bundledSchema(schemaUrl));
}

interface Command {
  title: string;
  description: string;
}

function commandListsOf(manifest: Record<string, unknown>): { scopes: string[]; commands: Command[] }[] {
  const bots = manifest.bots as { commandLists?: { scopes: string[]; commands: Command[] }[] }[];
  return bots[0]?.commandLists ?? [];
}

/** Looks up a localization key such as `bots[0].commandLists[0].commands[3].title` in the manifest. */
function valueAtPath(document: unknown, keyPath: string): unknown {
  const steps = keyPath.split(".").flatMap((part) => {
    const [name, ...indexes] = part.split(/[[\]]/).filter(Boolean);
    return [name, ...indexes.map(Number)];
  });
  let current: unknown = document;
  for (const step of steps) {
    if (current === null || typeof current !== "object" || step === undefined) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

describe("Teams app package", () => {
  let outDir: string;
  let built: TeamsPackage;
  let entries: Map<string, Buffer>;
  let english: Record<string, string>;
  let fetchSpy: jest.SpyInstance;

  beforeAll(async () => {
    // Any attempt to download a schema fails the test instead of silently needing a network.
    fetchSpy = jest.spyOn(globalThis, "fetch").mockRejectedValue(new Error("no network in tests"));
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-teams-"));
    built = await buildTeamsPackage({ env: DEPLOYED_ENV, root: ROOT, outFile: path.join(outDir, "lqw-reflect.zip") });
    const zip = await JSZip.loadAsync(fs.readFileSync(built.outFile));
    entries = new Map();
    for (const file of Object.values(zip.files)) entries.set(file.name, await file.async("nodebuffer"));
    english = JSON.parse(entries.get("en-us.json")?.toString("utf8") ?? "{}") as Record<string, string>;
  });

  afterAll(() => {
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it("puts the manifest, the English strings and both icons at the root of the zip", () => {
    expect([...entries.keys()].sort()).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png"]);
  });

  it("has a manifest that the official schema accepts, checked offline", async () => {
    const manifest = JSON.parse(entries.get("manifest.json")?.toString("utf8") ?? "{}") as Record<string, unknown>;
    expect(manifest.manifestVersion).toBe("1.22");
    // The converter is the library's runtime type check; the schema is the authority.
    expect(() => TeamsManifestConverter.jsonToManifest(JSON.stringify(manifest))).not.toThrow();
    expect(await validate(manifest)).toEqual([]);
  });

  it("has an English localization file that the official schema accepts", async () => {
    expect(await validate(english)).toEqual([]);
  });

  it("catches a broken manifest (the validation is not a no-op)", async () => {
    const broken = {
      ...built.manifest,
      bots: [{ botId: "not-a-guid", scopes: ["personal"] }],
      name: { short: "x".repeat(31) },
    };
    const problems = await validate(broken);
    expect(problems.join("\n")).toMatch(/botId/);
    expect(problems.join("\n")).toMatch(/name\/short/);
  });

  it("fills every placeholder from the deployment's environment", () => {
    const text = entries.get("manifest.json")?.toString("utf8") ?? "";
    expect(text).not.toContain("${{");
    expect(built.defaulted).toEqual([]);
    expect(built.manifest.id).toBe(DEPLOYED_ENV.TEAMS_APP_ID);
    expect(valueAtPath(built.manifest, "bots[0].botId")).toBe(DEPLOYED_ENV.BOT_ID);
    expect(built.manifest.validDomains).toEqual([DEPLOYED_ENV.PUBLIC_HOSTNAME]);
    expect(valueAtPath(built.manifest, "developer.name")).toBe(DEPLOYED_ENV.DEVELOPER_NAME);
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(built.manifest.version).toBe(version);
  });

  it("installs the bot in personal chats only, German first with English as additional language", () => {
    expect(valueAtPath(built.manifest, "bots[0].scopes")).toEqual(["personal"]);
    // Quality officers send the previous Selbstreport as a .docx in the personal chat.
    expect(valueAtPath(built.manifest, "bots[0].supportsFiles")).toBe(true);
    expect(commandListsOf(built.manifest).map((list) => list.scopes)).toEqual([["personal"]]);
    expect(built.manifest.defaultInstallScope).toBe("personal");
    expect(built.manifest.localizationInfo).toEqual({
      defaultLanguageTag: "de-DE",
      additionalLanguages: [{ languageTag: "en-US", file: "en-us.json" }],
    });
  });

  it("keeps names and descriptions within Teams' limits in both languages", () => {
    const german = built.manifest as {
      name: { short: string; full: string };
      description: { short: string; full: string };
    };
    for (const [short, full, shortDescription, fullDescription] of [
      [german.name.short, german.name.full, german.description.short, german.description.full],
      [english["name.short"], english["name.full"], english["description.short"], english["description.full"]],
    ]) {
      expect(short?.length).toBeLessThanOrEqual(30);
      expect(full?.length).toBeLessThanOrEqual(100);
      expect(shortDescription?.length).toBeLessThanOrEqual(80);
      expect(fullDescription?.length).toBeLessThanOrEqual(4000);
    }
  });

  it("keeps the command menu within Teams' limits in both languages (10 commands, 32/128 characters)", () => {
    const commands = commandListsOf(built.manifest).flatMap((list) => list.commands);
    expect(commands.length).toBeLessThanOrEqual(10);
    const englishCommands = commands.map((_, i) => ({
      title: english[`bots[0].commandLists[0].commands[${i}].title`] ?? "",
      description: english[`bots[0].commandLists[0].commands[${i}].description`] ?? "",
    }));
    for (const { title, description } of [...commands, ...englishCommands]) {
      expect(title.length).toBeGreaterThan(0);
      expect(title.length).toBeLessThanOrEqual(32);
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(128);
    }
  });

  it("offers in the menu exactly the commands the bot understands, in German and in English", () => {
    const commands = commandListsOf(built.manifest)[0]?.commands ?? [];
    expect(commands.map((command) => command.title)).toEqual(EXPECTED_COMMANDS.map((command) => command.de));
    EXPECTED_COMMANDS.forEach(({ id, de, en }, i) => {
      expect(english[`bots[0].commandLists[0].commands[${i}].title`]).toBe(en);
      // Teams sends the title as the message text when someone picks it from the menu.
      expect(parseCommand(de)).toEqual({ kind: "command", id, args: "" });
      expect(parseCommand(en)).toEqual({ kind: "command", id, args: "" });
    });
  });

  it("translates only strings that exist in the manifest", () => {
    const keys = Object.keys(english).filter((key) => key !== "$schema");
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect([key, typeof valueAtPath(built.manifest, key)]).toEqual([key, "string"]);
    }
  });

  it("translates every command title and description of the menu", () => {
    const commands = commandListsOf(built.manifest)[0]?.commands ?? [];
    commands.forEach((_, i) => {
      expect(english).toHaveProperty([`bots[0].commandLists[0].commands[${i}].title`]);
      expect(english).toHaveProperty([`bots[0].commandLists[0].commands[${i}].description`]);
    });
  });

  it("ships a 192×192 colour icon and a 32×32 outline icon", () => {
    const color = decodePng(entries.get("color.png") ?? Buffer.alloc(0));
    const outline = decodePng(entries.get("outline.png") ?? Buffer.alloc(0));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it("draws the outline icon in white only, on a transparent background", () => {
    const { data, width } = decodePng(entries.get("outline.png") ?? Buffer.alloc(0));
    let opaque = 0;
    let transparent = 0;
    for (let offset = 0; offset < data.length; offset += 4) {
      const [r, g, b, a] = [data[offset], data[offset + 1], data[offset + 2], data[offset + 3]];
      if (a === 0) transparent++;
      else expect([r, g, b]).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(100);
    for (const corner of [0, width - 1, width * (width - 1), width * width - 1]) expect(data[corner * 4 + 3]).toBe(0);
  });

  it("ships exactly the icons the drawing script draws", () => {
    const committedColor = decodePng(fs.readFileSync(path.join(ROOT, "infra", "teams", "color.png")));
    const committedOutline = decodePng(fs.readFileSync(path.join(ROOT, "infra", "teams", "outline.png")));
    expect(Buffer.compare(committedColor.data, drawColorIcon().data)).toBe(0);
    expect(Buffer.compare(committedOutline.data, drawOutlineIcon().data)).toBe(0);
  });

  it("builds a package for local try-outs from defaults and names each default", async () => {
    const local = await buildTeamsPackage({ env: {}, root: ROOT, outFile: path.join(outDir, "local.zip") });
    expect(local.defaulted).toEqual(expect.arrayContaining(["TEAMS_APP_ID", "BOT_ID", "PUBLIC_HOSTNAME"]));
    expect(await validate(local.manifest)).toEqual([]);
  });

  it("takes the host name from PUBLIC_BASE_URL when PUBLIC_HOSTNAME is not set", async () => {
    const { PUBLIC_HOSTNAME: _unused, ...rest } = DEPLOYED_ENV;
    const fromUrl = await buildTeamsPackage({
      env: { ...rest, PUBLIC_BASE_URL: "https://reflect.bildungswerk-beispiel.de/" },
      root: ROOT,
      outFile: path.join(outDir, "from-url.zip"),
    });
    expect(fromUrl.manifest.validDomains).toEqual(["reflect.bildungswerk-beispiel.de"]);
  });

  it("refuses values Teams would reject, naming the variable", async () => {
    const env = { ...DEPLOYED_ENV, PUBLIC_HOSTNAME: "https://func.example.net/api", BOT_ID: "bot" };
    const attempt = buildTeamsPackage({ env, root: ROOT, outFile: path.join(outDir, "bad.zip") });
    await expect(attempt).rejects.toThrow(/BOT_ID must be a GUID/);
    await expect(attempt).rejects.toThrow(/PUBLIC_HOSTNAME must be a host name without scheme or path/);
    expect(fs.existsSync(path.join(outDir, "bad.zip"))).toBe(false);
  });

  it("builds the same bytes from the same inputs", async () => {
    const again = await buildTeamsPackage({ env: DEPLOYED_ENV, root: ROOT, outFile: path.join(outDir, "again.zip") });
    expect(Buffer.compare(again.zip, built.zip)).toBe(0);
  });
});
