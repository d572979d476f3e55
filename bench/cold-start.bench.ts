/**
 * Issue 12: cold start, as the import time of the Functions entry (dist/functions/index.js) in a
 * fresh `node` process: what a new Flex Consumption instance pays before it can serve a request.
 * Issue 18 item 7: what the first request then adds by building the app (the composition root's
 * getServices, configured as on Azure), its own row, with where the time goes.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { sized, percentile, type Benchmark } from "./benchmark";

const RUNS = sized(5, 2);
/** This file runs from dist/bench/; the entry is dist/functions/index.js beside it. */
const ENTRY = path.resolve(__dirname, "..", "functions", "index.js");

/** The composition root beside the entry: it builds the app on the first request. */
const ROOT = path.resolve(__dirname, "..", "functions", "composition-root.js");

/**
 * Settings as on Azure (authenticated, Cosmos through the managed identity): building the app
 * opens no connection, so no store or Entra is needed; the ids are placeholders.
 */
const AZURE_LIKE_ENV = {
  MicrosoftAppId: "00000000-0000-4000-8000-000000000001",
  MicrosoftAppType: "UserAssignedMSI",
  MicrosoftAppTenantId: "00000000-0000-4000-8000-000000000002",
  ALLOWED_TENANT_IDS: "00000000-0000-4000-8000-000000000002",
  COSMOS_ENDPOINT: "https://bench-cold-start.documents.azure.com:443/",
  PUBLIC_BASE_URL: "https://bench-cold-start.example.org",
  EXPORT_SIGNING_KEY: "0123456789abcdef".repeat(4),
};

/**
 * Runs in the child: only the `require` of the entry is timed, not node's own start-up; then
 * what the first request adds: getServices(), as the messages function calls it. With
 * `--breakdown`, every module load is timed on its own (self time, grouped by package), which
 * slows the run down, so that run's figures only say where the time goes.
 */
const MEASURE = `
const { performance } = require("node:perf_hooks");
const Module = require("node:module");
const path = require("node:path");
const [entry, root, env, breakdown] = process.argv.slice(1);
const selfMs = new Map();
if (breakdown) {
  const load = Module._load;
  const open = [];
  Module._load = function (request, parent) {
    const started = performance.now();
    open.push(0);
    try {
      return load.apply(this, arguments);
    } finally {
      const ms = performance.now() - started;
      const inner = open.pop();
      if (open.length > 0) open[open.length - 1] += ms;
      const file = request.startsWith(".") && parent ? path.resolve(path.dirname(parent.filename), request) : request;
      const at = file.lastIndexOf("node_modules/");
      const name = at >= 0 ? file.slice(at + 13) : path.isAbsolute(file) ? "(the app's own modules)" : file;
      const group = name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : name.split("/")[0];
      selfMs.set(group, (selfMs.get(group) ?? 0) + ms - inner);
    }
  };
}
let started = performance.now();
require(entry);
const importMs = performance.now() - started;
selfMs.clear();
const composition = require(root);
composition.configureRoot({ env: JSON.parse(env), logger: { info() {}, warn() {}, error() {} } });
started = performance.now();
composition.getServices().then(() => {
  const buildMs = performance.now() - started;
  process.stdout.write("\\nIMPORT_MS=" + importMs + " BUILD_MS=" + buildMs + " SELF=" + JSON.stringify([...selfMs]) + "\\n");
  process.exit(0);
}, (error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
`;

interface Sample {
  importMs: number;
  buildMs: number;
  /** Breakdown runs only: module load self time by package. */
  selfMs: [string, number][];
}

function importOnce(withBreakdown = false): Promise<Sample> {
  return new Promise((resolve, reject) => {
    // The Functions host sets no app settings the import needs; a developer's shell must not add any.
    const env = { PATH: process.env.PATH ?? "", NODE_ENV: "production" };
    const args = ["-e", MEASURE, ENTRY, ROOT, JSON.stringify(AZURE_LIKE_ENV), withBreakdown ? "1" : ""];
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      const figures = /IMPORT_MS=([\d.]+) BUILD_MS=([\d.]+) SELF=(.*)/.exec(output);
      if (code === 0 && figures)
        resolve({
          importMs: Number(figures[1]),
          buildMs: Number(figures[2]),
          selfMs: JSON.parse(figures[3] ?? "[]") as [string, number][],
        });
      else reject(new Error(`importing ${ENTRY} failed (exit ${code}):\n${output}`));
    });
  });
}

/** One after another: parallel children would compete for the two cores and for the disk. */
async function coldStarts(): Promise<Sample[]> {
  if (!fs.existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: \`npm run bench\` compiles it first`);
  const samples: Sample[] = [];
  for (let run = 0; run < RUNS; run++) samples.push(await importOnce());
  return samples;
}

/** Both rows come from the same fresh processes. */
let measured: Promise<Sample[]> | undefined;
const measuredColdStarts = () => (measured ??= coldStarts());

const msList = (values: readonly number[]) => values.map((ms) => ms.toFixed(0)).join(", ");

/** Where the first request's build time goes, from one more run with every module load timed. */
async function buildBreakdown(): Promise<string> {
  const { selfMs } = await importOnce(true);
  const total = selfMs.reduce((sum, [, ms]) => sum + ms, 0);
  const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const rest = total - top.reduce((sum, [, ms]) => sum + ms, 0);
  return [...top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`), `others ${rest.toFixed(0)}`].join(", ") + " ms";
}

export const benchmarks: Benchmark[] = [
  {
    name: "cold start import",
    description: `import time of the Functions entry (dist/functions/index.js) in a fresh node process, median of ${RUNS}`,
    target: { value: 300, unit: "ms", kind: "max" },
    async run() {
      const imports = (await measuredColdStarts()).map((sample) => sample.importMs);
      return {
        value: Number(percentile(imports, 50).toFixed(1)),
        unit: "ms",
        details: { "runs ms": msList(imports) },
      };
    },
  },
  {
    name: "first request after a cold start: app building",
    description: `what the first request adds after the import: the composition root builds configuration, store client, repositories, bot and scheduler (getServices, configured as on Azure with a managed identity), in the same fresh node processes, median of ${RUNS} (issue 18 item 7)`,
    target: { value: 300, unit: "ms", kind: "max" },
    async run() {
      const builds = (await measuredColdStarts()).map((sample) => sample.buildMs);
      return {
        value: Number(percentile(builds, 50).toFixed(1)),
        unit: "ms",
        details: {
          "runs ms": msList(builds),
          "module loading by package, self time (one more run, timed per module, slower)": await buildBreakdown(),
        },
      };
    },
  },
];
