/**
 * Issue 12: cold start, as the import time of the Functions entry (the bundle package.json "main"
 * names, dist/bundle/index.js, which `npm run bench` builds first) in a fresh `node` process: what a new Flex Consumption instance pays before it can serve a request.
 * Issue 18 item 7: what the first request then pays for the app not being there yet, its own row:
 * the composition root builds the app (getServices), and the first turn loads what is loaded on
 * first use; measured by serving a real first message in the fresh process
 * (bench/support/cold-start-child.ts), with where the time goes.
 *
 * The rows say which Node ran them: the children run on the Node that runs the benchmark, so
 * `npx tsc -p tsconfig.bench.json && npx -y node@22 dist/bench/run.js --only "cold start"` measures
 * on Azure's Node 22 (where the entry turns on Node's compile cache).
 */
import { fork } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { disposeServices } from "../functions/composition-root";
import { startEmbeddedCosmos } from "../functions/local/embedded-cosmos";
import { shippedEntry } from "../functions/local/shipped-app";
import { cardOf } from "../test/support/bot-harness";
import { startFakeConnector, type FakeConnector } from "../test/support/fake-connector";
import { orgConfig } from "../test/support/org-fixture";
import { message, type TestUser } from "../test/support/teams-activities";
import { sized, percentile, type Benchmark } from "./benchmark";
import { benchAppSettings, configureBenchApp } from "./support/bench-app";
import { shippedNodeArguments } from "./support/shipped-node-arguments";
import type { ColdStartInput, ColdStartSample } from "./support/cold-start-child";

const RUNS = sized(5, 2);
const ENTRY = shippedEntry();
const CHILD = path.join(__dirname, "support", "cold-start-child.js");
const DATABASE = "cold-start";

const member = (run: string, which: string): TestUser => ({
  id: `29:cold-start-${run}-${which}`,
  aadObjectId: `aad-cold-start-${run}-${which}`,
  name: `Kaltstart ${run} ${which}`,
});

interface ColdStartRun {
  /** Names the run's members, so every run's first message comes from members the app has not seen. */
  run: string;
  /** The instance's temporary folder, where Node 22 keeps the compile cache (functions/compile-cache.ts). */
  tmpDir: string;
  withBreakdown?: boolean;
}

