/**
 * Compile + writers at scale with the store excluded (issue 15 Measures, issue 18 item 2): the
 * deterministic compile of 100,000 answers across 11 areas into Word and Markdown, in a process
 * of its own (bench/support/draft-compile-child.ts) so that its peak RSS is the compile's. That
 * process runs with the Function App's own Node.js arguments (the heap cap and young generation
 * in `languageWorkers__node__arguments`, infra/main.bicep), so both rows are the deployed app's.
 * Targets: under 5 s and under 512 MiB peak RSS. Five processes one after the other: the time is
 * the median run's (all five are in the details), the peak RSS the highest of the five. The
 * machine's load average is in the details: wall time on a shared machine says as much about the
 * neighbours as about the code, CPU time less so (one process's wall time moved by ±15 % between
 * runs of the same build on this machine at load 1).
 *
 * `npm run bench -- --only "store excluded"` runs these two rows alone.
 */
import { fork } from "node:child_process";
import { loadavg } from "node:os";
import * as path from "node:path";
import { sized, type Benchmark, type BenchmarkResult } from "./benchmark";
import { COMPILE_BENCH_ANSWERS, type DraftCompileResult } from "./support/draft-compile-child";
import { shippedNodeArguments } from "./support/shipped-node-arguments";

/** As deployed: the garbage collector's settings change both the time and the peak RSS. */
const NODE_ARGUMENTS = shippedNodeArguments();

function runInChild(): Promise<DraftCompileResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "support", "draft-compile-child.js"), [], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      execArgv: NODE_ARGUMENTS,
    });
    child.once("message", (message: { result?: DraftCompileResult; error?: string }) => {
      if (message.result) resolve(message.result);
      else reject(new Error(message.error ?? "the compile failed"));
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the compile process exited with ${code}`));
    });
  });
}

/** Fresh processes measured one after the other (one in CI's quick run). */
const RUNS = sized(5, 1);

interface Measurement {
  /** The run with the median wall time. */
  result: DraftCompileResult;
  runs: DraftCompileResult[];
  /** The 1-minute load average before and after: the machine is shared. */
  load: string;
}

async function measure(): Promise<Measurement> {
  const before = loadavg()[0] ?? 0;
  const runs: DraftCompileResult[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await runInChild());
  const after = loadavg()[0] ?? 0;
  const byTime = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  const result = byTime[Math.floor(byTime.length / 2)] as DraftCompileResult;
  return { result, runs, load: `${before.toFixed(2)} before, ${after.toFixed(2)} after (2 cores)` };
}

let measurement: Promise<Measurement> | undefined;
const measureOnce = () => (measurement ??= measure());

const listOf = (runs: DraftCompileResult[], value: (run: DraftCompileResult) => number) => runs.map(value).join(", ");

function details({ result, runs, load }: Measurement): NonNullable<BenchmarkResult["details"]> {
  return {
    answers: result.answers,
    "runs ms": listOf(runs, (run) => run.totalMs),
    "runs cpuMs": listOf(runs, (run) => run.cpuMs),
    "runs peak RSS MiB": listOf(runs, (run) => run.peakRssMiB),
    cpuMs: result.cpuMs,
    compileMs: result.compileMs,
    docxMs: result.docxMs,
    markdownMs: result.markdownMs,
    "docx KiB": result.docxKiB,
    "markdown KiB": result.markdownKiB,
    baselineRssMiB: result.baselineRssMiB,
    peakRssMiB: result.peakRssMiB,
    "peak RSS after compile MiB": result.peakRssAfterMiB.compile,
    "peak RSS after Word MiB": result.peakRssAfterMiB.docx,
    "load average": load,
  };
}

const DESCRIPTION = `compile + Word + Markdown, ${COMPILE_BENCH_ANSWERS.toLocaleString("en")} answers across 11 areas (requirements with prompt tags, re-certification goals, every member's name redacted), answers in memory, in a process of its own running node ${NODE_ARGUMENTS.join(" ")} as deployed`;

export const benchmarks: Benchmark[] = [
  {
    name: "drafts: compile + Word + Markdown, 100,000 answers, store excluded, time",
    description: `${DESCRIPTION}; wall time of the median of ${RUNS} processes (cpuMs beside it)`,
    target: { value: 5_000, unit: "ms", kind: "max" },
    async run() {
      const measured = await measureOnce();
      return { value: measured.result.totalMs, unit: "ms", details: details(measured) };
    },
  },
  {
    name: "drafts: compile + Word + Markdown, 100,000 answers, store excluded, peak RSS",
    description: `${DESCRIPTION}; peak resident memory of a process, the answers included, the highest of the ${RUNS}`,
    target: { value: 512, unit: "MiB", kind: "max" },
    async run() {
      const measured = await measureOnce();
      const highest = Math.max(...measured.runs.map((run) => run.peakRssMiB));
      return { value: highest, unit: "MiB", details: details(measured) };
    },
  },
];
