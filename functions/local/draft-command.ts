/**
 * `npm run draft -- --in <bundle.json> --out <dir> [--lang de|en] [--mode structured|llm] [--named]
 * [--previous <report.docx>]`: compiles an answers bundle offline into draft.docx, draft.md and
 * draft.json, with the drafter the bot uses. A bundle that is not valid JSON or does not match the
 * schema exits with 2, names each bad path and writes nothing; so does a wrong option or a previous
 * Selbstreport that is not a readable .docx.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { createDeterministicDrafter, renderDocx, renderMarkdownBuffer, type Drafter } from "../../bot/drafts";
import { parseDraftBundle, type DraftBundle } from "../../bot/drafts/bundle/draft-bundle";
import { draftInputFromBundle } from "../../bot/drafts/bundle/draft-input-from-bundle";
import { draftAsJson } from "../../bot/drafts/bundle/draft-json";
import { DOCX_TEXT_LIMITS, readDocxText, type DocxTextProblem } from "../../bot/drafts/word/read-docx-text";
import { ConfigError, loadLlmConfig } from "../config";
import { createConfiguredLlmDrafter } from "../configured-llm-drafter";

export const USAGE =
  "usage: npm run draft -- --in <bundle.json> --out <dir> [--lang de|en] [--mode structured|llm] [--named] [--previous <report.docx>]";

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
  const bundle = await withPreviousReportFile(parsed.bundle, options, io);
  if (!bundle) return EXIT.badInput;
  let drafter: Drafter;
  try {
    drafter = await drafterFor(options.mode, io.env);
  } catch (error) {
    io.error(error instanceof ConfigError ? error.message : errorText(error));
    return EXIT.badInput;
  }
  const input = draftInputFromBundle(bundle, {
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
  previous?: string;
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
        previous: { type: "string" },
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
  if (values.previous !== undefined && !/\.docx$/i.test(values.previous)) return "--previous must name a .docx file";
  return {
    in: values.in,
    out: values.out,
    lang: values.lang,
    mode: values.mode,
    named: values.named ?? false,
    ...(values.previous ? { previous: values.previous } : {}),
  };
}

const DOCX_PROBLEMS: Record<DocxTextProblem, string> = {
  tooLarge: `is larger than ${DOCX_TEXT_LIMITS.maxFileBytes / 1024 / 1024} MB or unpacks to too much`,
  notZip: "is not a Word document (.docx): it is no zip archive",
  notDocx: "is not a Word document (.docx): word/document.xml is missing",
  unsafeName: "is refused: the archive holds a file name that leaves it (absolute or ../)",
  badXml: "is not a readable Word document: its XML is broken or has a DOCTYPE",
  noText: "has no text",
};

/**
 * The bundle with the previous Selbstreport's text read from a .docx: `--previous` (relative to
 * the working directory) or the bundle's `previousReport.selfReportFile` (relative to the bundle).
 * Undefined after naming the problem.
 */
async function withPreviousReportFile(
  bundle: DraftBundle,
  options: DraftCommandOptions,
  io: DraftCommandIo,
): Promise<DraftBundle | undefined> {
  const named = bundle.organisation.previousReport?.selfReportFile;
  const file = options.previous ?? (named ? path.resolve(path.dirname(options.in), named) : undefined);
  if (!file) return bundle;
  let content: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (size > DOCX_TEXT_LIMITS.maxFileBytes) {
      io.error(`${file} ${DOCX_PROBLEMS.tooLarge}, nothing written`);
      return undefined;
    }
    content = await fs.readFile(file);
  } catch (error) {
    io.error(`${file}: ${errorText(error)}, nothing written`);
    return undefined;
  }
  const read = await readDocxText(content);
  if (!read.ok) {
    io.error(`${file} ${DOCX_PROBLEMS[read.problem]}, nothing written`);
    return undefined;
  }
  io.out(`previous Selbstreport: ${file} (${read.text.length} characters, ${read.headings} headings)`);
  const { selfReportFile: _file, selfReportText: _text, ...rest } = bundle.organisation.previousReport ?? {};
  return {
    ...bundle,
    organisation: { ...bundle.organisation, previousReport: { ...rest, selfReportText: read.text } },
  };
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
