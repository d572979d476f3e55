/**
 * One cold start in a fresh process (forked by bench/cold-start.bench.ts): loads the Functions
 * entry as the host does (the bundle package.json "main" names, functions/local/shipped-app.ts), then serves the first request as it arrives after that: the composition
 * root builds the app (getServices) and the messages function answers a Teams message, through
 * the adapter, the store and the connector. A second message of the same kind from another
 * member then shows what a turn costs once everything is loaded, so the first turn's extra is
 * what it paid for parts loaded on first use. Nothing heavy is imported before the clock starts:
 * every module of the app is loaded by the timed steps.
 */
import { performance } from "node:perf_hooks";
import type { HttpResponseInit } from "@azure/functions";
import { loadShippedApp } from "../../functions/local/shipped-app";
import { profileByPackage } from "./bundle-profile";

export interface ColdStartInput {
  /** The app's settings (local mode against the benchmark's embedded store and fake connector). */
  env: Record<string, string>;
  /** The first request's activity, and the same kind of activity from another member. */
  firstActivity: object;
  warmActivity: object;
  /** Profiles the CPU of the first request (self time by package): slower, so only for the breakdown. */
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
  /** Breakdown runs only: CPU self time by package of getServices and the first turn. */
  selfMs: [string, number][];
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function measure(input: ColdStartInput): Promise<ColdStartSample> {
  let started = performance.now();
  const { configureRoot, getServices, HTTP_FUNCTIONS } = loadShippedApp();
  const importMs = performance.now() - started;

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

  const stopProfile = input.withBreakdown ? await profileByPackage() : undefined;
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
  const selfMs = (await stopProfile?.()) ?? [];

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
    selfMs,
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
