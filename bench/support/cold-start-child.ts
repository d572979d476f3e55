/**
 * One cold start in a fresh process (forked by bench/cold-start.bench.ts): imports the Functions
 * entry as the host does, then serves the first request as it arrives after that: the composition
 * root builds the app (getServices) and the messages function answers a Teams message, through
 * the adapter, the store and the connector. A second message of the same kind from another
 * member then shows what a turn costs once everything is loaded, so the first turn's extra is
 * what it paid for parts loaded on first use. Nothing heavy is imported before the clock starts:
 * every module of the app is loaded by the timed steps.
 */
import { Module } from "node:module";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import type { HttpResponseInit } from "@azure/functions";

export interface ColdStartInput {
  /** The app's settings (local mode against the benchmark's embedded store and fake connector). */
  env: Record<string, string>;
  /** The first request's activity, and the same kind of activity from another member. */
  firstActivity: object;
  warmActivity: object;
  /** Times every module load on its own (self time by package): slower, so only for the breakdown. */
  withBreakdown: boolean;
}

export interface ColdStartSample {
  node: string;
  importMs: number;
  buildMs: number;
  firstTurnMs: number;
  warmTurnMs: number;
  /** CPU (user + system) of building the app and the first turn. */
  firstRequestCpuMs: number;
  /** From the process's start (node's own start-up included) to the first request answered, wall and CPU. */
  sinceStartMs: number;
  sinceStartCpuMs: number;
  firstStatus: number;
  warmStatus: number;
  /** Breakdown runs only: module load self time by package, for the first request. */
  selfMs: [string, number][];
}

/** Node's loader, whose `_load` the breakdown wraps (not in @types/node). */
type Loader = typeof Module & { _load(request: string, parent: { filename?: string } | undefined): unknown };

/** Wraps every module load so that its own time, without the modules it loads, adds up per package. */
function timeModuleLoads(): { counting: { on: boolean }; selfMs: Map<string, number> } {
  const loader = Module as Loader;
  const load = loader._load.bind(loader);
  const selfMs = new Map<string, number>();
  const counting = { on: false };
  const open: number[] = [];
  loader._load = (request, parent) => {
    const started = performance.now();
    open.push(0);
    try {
      return load(request, parent);
    } finally {
      const ms = performance.now() - started;
      const inner = open.pop() ?? 0;
      if (open.length > 0) open[open.length - 1] = (open.at(-1) ?? 0) + ms;
      if (counting.on)
        selfMs.set(packageOf(request, parent), (selfMs.get(packageOf(request, parent)) ?? 0) + ms - inner);
    }
  };
  return { counting, selfMs };
}

function packageOf(request: string, parent: { filename?: string } | undefined): string {
  const file =
    request.startsWith(".") && parent?.filename ? path.resolve(path.dirname(parent.filename), request) : request;
  const at = file.lastIndexOf("node_modules/");
  const name = at >= 0 ? file.slice(at + 13) : path.isAbsolute(file) ? "(the app's own modules)" : file;
  return name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : (name.split("/")[0] ?? name);
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function measure(input: ColdStartInput): Promise<ColdStartSample> {
  const breakdown = input.withBreakdown ? timeModuleLoads() : undefined;
  let started = performance.now();
  await import("../../functions/index");
  const importMs = performance.now() - started;

  const { configureRoot, getServices } = await import("../../functions/composition-root");
  const { HTTP_FUNCTIONS } = await import("../../functions/registrations");
  const { HttpRequest, InvocationContext } = await import("@azure/functions");
  const messages = HTTP_FUNCTIONS.find((fn) => fn.name === "messages");
  if (!messages) throw new Error("no messages function");
  const post = async (activity: object): Promise<number> => {
    const request = new HttpRequest({
      method: "POST",
      url: "http://127.0.0.1:3978/api/messages",
      // The local host's request as the Agents Playground sends it (local mode serves loopback only).
      headers: { "content-type": "application/json", host: "127.0.0.1:3978" },
      body: { string: JSON.stringify(activity) },
    });
    const context = new InvocationContext({ functionName: "messages", invocationId: "cold-start" });
    const response = (await messages.handler(request, context)) as HttpResponseInit;
    return response.status ?? 200;
  };
  const silent = { info() {}, warn() {}, error() {} };
  configureRoot({ env: input.env, logger: silent });

  if (breakdown) breakdown.counting.on = true;
  const cpuAtStart = process.cpuUsage();
  started = performance.now();
  await getServices();
  const buildMs = performance.now() - started;
  started = performance.now();
  const firstStatus = await post(input.firstActivity);
  const firstTurnMs = performance.now() - started;
  const firstRequestCpuMs = cpuMs(cpuAtStart);
  const sinceStartMs = performance.now();
  const sinceStartCpuMs = cpuMs({ user: 0, system: 0 });
  if (breakdown) breakdown.counting.on = false;

  started = performance.now();
  const warmStatus = await post(input.warmActivity);
  const warmTurnMs = performance.now() - started;
  return {
    node: process.version,
    importMs,
    buildMs,
    firstTurnMs,
    warmTurnMs,
    firstRequestCpuMs,
    sinceStartMs,
    sinceStartCpuMs,
    firstStatus,
    warmStatus,
    selfMs: breakdown ? [...breakdown.selfMs] : [],
  };
}

const input = JSON.parse(process.argv[2] ?? "{}") as ColdStartInput;
measure(input).then(
  (sample) => {
    process.send?.(sample, () => process.exit(0));
  },
  (error: unknown) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error));
    process.exit(1);
  },
);
