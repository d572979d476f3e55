/**
 * Issue 12: cold start, as the import time of the Functions entry (dist/functions/index.js) in a
 * fresh `node` process: what a new Flex Consumption instance pays before it can serve a request.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { sized, percentile, type Benchmark } from "./benchmark";

const RUNS = sized(5, 2);
/** This file runs from dist/bench/; the entry is dist/functions/index.js beside it. */
const ENTRY = path.resolve(__dirname, "..", "functions", "index.js");

/** What the composition root imports lazily on the first request (functions/composition-root.ts). */
const LAZY_MODULES = [
  "bot/logger",
  "bot/store",
  "bot/exports/resume-draft-jobs",
  "bot/reflection-bot",
  "bot/bot-http-endpoint",
  "bot/domain/clock",
  "bot/flows",
  "bot/signed-links",
  "bot/scheduling",
];

/**
 * Runs in the child: only the `require` of the entry is timed, not node's own start-up; then,
 * as a detail, what the first request adds by loading the app itself.
 */
const MEASURE = `
const { performance } = require("node:perf_hooks");
const path = require("node:path");
const [entry, lazy] = process.argv.slice(1);
let started = performance.now();
require(entry);
const importMs = performance.now() - started;
started = performance.now();
for (const name of JSON.parse(lazy)) require(path.resolve(path.dirname(entry), "..", name));
const lazyMs = performance.now() - started;
process.stdout.write("\\nIMPORT_MS=" + importMs + " LAZY_MS=" + lazyMs + "\\n");
process.exit(0);
`;

interface Sample {
  importMs: number;
  lazyMs: number;
}

function importOnce(): Promise<Sample> {
  return new Promise((resolve, reject) => {
    // The Functions host sets no app settings the import needs; a developer's shell must not add any.
    const env = { PATH: process.env.PATH ?? "", NODE_ENV: "production" };
    const child = spawn(process.execPath, ["-e", MEASURE, ENTRY, JSON.stringify(LAZY_MODULES)], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      const figures = /IMPORT_MS=([\d.]+) LAZY_MS=([\d.]+)/.exec(output);
      if (code === 0 && figures) resolve({ importMs: Number(figures[1]), lazyMs: Number(figures[2]) });
      else reject(new Error(`importing ${ENTRY} failed (exit ${code}):\n${output}`));
    });
  });
}

export const benchmarks: Benchmark[] = [
  {
    name: "cold start import",
    description: `import time of the Functions entry (dist/functions/index.js) in a fresh node process, median of ${RUNS}`,
    target: { value: 300, unit: "ms", kind: "max" },
    async run() {
      if (!fs.existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: \`npm run bench\` compiles it first`);
      const samples: Sample[] = [];
      // One after another: parallel children would compete for the two cores and for the disk.
      for (let run = 0; run < RUNS; run++) samples.push(await importOnce());
      const imports = samples.map((sample) => sample.importMs);
      return {
        value: Number(percentile(imports, 50).toFixed(1)),
        unit: "ms",
        details: {
          "runs ms": imports.map((ms) => ms.toFixed(0)).join(", "),
          "first request adds (app modules) median ms": Number(
            percentile(
              samples.map((sample) => sample.lazyMs),
              50,
            ).toFixed(1),
          ),
        },
      };
    },
  },
];
