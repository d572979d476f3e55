/**
 * CPU time and peak RSS of compile + writers on the 100,000 benchmark answers, in-process and
 * without the store: `node dist/bench/support/draft-writers-cpu.js`. CPU time, not wall time,
 * so that a busy machine still gives a comparable figure.
 */
import { compileDraft } from "../../bot/drafts/compile-draft";
import { renderMarkdownBuffer } from "../../bot/drafts/render-markdown";
import { renderDocx } from "../../bot/drafts/word";
import { AREA_IDS } from "../../bot/domain/quality-models";
import { BENCH_CYCLE_START, benchAnswers, benchMemberId, BENCH_MEMBER_COUNT } from "./draft-bench-answers";

async function main(): Promise<void> {
  const answers = [...benchAnswers("org", 100_000)];
  const members = new Map(
    Array.from({ length: BENCH_MEMBER_COUNT }, (_, index) => [
      benchMemberId(index),
      { pseudonym: `Person ${index + 1}` },
    ]),
  );
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const start = cpu();
  const draft = compileDraft({
    organisation: { name: "VHS", model: "lqw", modelVersion: "LQW 2", cycleKind: "first", successDefinition: "" },
    period: { from: BENCH_CYCLE_START, to: "2026-03-31" },
    areas: AREA_IDS,
    answers,
    members,
    coverage: [],
    generatedAt: new Date("2026-04-14T08:00:00.000Z"),
  });
  const compiled = cpu();
  const docx = await renderDocx(draft);
  const word = cpu();
  const markdown = renderMarkdownBuffer(draft);
  const done = cpu();
  process.stdout.write(
    `${JSON.stringify({
      compileCpuMs: Math.round(compiled - start),
      wordCpuMs: Math.round(word - compiled),
      markdownCpuMs: Math.round(done - word),
      docxBytes: docx.length,
      markdownBytes: markdown.length,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
}

void main();
