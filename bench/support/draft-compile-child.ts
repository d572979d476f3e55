/**
 * Compile + Word + Markdown of the 100,000 benchmark answers with the store excluded (issue 15
 * Measures): the answers are made in memory first, then compiled and rendered as the export job
 * does (keyed pseudonyms, every member's name known for redaction, a requirement list with prompt
 * tags, a re-certification with agreed goals). A process of its own, so that its peak RSS is the
 * compile's: forked by bench/draft-compile.bench.ts, or run alone with
 * `node dist/bench/support/draft-compile-child.js`, which prints the figures as JSON.
 */
import { performance } from "node:perf_hooks";
import { computeCoverage } from "../../bot/domain/coverage";
import { findPrompt, PROMPT_CATALOG } from "../../bot/domain/catalog/prompt-catalog";
import { AREA_IDS } from "../../bot/domain/quality-models";
import type { DraftAnswer, DraftInput, DraftRequirement, MemberAttribution } from "../../bot/drafts/draft-input";
import { renderDocx, renderMarkdownBuffer } from "../../bot/drafts";
import { createDeterministicDrafter } from "../../bot/drafts/drafter";
import type { NamedPerson } from "../../bot/drafts/privacy";
import {
  BENCH_CYCLE_START,
  BENCH_GROUPS,
  BENCH_MEMBER_COUNT,
  benchAnswers,
  benchMemberId,
} from "./draft-bench-answers";
import { sized } from "../benchmark";

export const COMPILE_BENCH_ANSWERS = sized(100_000, 3_000);

export interface DraftCompileResult {
  answers: number;
  /** Wall time of compile + Word + Markdown. */
  totalMs: number;
  /** CPU time of the same (comparable on a busy machine, where wall time is not). */
  cpuMs: number;
  compileMs: number;
  docxMs: number;
  markdownMs: number;
  docxKiB: number;
  markdownKiB: number;
  /** RSS once the answers are in memory, before compiling. */
  baselineRssMiB: number;
  /** The process's peak resident memory (ru_maxrss), answers included. */
  peakRssMiB: number;
  /** Peak RSS so far when the draft was compiled and each file rendered: where the peak comes from. */
  peakRssAfterMiB: { compile: number; docx: number; markdown: number };
}

const peakRssMiBNow = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Three requirements per area, the first tagged with the area's first two prompts. */
function benchRequirements(): DraftRequirement[] {
  return AREA_IDS.flatMap((area, index) => {
    const prompts = PROMPT_CATALOG.filter((prompt) => prompt.area === area && prompt.models.includes("lqw"));
    const tagged = prompts.slice(0, 2).map((prompt) => prompt.id);
    return [
      { id: `${index + 1}.1`, area, title: "Kursanfragen und Wartelisten auswerten", promptIds: tagged },
      { id: `${index + 1}.2`, area, title: "Rückmeldungen der Teilnehmenden in der Programmplanung" },
      { id: `${index + 1}.3`, area, title: "Ergebnisse im Team besprechen und dokumentieren" },
    ];
  });
}

