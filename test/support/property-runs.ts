/**
 * Every property test runs twice: with a fixed seed, so CI is repeatable and a counterexample
 * found once stays found, and with a fresh seed, so each run explores new inputs. The fresh seed
 * is chosen once per `jest` run (test/support/global-setup.js prints it) and named in the failure
 * message; `PROPERTY_SEED=<seed> npm test` repeats a run.
 */
import fc from "fast-check";

/** The repeatable half of every property's runs. */
const FIXED_PROPERTY_SEED = 20_261_125;

/** The seed of the exploring half: the run's PROPERTY_SEED, or one of this process when jest ran without the global setup. */
function freshPropertySeed(): number {
  const fromRun = Number.parseInt(process.env.PROPERTY_SEED ?? "", 10);
  if (Number.isSafeInteger(fromRun)) return fromRun;
  const seed = Math.floor(Math.random() * 2 ** 31);
  process.env.PROPERTY_SEED = String(seed);
  return seed;
}

const DEFAULT_RUNS = 100;

/**
 * `npm run test:unit` (the inner loop, PROPERTY_RUNS=quick) runs a quarter of each property's
 * runs, still half with each seed; `npm test`, CI and every other script run them all.
 */
const RUN_SHARE = process.env.PROPERTY_RUNS === "quick" ? 0.25 : 1;

interface SeededRun<Ts> {
  seed: number;
  label: string;
  parameters: fc.Parameters<Ts>;
}

export interface RunOptions {
  /**
   * The test checks afterwards what its runs covered (that the generator still reaches every
   * case): it needs all its runs, also in the quick inner loop.
   */
  isCoverageChecked?: boolean;
  /**
   * Fuzzing by time, as `go test -fuzztime` does: no new run starts after this long (half the
   * budget for each seed), so a busy machine runs fewer inputs instead of overrunning the test's
   * limit. A run that fails still fails; one cut short by the budget passes, but fast-check
   * fails a seed that finished no run at all.
   */
  timeBudgetMs?: number;
}

/** `numRuns` is the total: half with the fixed seed, half with the fresh one. */
function seededRuns<Ts>(parameters: fc.Parameters<Ts>, options: RunOptions): SeededRun<Ts>[] {
  const share = options.isCoverageChecked ? 1 : RUN_SHARE;
  const total = Math.max(2, Math.ceil((parameters.numRuns ?? DEFAULT_RUNS) * share));
  const fixedRuns = Math.ceil(total / 2);
  const fresh = freshPropertySeed();
  // The plugin never looks at the generated values, so it fits a property of any type.
  const budget: fc.Parameters<Ts> =
    options.timeBudgetMs === undefined
      ? {}
      : { plugins: [fc.interruptAfterTimeLimit(options.timeBudgetMs / 2) as fc.Plugin<Ts>] };
  return [
    { seed: FIXED_PROPERTY_SEED, label: "fixed seed", parameters: { ...parameters, ...budget, numRuns: fixedRuns } },
    {
      seed: fresh,
      label: `fresh seed (repeat with PROPERTY_SEED=${fresh})`,
      parameters: { ...parameters, ...budget, numRuns: Math.max(1, total - fixedRuns) },
    },
  ];
}

function named(error: unknown, run: { seed: number; label: string }): unknown {
  if (error instanceof Error)
    error.message = `Property failed with the ${run.label}, seed ${run.seed}:\n${error.message}`;
  return error;
}

/** fc.assert with the fixed seed, then with the fresh one. */
export function assertProperty<Ts>(
  property: fc.IProperty<Ts>,
  parameters: fc.Parameters<Ts> = {},
  options: RunOptions = {},
): void {
  for (const run of seededRuns(parameters, options)) {
    try {
      fc.assert(property, { ...run.parameters, seed: run.seed });
    } catch (error) {
      throw named(error, run);
    }
  }
}

/** The same for asynchronous properties. */
export async function assertAsyncProperty<Ts>(
  property: fc.IAsyncProperty<Ts>,
  parameters: fc.Parameters<Ts> = {},
  options: RunOptions = {},
): Promise<void> {
  for (const run of seededRuns(parameters, options)) {
    try {
      await fc.assert(property, { ...run.parameters, seed: run.seed });
    } catch (error) {
      throw named(error, run);
    }
  }
}