/** One fresh process: import, build, the first "frage" of one member and then of another. */
function coldStart(
  connector: FakeConnector,
  settings: Record<string, string>,
  { run, tmpDir, withBreakdown = false }: ColdStartRun,
) {
  const first = member(run, "a");
  const input: ColdStartInput = {
    env: settings,
    firstActivity: message(first, connector.serviceUrl, "frage"),
    warmActivity: message(member(run, "b"), connector.serviceUrl, "frage"),
    withBreakdown,
  };
  return new Promise<ColdStartSample>((resolve, reject) => {
    // The Functions host sets no app settings the import needs; a developer's shell must not add any.
    const env = { PATH: process.env.PATH ?? "", NODE_ENV: "production", TMPDIR: tmpDir };
    const child = fork(CHILD, [JSON.stringify(input)], {
      env,
      execArgv: shippedNodeArguments(),
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    let output = "";
    let sample: ColdStartSample | undefined;
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("message", (sent) => (sample = sent as ColdStartSample));
    child.once("error", reject);
    child.once("exit", (code) => {
      const answered = connector.sent.some(
        (reply) => reply.conversationId === `a:personal-${first.aadObjectId}` && cardOf(reply.activity),
      );
      if (code === 0 && sample?.firstStatus === 200 && sample.warmStatus === 200 && answered) resolve(sample);
      else
        reject(
          new Error(
            `cold start ${run} failed (exit ${code}, statuses ${sample?.firstStatus}/${sample?.warmStatus}, ` +
              `${answered ? "" : "no "}prompt card sent):\n${output}`,
          ),
        );
    });
  });
}

interface ColdStarts {
  /** Each in a fresh temporary folder: a new instance, without a compile cache. */
  samples: ColdStartSample[];
  /** Each right after one of `samples`, in its folder: a restarted worker on the same instance. */
  restarts: ColdStartSample[];
  /** One more run with a CPU profile (slower): where the first request's time goes. */
  breakdown: string;
}

/** One after another: parallel children would compete for the two cores and for the disk. */
async function coldStarts(): Promise<ColdStarts> {
  if (!fs.existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: \`npm run bench\` compiles it first`);
  const cosmos = await startEmbeddedCosmos();
  const connector = await startFakeConnector();
  const runsDir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-cold-start-"));
  try {
    const services = await configureBenchApp(cosmos, connector, DATABASE);
    await services.repos.orgs.save(orgConfig());
    await disposeServices();
    const settings = benchAppSettings(cosmos, connector, DATABASE);
    const instanceDir = (name: string) => fs.mkdtempSync(path.join(runsDir, `${name}-`));
    // Not counted: the embedded server parses each query the first time it sees it (0.2–1 s of
    // CPU, docs/reliability.md), which Cosmos DB does not; after this run it knows the turn's queries.
    await coldStart(connector, settings, { run: "warm-up", tmpDir: instanceDir("warm-up") });
    const samples: ColdStartSample[] = [];
    const restarts: ColdStartSample[] = [];
    for (let run = 0; run < RUNS; run++) {
      const tmpDir = instanceDir(`run-${run}`);
      samples.push(await coldStart(connector, settings, { run: `${run}`, tmpDir }));
      restarts.push(await coldStart(connector, settings, { run: `${run}-restart`, tmpDir }));
    }
    const { selfMs } = await coldStart(connector, settings, {
      run: "breakdown",
      tmpDir: instanceDir("breakdown"),
      withBreakdown: true,
    });
    return { samples, restarts, breakdown: describeBreakdown(selfMs) };
  } finally {
    await connector.stop();
    await cosmos.stop();
    fs.rmSync(runsDir, { recursive: true, force: true });
  }
}

/** Both rows come from the same fresh processes. */
let measured: Promise<ColdStarts> | undefined;
const measuredColdStarts = () => (measured ??= coldStarts());

const msList = (values: readonly number[]) => values.map((ms) => ms.toFixed(0)).join(", ");

/** What the first request pays because the app was not built: the build, and its turn's extra over a warm one. */
const appBuildingMs = (sample: ColdStartSample) => sample.buildMs + Math.max(0, sample.firstTurnMs - sample.warmTurnMs);

function describeBreakdown(selfMs: readonly [string, number][]): string {
  const total = selfMs.reduce((sum, [, ms]) => sum + ms, 0);
  const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const rest = total - top.reduce((sum, [, ms]) => sum + ms, 0);
  return [...top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`), `others ${rest.toFixed(0)}`].join(", ") + " ms";
}

export const benchmarks: Benchmark[] = [
  {
    name: "cold start import",
    description: `import time of the Functions entry (the bundle that package.json main names, dist/bundle/index.js) in a fresh node process, median of ${RUNS}`,
    target: { value: 300, unit: "ms", kind: "max" },
    async run() {
      const { samples } = await measuredColdStarts();
      const imports = samples.map((sample) => sample.importMs);
      return {
        value: Number(percentile(imports, 50).toFixed(1)),
        unit: "ms",
        details: { "runs ms": msList(imports), node: samples[0]?.node ?? "" },
      };
    },
  },
  {
    name: "first request after a cold start: app building",
    description: `what the first request pays after the import because the app is not built yet: the composition root's getServices (configuration, store client, repositories, bot, scheduler) plus what its turn costs more than the same turn once everything is loaded (the parts loaded on first use), on a new instance (no compile cache); the request is a Teams message "frage" answered with a prompt card through the adapter, the embedded store and a fake connector (local mode: no token to check), in the same fresh node processes, median of ${RUNS} (issue 18 item 7)`,
    target: { value: 300, unit: "ms", kind: "max" },
    async run() {
      const { samples, restarts, breakdown } = await measuredColdStarts();
      return {
        value: Number(percentile(samples.map(appBuildingMs), 50).toFixed(1)),
        unit: "ms",
        details: {
          node: samples[0]?.node ?? "",
          "runs ms": msList(samples.map(appBuildingMs)),
          "getServices ms": msList(samples.map((sample) => sample.buildMs)),
          "first turn ms": msList(samples.map((sample) => sample.firstTurnMs)),
          "next turn (another member, everything loaded) ms": msList(samples.map((sample) => sample.warmTurnMs)),
          "CPU of getServices and the first turn ms": msList(samples.map((sample) => sample.firstRequestCpuMs)),
          "process start to first answer, wall / CPU ms": samples
            .map((sample) => `${sample.sinceStartMs.toFixed(0)} / ${sample.sinceStartCpuMs.toFixed(0)}`)
            .join(", "),
          "a restarted worker on the same instance (Node 22: with the compile cache the first process saved) ms":
            msList(restarts.map(appBuildingMs)),
          "CPU of getServices and the first turn by package, self time (one more run, profiled, slower)": breakdown,
        },
      };
    },
  },
];