function benchInput(answers: DraftAnswer[]): DraftInput {
  const members = new Map<string, MemberAttribution>();
  const knownNames: NamedPerson[] = [];
  const groupSizes: Record<string, number> = {};
  for (let index = 0; index < BENCH_MEMBER_COUNT; index++) {
    const memberId = benchMemberId(index);
    const group = BENCH_GROUPS[index % BENCH_GROUPS.length] ?? "leitung";
    const pseudonym = `Person ${(index + 1).toString(36).toUpperCase().padStart(5, "0")}`;
    groupSizes[group] = (groupSizes[group] ?? 0) + 1;
    members.set(memberId, { pseudonym, group });
    knownNames.push({ name: `Mitarbeiterin ${index + 1}`, replacement: pseudonym, memberId });
  }
  return {
    organisation: {
      name: "Volkshochschule Benchmarkstadt",
      model: "lqw",
      modelVersion: "LQW 2",
      cycleKind: "recertification",
      successDefinition: "Lernen ist gelungen, wenn Teilnehmende ihre eigenen Ziele erreichen.",
      groupNames: { leitung: "Leitung", paedagogik: "Pädagogik", verwaltung: "Verwaltung" },
      groupSizes,
      anonymityThreshold: 5,
      requirements: benchRequirements(),
      goals: [
        { id: "11a.1", title: "Onlineanmeldung für alle Kurse", agreedAt: "2022-06-15" },
        { id: "11a.2", title: "Abbruchquote in Sprachkursen senken", agreedAt: "2022-06-15" },
      ],
      lastWorkshopAt: "2022-06-15",
    },
    period: { from: BENCH_CYCLE_START, to: "2026-03-31" },
    areas: AREA_IDS,
    locale: "de",
    attribution: "pseudonymous",
    answers,
    members,
    coverage: computeCoverage(answers, { enoughAnswers: 3, enoughContributors: 2 }, AREA_IDS),
    generatedAt: new Date("2026-04-14T08:00:00.000Z"),
    knownNames,
    timeZone: "Europe/Berlin",
  };
}

/**
 * The fields the export job copies from a stored answer (draft-job.ts), with its stored requirement where tagged.
 * Read back through JSON, as the store hands answers over: ids and texts built here are strings put
 * together piece by piece, which V8 copies into one piece on their first hash or regular expression,
 * inside the measured compile (about 0.4 s of CPU the export job never pays).
 */
function draftAnswers(count: number): DraftAnswer[] {
  return JSON.parse(JSON.stringify(builtAnswers(count))) as DraftAnswer[];
}

function builtAnswers(count: number): DraftAnswer[] {
  const answers: DraftAnswer[] = [];
  for (const answer of benchAnswers("org-bench", count)) {
    const { history: _history, orgId: _orgId, promptInstanceId: _instance, model: _model, ...kept } = answer;
    const isTagged = findPrompt(answer.promptId) !== undefined && answers.length % 7 === 0;
    answers.push({ ...kept, ...(isTagged ? { requirementIds: [`${AREA_IDS.indexOf(answer.area) + 1}.1`] } : {}) });
  }
  return answers;
}

export async function measureDraftCompile(count = COMPILE_BENCH_ANSWERS): Promise<DraftCompileResult> {
  const answers = draftAnswers(count);
  const input = benchInput(answers);
  const baselineRssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const cpuStart = cpu();
  const started = performance.now();
  const draft = await createDeterministicDrafter().compile(input);
  const compiled = performance.now();
  const afterCompile = peakRssMiBNow();
  const docx = await renderDocx(draft);
  const word = performance.now();
  const afterDocx = peakRssMiBNow();
  const markdown = renderMarkdownBuffer(draft);
  const done = performance.now();
  return {
    answers: answers.length,
    totalMs: Math.round(done - started),
    cpuMs: Math.round(cpu() - cpuStart),
    compileMs: Math.round(compiled - started),
    docxMs: Math.round(word - compiled),
    markdownMs: Math.round(done - word),
    docxKiB: Math.round(docx.length / 1024),
    markdownKiB: Math.round(markdown.length / 1024),
    baselineRssMiB,
    // ru_maxrss, in kilobytes: the kernel's peak, which sampling from a busy event loop would miss.
    peakRssMiB: peakRssMiBNow(),
    peakRssAfterMiB: { compile: afterCompile, docx: afterDocx, markdown: peakRssMiBNow() },
  };
}

if (require.main === module) {
  const report = (message: { result?: DraftCompileResult; error?: string }, code: number) => {
    if (process.send) process.send(message, () => process.exit(code));
    else {
      process.stdout.write(`${JSON.stringify(message.result ?? message.error)}\n`);
      process.exit(code);
    }
  };
  measureDraftCompile().then(
    (result) => report({ result }, 0),
    (error: unknown) => report({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 1),
  );
}
