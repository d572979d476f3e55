import { cpus } from "node:os";
/**
 * `npm run bench`: runs every `*.bench.js` beside this file, prints a table, and writes
 * bench/results.json and bench/RESULTS.md (figures, targets, pass/miss).
 * `npm run bench -- --quick` (CI) runs the same code paths on smaller inputs (`sized`) and only
 * prints: quick figures are neither committed nor compared with the targets; a crash exits 1.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Benchmark, BenchmarkResult } from "./benchmark";

interface Row {
  name: string;
  description: string;
  target: Benchmark["target"];
  result?: BenchmarkResult;
  error?: string;
  isMet: boolean;
}

const SOURCE_DIR = path.resolve(__dirname, "..", "..", "bench");

/** `npm run bench -- --only <text>` (or just `<text>`): only the benchmarks whose name contains it. */
function nameFilter(args: readonly string[]): string | undefined {
  const at = args.indexOf("--only");
  return at >= 0 ? args[at + 1] : args.find((arg) => !arg.startsWith("--"));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = nameFilter(args);
  const isQuick = args.includes("--quick");
  // Read by `sized` in every benchmark module (imported below) and in the processes they fork.
  if (isQuick) process.env.BENCH_QUICK = "1";
  const files = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.js"))
    .sort();
  const rows: Row[] = [];
  for (const file of files) {
    const { benchmarks } = (await import(path.join(__dirname, file))) as { benchmarks: Benchmark[] };
    for (const benchmark of benchmarks) {
      if (only && !benchmark.name.includes(only)) continue;
      process.stdout.write(`▶ ${benchmark.name} … `);
      try {
        const result = await benchmark.run();
        const isMet =
          !isQuick &&
          (benchmark.target.kind === "max"
            ? result.value <= benchmark.target.value
            : result.value >= benchmark.target.value);
        rows.push({
          name: benchmark.name,
          description: benchmark.description,
          target: benchmark.target,
          result,
          isMet,
        });
        const verdict = isQuick ? "(quick: not compared)" : isMet ? "✓" : "✗ MISS";
        process.stdout.write(
          `${format(result.value)} ${result.unit} (target ${targetText(benchmark.target)}) ${verdict}\n`,
        );
        for (const [key, value] of Object.entries(result.details ?? {}))
          process.stdout.write(`    ${key}: ${typeof value === "number" ? format(value) : value}\n`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        rows.push({
          name: benchmark.name,
          description: benchmark.description,
          target: benchmark.target,
          error: message,
          isMet: false,
        });
        process.stdout.write(`failed: ${message}\n`);
      }
    }
  }
  if (isQuick) {
    const crashed = rows.filter((row) => row.error);
    process.stdout.write(
      `\nQuick run: ${rows.length - crashed.length}/${rows.length} benchmarks ran; nothing written.\n`,
    );
    process.exit(crashed.length > 0 ? 1 : 0);
  }
  const machine = `${process.platform} ${process.arch}, Node ${process.version}, ${cpus().length} cores`;
  const when = new Date().toISOString();
  // A filtered run replaces its own rows and keeps the others' last figures.
  const all = only ? mergeRows(readRows(), rows) : rows;
  fs.writeFileSync(path.join(SOURCE_DIR, "results.json"), `${JSON.stringify({ when, machine, rows: all }, null, 2)}\n`);
  fs.writeFileSync(path.join(SOURCE_DIR, "RESULTS.md"), markdown(all, when, machine));
  process.stdout.write(
    `\nWrote bench/results.json and bench/RESULTS.md (${rows.filter((r) => r.isMet).length}/${rows.length} targets met).\n`,
  );
  // Benchmarks report; they do not gate. Exit 0 unless one crashed.
  process.exit(rows.some((row) => row.error) ? 1 : 0);
}

function readRows(): Row[] {
  try {
    return (JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, "results.json"), "utf8")) as { rows: Row[] }).rows;
  } catch {
    return [];
  }
}

function mergeRows(previous: readonly Row[], fresh: readonly Row[]): Row[] {
  const names = new Set(fresh.map((row) => row.name));
  return [...previous.filter((row) => !names.has(row.name)), ...fresh];
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

function targetText(target: Benchmark["target"]): string {
  return `${target.kind === "max" ? "≤" : "≥"} ${target.value} ${target.unit}`;
}

function markdown(rows: Row[], when: string, machine: string): string {
  const lines = [
    "# Benchmark results",
    "",
    `Measured ${when} on ${machine} by \`npm run bench\`.`,
    "",
    "| benchmark | what | result | target | met | details |",
    "|---|---|---|---|---|---|",
    ...rows.map((row) => {
      const result = row.result ? `${format(row.result.value)} ${row.result.unit}` : `failed: ${row.error}`;
      const details = Object.entries(row.result?.details ?? {})
        .map(([key, value]) => `${key}: ${typeof value === "number" ? format(value) : value}`)
        .join("; ");
      return `| ${row.name} | ${row.description} | ${result} | ${targetText(row.target)} | ${row.isMet ? "yes" : "**no**"} | ${details} |`;
    }),
    "",
  ];
  return lines.join("\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
