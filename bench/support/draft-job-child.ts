/**
 * Runs one draft job (`compileDraftJob`) against a store another process serves, and reports
 * how long it took and the process's peak RSS to its parent: a process of its own, so that the
 * figures are the export's and not the benchmark's or the store's.
 *
 * The repositories are the real ones; the wrappers only take times. A file too large for an
 * export record (1.5 M base64 characters, Cosmos's 2 MB item limit) is saved without content,
 * and its size is reported.
 */
import { performance } from "node:perf_hooks";
import { EXPORT_CONTENT_MAX_CHARS } from "../../bot/domain/export-record";
import { createDeterministicDrafter, type Drafter, type DraftResult } from "../../bot/drafts";
import { compileDraftJob } from "../../bot/exports/draft-job";
import { createCosmosStore } from "../../bot/store/cosmos-store";
import { createRepositories } from "../../bot/store/repositories";
import type { Repositories } from "../../bot/store";

export interface DraftJobChildRequest {
  endpoint: string;
  key: string;
  database: string;
  orgId: string;
  exportId: string;
  now: string;
}

export interface DraftJobChildResult {
  totalMs: number;
  storeWaitMs: number;
  /** Of the wait, this process's own CPU (HTTP, JSON, decoding answers); the rest is the server's. */
  storeClientCpuMs: number;
  compileMs: number;
  docxMs: number;
  markdownMs: number;
  saveMs: number;
  pages: number;
  answers: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  /** RSS when the last page was read, the draft compiled, and each file rendered. */
  rssMiB: Record<string, number>;
  files: { format: string; bytes: number; isStored: boolean }[];
}

interface Timeline {
  rss: Record<string, number>;
  storeWaitMs: number;
  storeClientCpuMicros: number;
  pages: number;
  compileEnd: number;
  saves: { start: number; end: number; format: string; bytes: number; isStored: boolean }[];
}

function rssMiB(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

/** The real repositories, timed where the job waits for pages and saves files. */
function timedRepositories(repos: Repositories, timeline: Timeline): Repositories {
  return {
    ...repos,
    answers: {
      ...repos.answers,
      streamForOrg(orgId, range) {
        const pages = repos.answers.streamForOrg(orgId, range)[Symbol.asyncIterator]();
        return {
          [Symbol.asyncIterator]: () => ({
            async next() {
              const started = performance.now();
              const cpu = process.cpuUsage();
              const page = await pages.next();
              timeline.storeWaitMs += performance.now() - started;
              const used = process.cpuUsage(cpu);
              timeline.storeClientCpuMicros += used.user + used.system;
              if (!page.done) timeline.pages += 1;
              else timeline.rss.answersLoaded = rssMiB();
              return page;
            },
          }),
        };
      },
    },
    exports: {
      ...repos.exports,
      async save(record, options) {
        const start = performance.now();
        timeline.rss[`${record.format}Rendered`] = rssMiB();
        const content = record.content ?? "";
        const isStored = content.length <= EXPORT_CONTENT_MAX_CHARS;
        const saved = await repos.exports.save(isStored ? record : { ...record, content: "" }, options);
        timeline.saves.push({
          start,
          end: performance.now(),
          format: record.format,
          bytes: Math.floor((content.length * 3) / 4),
          isStored,
        });
        return saved;
      },
    },
  };
}

async function run(request: DraftJobChildRequest): Promise<DraftJobChildResult> {
  const store = await createCosmosStore({
    endpoint: request.endpoint,
    key: request.key,
    database: request.database,
    isLoopback: true,
    requestTimeoutMs: 120_000,
  });
  try {
    const timeline: Timeline = { rss: {}, storeWaitMs: 0, storeClientCpuMicros: 0, pages: 0, compileEnd: 0, saves: [] };
    const repos = timedRepositories(createRepositories(store), timeline);
    const job = await repos.exports.get(request.orgId, request.exportId);
    if (!job) throw new Error(`no export job ${request.exportId}`);
    const drafter = createDeterministicDrafter();
    // The job reads each answer as its page arrives (begin/add) and finishes after the last page:
    // compileMs is the time spent in the drafter, wherever it falls.
    let compileMs = 0;
    const compiled = (draft: DraftResult, started: number): DraftResult => {
      compileMs += performance.now() - started;
      timeline.compileEnd = performance.now();
      timeline.rss.compiled = rssMiB();
      return draft;
    };
    const timedDrafter: Drafter = {
      async compile(input) {
        const started = performance.now();
        return compiled(await drafter.compile(input), started);
      },
      begin(options) {
        const session = (drafter.begin as NonNullable<Drafter["begin"]>)(options);
        return {
          add(answer) {
            const started = performance.now();
            session.add(answer);
            compileMs += performance.now() - started;
          },
          async finish(coverage) {
            const started = performance.now();
            return compiled(await session.finish(coverage), started);
          },
        };
      },
    };
    const baselineRss = process.memoryUsage().rss;
    const started = performance.now();
    const result = await compileDraftJob({ repos, drafterFor: async () => timedDrafter }, job, new Date(request.now));
    const totalMs = performance.now() - started;
    const [first, second] = timeline.saves;
    return {
      totalMs: Math.round(totalMs),
      storeWaitMs: Math.round(timeline.storeWaitMs),
      storeClientCpuMs: Math.round(timeline.storeClientCpuMicros / 1000),
      compileMs: Math.round(compileMs),
      // The job renders Word, saves it, then renders Markdown and saves that.
      docxMs: first ? Math.round(first.start - timeline.compileEnd) : 0,
      markdownMs: first && second ? Math.round(second.start - first.end) : 0,
      saveMs: Math.round(timeline.saves.reduce((sum, save) => sum + save.end - save.start, 0)),
      pages: timeline.pages,
      answers: result.answerCount,
      baselineRssMiB: Math.round(baselineRss / 2 ** 20),
      // ru_maxrss, in kilobytes: the kernel's peak, which sampling from a busy event loop would miss.
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      rssMiB: timeline.rss,
      files: timeline.saves.map(({ format, bytes, isStored }) => ({ format, bytes, isStored })),
    };
  } finally {
    await store.close();
  }
}

process.once("message", (message: DraftJobChildRequest) => {
  run(message).then(
    (result) => process.send?.({ result }, () => process.exit(0)),
    (error: unknown) =>
      process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () =>
        process.exit(1),
      ),
  );
});
