/** What a benchmark file exports: `npm run bench` runs every `*.bench.ts` and reports against targets. */
export interface BenchmarkResult {
  /** The figure compared with the target. */
  value: number;
  unit: string;
  /** Further figures worth printing (p50, throughput, RU, …). */
  details?: Record<string, number | string>;
}

export interface Benchmark {
  name: string;
  /** Issue or guarantee it measures, e.g. "due prompts for 5,000 members". */
  description: string;
  target: { value: number; unit: string; /** "max": value must stay at or below the target. */ kind: "max" | "min" };
  run(): Promise<BenchmarkResult>;
}

/**
 * A size for the full run, or for `npm run bench -- --quick` (CI): the same code paths on
 * smaller inputs, so a benchmark that breaks fails CI within minutes; its figures are printed,
 * never committed and never compared with the targets.
 */
export function sized(full: number, quick: number): number {
  return process.env.BENCH_QUICK === "1" ? quick : full;
}

/** Percentile of a sample (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
