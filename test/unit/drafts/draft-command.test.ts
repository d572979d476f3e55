import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseDraftBundle, type DraftBundle } from "../../../bot/drafts/bundle/draft-bundle";
import { draftInputFromBundle } from "../../../bot/drafts/bundle/draft-input-from-bundle";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import { renderMarkdown } from "../../../bot/drafts/render-markdown";
import { EXIT, runDraftCommand } from "../../../functions/local/draft-command";
import { GENERATED_AT } from "../../fixtures/vhs-musterstadt";
import { musterstadtBundle } from "../../fixtures/vhs-musterstadt/bundle";
import { RECERTIFICATION_ORGANISATION } from "../../fixtures/vhs-musterstadt/recertification";
import { openWordDocument } from "./word-document";

interface Run {
  code: number;
  out: string[];
  errors: string[];
}

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const result: Run = { code: -1, out: [], errors: [] };
  result.code = await runDraftCommand(args, {
    env,
    now: GENERATED_AT,
    out: (line) => result.out.push(line),
    error: (line) => result.errors.push(line),
  });
  return result;
}

describe("npm run draft", () => {
  let folder: string;
  const bundle = musterstadtBundle();
  const writeBundle = (content: unknown, name = "bundle.json") => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "draft-command-"));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("writes draft.docx, draft.md and draft.json from a bundle, compiled as the bot compiles", async () => {
    const out = path.join(folder, "out");
    const result = await run(["--in", writeBundle(bundle), "--out", out]);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(EXIT.ok);
    expect(fs.readdirSync(out).sort()).toEqual(["draft.docx", "draft.json", "draft.md"]);

    const parsed = parseDraftBundle(JSON.parse(JSON.stringify(bundle)));
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    const draft = compileDraft(draftInputFromBundle(parsed.bundle, { generatedAt: GENERATED_AT }));
    expect(fs.readFileSync(path.join(out, "draft.md"), "utf8")).toBe(renderMarkdown(draft));

    const word = await openWordDocument(fs.readFileSync(path.join(out, "draft.docx")));
    expect(word.paragraphs[0]?.text).toBe("Selbstreport – Entwurf");

    interface Cited {
      answerIds: string[];
      sourceKeys: string[];
    }
    const json = JSON.parse(fs.readFileSync(path.join(out, "draft.json"), "utf8")) as {
      draft: {
        sections: {
          parts: { topics: { blocks: { paragraphs: { statements: Cited[] }[] }[] }[] }[];
          clarifications: { sides: { answerIds: string[] }[] }[];
        }[];
        evidence: Cited[];
      };
    };
    expect(json).toMatchObject({ format: "lqw-reflect/draft", version: 1 });
    expect(json.draft.sections).toHaveLength(11);
    const answerIds = new Set(bundle.answers.map((answer) => answer.id));
    // Every citation carries the bundle's answer ids beside its keys.
    const statement = json.draft.sections[0]?.parts[0]?.topics[0]?.blocks[0]?.paragraphs[0]?.statements[0];
    expect(statement?.answerIds.length).toBe(statement?.sourceKeys.length);
    expect(statement?.answerIds.every((id) => answerIds.has(id))).toBe(true);
    for (const record of json.draft.evidence) expect(record.answerIds.length).toBe(record.sourceKeys.length);
    const clarifications = json.draft.sections.flatMap((section) => section.clarifications);
    expect(clarifications.length).toBeGreaterThan(0);
    for (const point of clarifications)
      for (const side of point.sides) expect(side.answerIds.every((id) => answerIds.has(id))).toBe(true);
  });

  it("writes English headings with --lang en", async () => {
    const out = path.join(folder, "out");
    expect((await run(["--in", writeBundle(bundle), "--out", out, "--lang", "en"])).code).toBe(EXIT.ok);
    expect(fs.readFileSync(path.join(out, "draft.md"), "utf8")).toMatch(/^# Self-report – draft/);
  });

  it("refuses a bundle that does not match the schema, naming each bad path, and writes nothing", async () => {
    const broken = structuredClone(bundle) as unknown as {
      organisation: Record<string, unknown>;
      answers: Record<string, unknown>[];
    };
    broken.organisation.model = "iso9001";
    delete broken.organisation.successDefinition;
    (broken.answers[3] as Record<string, unknown>).memberId = "Person 999";
    (broken.answers[5] as Record<string, unknown>).dimension = "feelings";
    (broken.answers[7] as Record<string, unknown>).createdAt = "yesterday";
    const out = path.join(folder, "out");
    const result = await run(["--in", writeBundle(broken), "--out", out]);
    expect(result.code).toBe(EXIT.badInput);
    const problems = result.errors.join("\n");
    for (const where of [
      "organisation.model",
      "organisation.successDefinition",
      'answers[3].memberId: no member with id "Person 999"',
      "answers[5].dimension",
      "answers[7].createdAt",
    ])
      expect(problems).toContain(where);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses a file that is not JSON, and unknown or missing options", async () => {
    const out = path.join(folder, "out");
    const notJson = await run(["--in", writeBundle("{ organisation: "), "--out", out]);
    expect(notJson.code).toBe(EXIT.badInput);
    expect(notJson.errors[0]).toContain("not JSON");
    expect((await run(["--in", writeBundle(bundle)])).errors[0]).toBe("--out <dir> is required");
    expect((await run(["--in", writeBundle(bundle), "--out", out, "--lang", "fr"])).code).toBe(EXIT.badInput);
    expect((await run(["--in", writeBundle(bundle), "--out", out, "--mode", "magic"])).code).toBe(EXIT.badInput);
    expect((await run(["--in", writeBundle(bundle), "--out", out, "--colour"])).code).toBe(EXIT.badInput);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("reads the previous Selbstreport from a .docx named with --previous or by the bundle, for continuity per area", async () => {
    const first = path.join(folder, "first");
    expect((await run(["--in", writeBundle(bundle), "--out", first])).code).toBe(EXIT.ok);
    const recertification = musterstadtBundle(RECERTIFICATION_ORGANISATION);
    type Continuity = { newStatements: number; statements: number } | undefined;
    const continuityOf = (out: string): Continuity[] =>
      (
        JSON.parse(fs.readFileSync(path.join(out, "draft.json"), "utf8")) as {
          draft: { sections: { continuity?: Continuity }[] };
        }
      ).draft.sections.map((section) => section.continuity);

    const withoutReport = path.join(folder, "without");
    expect((await run(["--in", writeBundle(recertification, "re.json"), "--out", withoutReport])).code).toBe(EXIT.ok);
    const optioned = path.join(folder, "optioned");
    const result = await run([
      "--in",
      writeBundle(recertification, "re.json"),
      "--out",
      optioned,
      "--previous",
      path.join(first, "draft.docx"),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.out[0]).toMatch(/^previous Selbstreport: .*draft\.docx \(\d+ characters, \d+ headings\)$/);
    const before = continuityOf(withoutReport);
    const after = continuityOf(optioned);
    // Without the report nothing is compared; with it, the same statements were in last time's report.
    expect(before.slice(0, 10)).toEqual(Array(10).fill(undefined));
    for (const continuity of after.slice(0, 10)) {
      expect(continuity?.statements).toBeGreaterThan(0);
      expect(continuity?.newStatements).toBeLessThan((continuity?.statements ?? 0) / 2);
    }

    fs.mkdirSync(path.join(folder, "vorige"));
    fs.copyFileSync(path.join(first, "draft.docx"), path.join(folder, "vorige", "Selbstreport 2022.docx"));
    const named = structuredClone(recertification);
    named.organisation.previousReport = {
      ...named.organisation.previousReport,
      selfReportFile: "vorige/Selbstreport 2022.docx",
    };
    const fromBundle = path.join(folder, "from-bundle");
    expect((await run(["--in", writeBundle(named, "named.json"), "--out", fromBundle])).code).toBe(EXIT.ok);
    expect(fs.readFileSync(path.join(fromBundle, "draft.md"), "utf8")).toBe(
      fs.readFileSync(path.join(optioned, "draft.md"), "utf8"),
    );
  });

  it("refuses a previous Selbstreport that is not a readable .docx, or given twice, and writes nothing", async () => {
    const out = path.join(folder, "out");
    const fake = path.join(folder, "bericht.docx");
    fs.writeFileSync(fake, "%PDF-1.7 not a docx");
    const notZip = await run(["--in", writeBundle(bundle), "--out", out, "--previous", fake]);
    expect(notZip.code).toBe(EXIT.badInput);
    expect(notZip.errors[0]).toBe(`${fake} is not a Word document (.docx): it is no zip archive, nothing written`);
    const missing = await run(["--in", writeBundle(bundle), "--out", out, "--previous", path.join(folder, "weg.docx")]);
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.errors[0]).toContain("ENOENT");
    expect((await run(["--in", writeBundle(bundle), "--out", out, "--previous", "bericht.pdf"])).errors[0]).toBe(
      "--previous must name a .docx file",
    );
    const both = structuredClone(bundle);
    both.organisation.previousReport = { selfReportText: "QB 1 …", selfReportFile: "bericht.docx" };
    const twice = await run(["--in", writeBundle(both), "--out", out]);
    expect(twice.code).toBe(EXIT.badInput);
    expect(twice.errors.join("\n")).toContain(
      "organisation.previousReport: give selfReportText or selfReportFile, not both",
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it("asks for the LLM settings in --mode llm when none are given, and writes nothing", async () => {
    const out = path.join(folder, "out");
    const result = await run(["--in", writeBundle(bundle), "--out", out, "--mode", "llm"]);
    expect(result.code).toBe(EXIT.badInput);
    expect(result.errors.join("\n")).toContain("OPENAI_API_KEY or AZURE_OPENAI_ENDPOINT");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("answers bundle schema", () => {
  const bundle: DraftBundle = musterstadtBundle();

  it("accepts the Musterstadt bundle as JSON carries it", () => {
    expect(parseDraftBundle(JSON.parse(JSON.stringify(bundle))).ok).toBe(true);
  });

  it("names duplicate ids, unknown requirements and a period that ends before it starts", () => {
    const copy = structuredClone(bundle);
    copy.members.push({ ...(copy.members[0] as DraftBundle["members"][number]) });
    (copy.answers[1] as DraftBundle["answers"][number]).id = (copy.answers[0] as DraftBundle["answers"][number]).id;
    (copy.answers[2] as DraftBundle["answers"][number]).requirementIds = ["99.9"];
    copy.organisation.period = { from: "2026-03-31", to: "2025-02-01" };
    const parsed = parseDraftBundle(copy);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^members\[40\]\.id: member id ".*" appears twice$/),
        expect.stringMatching(/^answers\[1\]\.id: answer id ".*" appears twice$/),
        'answers[2].requirementIds[0]: no requirement with id "99.9"',
        "organisation.period: from is after to",
      ]),
    );
  });

  it("shows a group only where it has at least the anonymity threshold of members, and names only with consent in a named draft", () => {
    const input = draftInputFromBundle(
      { ...bundle, organisation: { ...bundle.organisation, anonymityThreshold: 6 } },
      { generatedAt: GENERATED_AT, attribution: "named" },
    );
    const members = input.members as ReadonlyMap<string, { group?: string; displayName?: string }>;
    const sizes = new Map<string, number>();
    for (const member of bundle.members) sizes.set(member.group ?? "", (sizes.get(member.group ?? "") ?? 0) + 1);
    for (const member of bundle.members) {
      const shown = members.get(member.id);
      expect(shown?.group).toBe((sizes.get(member.group ?? "") ?? 0) >= 6 ? member.group : undefined);
      expect(shown?.displayName).toBe(member.namedAttribution ? member.name : undefined);
    }
    expect([...sizes.values()].some((size) => size < 6)).toBe(true);
  });
});
