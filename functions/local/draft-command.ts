/**
 * `npm run draft -- --in <bundle.json> --out <dir> [--lang de|en] [--mode structured|llm] [--named]`:
 * compiles an answers bundle offline into draft.docx, draft.md and draft.json, with the drafter
 * the bot uses. A bundle that is not valid JSON or does not match the schema exits with 2, names
 * each bad path and writes nothing; so does a wrong option.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { createDeterministicDrafter, renderDocx, renderMarkdownBuffer, type Drafter } from "../../bot/drafts";
import { parseDraftBundle } from "../../bot/drafts/bundle/draft-bundle";
import { draftInputFromBundle } from "../../bot/drafts/bundle/draft-input-from-bundle";
import { draftAsJson } from "../../bot/drafts/bundle/draft-json";
import { ConfigError, loadLlmConfig } from "../config";
import { createConfiguredLlmDrafter } from "../configured-llm-drafter";

export const USAGE =
  "usage: npm run draft -- --in <bundle.json> --out <dir> [--lang de|en] [--mode structured|llm] [--named]";

export interface DraftCommandIo {
  env: NodeJS.ProcessEnv;
  now: Date;
  out(line: string): void;
  error(line: string): void;
}

export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export async function runDraftCommand(args: readonly string[], io: DraftCommandIo): Promise<number> {
  const options = readOptions(args);
  if (typeof options === "string") {
    io.error(options);
    io.error(USAGE);
    return EXIT.badInput;
  }
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(options.in, "utf8"));
  } catch (error) {
    io.error(`${options.in}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : errorText(error)}`);
    return EXIT.badInput;
  }
  const parsed = parseDraftBundle(json);
  if (!parsed.ok) {
    io.error(`${options.in} is not a valid answers bundle (docs/drafts.md), nothing written:`);
    for (const problem of parsed.problems) io.error(`  ${problem}`);
    return EXIT.badInput;
  }
  let drafter: Drafter;
  try {
    drafter = await drafterFor(options.mode, io.env);
  } catch (error) {
    io.error(error instanceof ConfigError ? error.message : errorText(error));
    return EXIT.badInput;
  }
  const input = draftInputFromBundle(parsed.bundle, {
    generatedAt: io.now,
    locale: options.lang,
    attribution: options.named ? "named" : "pseudonymous",
  });
  const draft = await drafter.compile(input);
  // Everything is rendered before anything is written: a failure leaves no half of a draft behind.
  const files: [string, Buffer | string][] = [
    ["draft.docx", await renderDocx(draft)],
    ["draft.md", renderMarkdownBuffer(draft)],
    ["draft.json", draftAsJson(draft)],
  ];
  await fs.mkdir(options.out, { recursive: true });
  for (const [name, content] of files) await fs.writeFile(path.join(options.out, name), content);
  io.out(`${parsed.bundle.answers.length} answers → ${files.map(([name]) => path.join(options.out, name)).join(", ")}`);
  for (const note of draft.notes) io.out(`note: ${note}`);
  return EXIT.ok;
}

interface DraftCommandOptions {
  in: string;
  out: string;
  lang?: "de" | "en";
  mode: "structured" | "llm";
  named: boolean;
}

/** The options, or what is wrong with them. */
function readOptions(args: readonly string[]): DraftCommandOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        in: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        mode: { type: "string", default: "structured" },
        named: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return errorText(error);
  }
  if (!values.in) return "--in <bundle.json> is required";
  if (!values.out) return "--out <dir> is required";
  if (values.lang !== undefined && values.lang !== "de" && values.lang !== "en") return "--lang must be de or en";
  if (values.mode !== "structured" && values.mode !== "llm") return "--mode must be structured or llm";
  return { in: values.in, out: values.out, lang: values.lang, mode: values.mode, named: values.named ?? false };
}

/** The bot's drafters: structured always, the LLM one when OPENAI_* or AZURE_OPENAI_* settings are given. */
async function drafterFor(mode: DraftCommandOptions["mode"], env: NodeJS.ProcessEnv): Promise<Drafter> {
  if (mode === "structured") return createDeterministicDrafter();
  const llm = loadLlmConfig(env);
  if (llm.kind === "none")
    throw new ConfigError(["--mode llm needs OPENAI_API_KEY or AZURE_OPENAI_ENDPOINT (docs/operations.md)"]);
  return createConfiguredLlmDrafter(llm);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (require.main === module) {
  runDraftCommand(process.argv.slice(2), {
    env: process.env,
    now: new Date(),
    out: (line) => console.log(line),
    error: (line) => console.error(line),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(errorText(error));
      process.exitCode = EXIT.failed;
    },
  );
}
