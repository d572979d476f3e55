/**
 * Draft export at scale (issue 10, issue 18 item 2): a deterministic draft of 100,000 answers
 * across all 11 areas, streamed page by page from the store and rendered to Word and Markdown,
 * end to end through `compileDraftJob`. Targets: at most 10 s and 512 MiB peak RSS.
 *
 * The answers are seeded once per run into the embedded Cosmos-compatible server (this process);
 * the job runs in a child process of its own, so that its time and peak RSS are the export's
 * alone. The server scans a container in linear time (functions/local/embedded-cosmos-linear-scan.ts)
 * and evaluates the query once for all its pages (functions/local/embedded-cosmos-paging.ts); `storeWaitMs` is the local server's, not Cosmos
 * DB's. With COSMOS_ENDPOINT set, the request units of reading answers the job's way are
 * measured on that account with a sample of its own ("n/a" otherwise).
 */
import { fork } from "node:child_process";
import { QueryIterator, type FeedResponse } from "@azure/cosmos";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import type { DraftRequest } from "../bot/domain/draft-request";
import { defaultGroups, orgConfigSchema } from "../bot/domain/org-config";
import { AREA_IDS } from "../bot/domain/quality-models";
import { DRAFT_ANSWER_PAGES } from "../bot/exports/draft-job";
import { createCosmosStore, type CosmosStore } from "../bot/store/cosmos-store";
import { createRepositories } from "../bot/store/repositories";
import type { Repositories } from "../bot/store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../functions/local/embedded-cosmos";
import { sized, type Benchmark, type BenchmarkResult } from "./benchmark";
import { BENCH_MEMBER_COUNT, benchAnswers, benchMemberId } from "./support/draft-bench-answers";
import type { DraftJobChildRequest, DraftJobChildResult } from "./support/draft-job-child";
import { shippedNodeArguments } from "./support/shipped-node-arguments";

const ANSWER_COUNT = sized(100_000, 3_000);
const SEED_CONCURRENCY = 32;
const ORG_ID = "7d1e5b2c-4a8f-4e3d-9c6b-00000000d4af";
const EXPORT_ID = "draft-bench-100k";
const DATABASE = "bench-drafts";
const NOW = "2026-04-14T08:00:00.000Z";
/** Answers seeded on a real account to measure the request units of reading them. */
const RU_SAMPLE_ANSWERS = 2_000;

/** `task` returns false when there is nothing left to do. */
async function runWithConcurrency(concurrency: number, task: () => Promise<boolean>): Promise<void> {
  const worker = async () => {
    while (await task());
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function seedOrganisation(repos: Repositories, memberCount = BENCH_MEMBER_COUNT): Promise<void> {
  await repos.orgs.save(
    orgConfigSchema.parse({
      orgId: ORG_ID,
      name: "Volkshochschule Benchmarkstadt",
      model: "lqw",
      modelVersion: "LQW 2",
      cycle: { kind: "recertification", start: "2025-02-01", selfReportDue: "2026-06-30", testatExpiry: "2027-03-31" },
      schedule: {},
      groups: defaultGroups(),
      successDefinition: "Lernen ist gelungen, wenn Teilnehmende ihre eigenen Ziele erreichen.",
      updatedAt: "2025-02-01T08:00:00.000Z",
    }),
  );
  let next = 0;
  const groups = defaultGroups().map((group) => group.id);
  await runWithConcurrency(SEED_CONCURRENCY, async () => {
    const index = next++;
    if (index >= memberCount) return false;
    const memberId = benchMemberId(index);
    const now = new Date("2025-02-01T08:00:00.000Z");
    await repos.members.recordSighting(
      {
        orgId: ORG_ID,
        memberId,
        userId: `29:${memberId}`,
        aadObjectId: memberId,
        name: `Mitarbeiterin ${index + 1}`,
        locale: "de",
        conversation: {
          channelId: "msteams",
          serviceUrl: "https://smba.trafficmanager.net/de/",
          conversationId: `a:${memberId}`,
          tenantId: ORG_ID,
          botId: "28:bench",
        },
      },
      now,
    );
    await repos.members.update(ORG_ID, memberId, (member) => ({
      ...member,
      group: groups[index % groups.length],
      consentsToNamedAttribution: index % 10 === 0,
    }));
    return true;
  });
}

async function seedAnswers(repos: Repositories, count = ANSWER_COUNT): Promise<void> {
  const answers = benchAnswers(ORG_ID, count);
  await runWithConcurrency(SEED_CONCURRENCY, async () => {
    const next = answers.next();
    if (next.done) return false;
    await repos.answers.saveNew(next.value);
    return true;
  });
}

async function seedJob(repos: Repositories): Promise<void> {
  const request: DraftRequest = {
    areas: [...AREA_IDS],
    from: "2025-02-01",
    to: "2026-03-31",
    formats: ["docx", "markdown"],
    attribution: "pseudonymous",
    mode: "structured",
    locale: "de",
    conversation: {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/de/",
      conversationId: "a:officer",
      tenantId: ORG_ID,
      botId: "28:bench",
    },
    timeZone: "Europe/Berlin",
  };
  await repos.exports.save({
    exportId: EXPORT_ID,
    orgId: ORG_ID,
    requestedBy: benchMemberId(0),
    kind: "draft",
    format: "docx",
    status: "pending",
    fileName: "draft-job",
    contentType: "application/json",
    request,
    createdAt: NOW,
  });
}

function runJobInChild(request: DraftJobChildRequest): Promise<DraftJobChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "support", "draft-job-child.js"), [], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      // As deployed: the Function App's heap cap and young generation apply to the export too.
      execArgv: shippedNodeArguments(),
    });
    child.once("message", (message: { result?: DraftJobChildResult; error?: string }) => {
      if (message.result) resolve(message.result);
      else reject(new Error(message.error ?? "the draft job failed"));
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the draft job process exited with ${code}`));
    });
    child.send(request);
  });
}

interface Measurement {
  job: DraftJobChildResult;
  seedSeconds: number;
  requestUnitsPer1000: string;
}

/**
 * Request units per 1,000 answers read the way the draft job reads them, on the account
 * COSMOS_ENDPOINT names, in a database of its own that is dropped after. Every query page's
 * charge is counted while the sample is read.
 */
async function requestUnitsPer1000OnAccount(endpoint: string): Promise<string> {
  const hostname = new URL(endpoint).hostname;
  const store = await createCosmosStore({
    endpoint,
    ...(process.env.COSMOS_KEY ? { key: process.env.COSMOS_KEY } : {}),
    database: `bench-drafts-ru-${Date.now()}`,
    isLoopback: hostname === "127.0.0.1" || hostname === "localhost",
    requestTimeoutMs: 30_000,
  });
  type FetchNext = (this: QueryIterator<unknown>) => Promise<FeedResponse<unknown>>;
  const fetchNext = Reflect.get(QueryIterator.prototype, "fetchNext") as FetchNext;
  try {
    await store.ensureContainers();
    const repos = createRepositories(store);
    await seedOrganisation(repos, 0);
    await seedAnswers(repos, RU_SAMPLE_ANSWERS);
    let charge = 0;
    let read = 0;
    QueryIterator.prototype.fetchNext = async function countingCharge(this: QueryIterator<unknown>) {
      const response = await fetchNext.call(this);
      charge += response.requestCharge;
      return response;
    };
    for await (const page of repos.answers.streamForOrg(ORG_ID, {
      from: "2025-02-01",
      to: "2026-03-31",
      ...DRAFT_ANSWER_PAGES,
    }))
      read += page.length;
    if (read === 0) return "no answers read back from the account";
    return `${((charge / read) * 1000).toFixed(1)} RU (${read} answers read on the account)`;
  } finally {
    QueryIterator.prototype.fetchNext = fetchNext;
    await store
      .container("answers")
      .database.delete()
      .catch(() => undefined);
    await store.close();
  }
}

/** Seeds the store and runs the job once; both benchmarks report from the same run. */
async function measure(): Promise<Measurement> {
  let server: EmbeddedCosmos | undefined;
  let store: CosmosStore | undefined;
  try {
    server = await startEmbeddedCosmos();
    store = await createCosmosStore({
      endpoint: server.endpoint,
      key: server.key,
      database: DATABASE,
      isLoopback: true,
      requestTimeoutMs: 120_000,
    });
    await store.ensureContainers();
    const repos = createRepositories(store);
    const seedStarted = performance.now();
    await seedOrganisation(repos);
    await seedAnswers(repos);
    await seedJob(repos);
    const seedSeconds = Math.round((performance.now() - seedStarted) / 1000);
    const job = await runJobInChild({
      endpoint: server.endpoint,
      key: server.key,
      database: DATABASE,
      orgId: ORG_ID,
      exportId: EXPORT_ID,
      now: NOW,
    });
    const endpoint = process.env.COSMOS_ENDPOINT;
    const requestUnitsPer1000 = endpoint
      ? await requestUnitsPer1000OnAccount(endpoint)
      : "n/a (local server; set COSMOS_ENDPOINT and COSMOS_KEY to measure RU on a real account)";
    return { job, seedSeconds, requestUnitsPer1000 };
  } finally {
    await store?.close();
    await server?.stop();
  }
}

let measurement: Promise<Measurement> | undefined;
const measureOnce = () => (measurement ??= measure());

function details({ job, seedSeconds, requestUnitsPer1000 }: Measurement): NonNullable<BenchmarkResult["details"]> {
  const files = Object.fromEntries(
    job.files.map((file) => [
      `${file.format} KiB`,
      `${Math.round(file.bytes / 1024)}${file.isStored ? "" : " (too large for an export record: saved without content)"}`,
    ]),
  );
  return {
    answers: job.answers,
    pages: job.pages,
    storeWaitMs: job.storeWaitMs,
    storeClientCpuMs: job.storeClientCpuMs,
    "request units per 1,000 answers read": requestUnitsPer1000,
    compileMs: job.compileMs,
    docxMs: job.docxMs,
    markdownMs: job.markdownMs,
    saveMs: job.saveMs,
    withoutStoreWaitMs: job.totalMs - job.storeWaitMs,
    baselineRssMiB: job.baselineRssMiB,
    peakRssMiB: job.peakRssMiB,
    ...files,
    seedSeconds,
  };
}

const DESCRIPTION = `deterministic draft of ${ANSWER_COUNT.toLocaleString("en")} answers across 11 areas into Word and Markdown, streamed page by page from the embedded store by compileDraftJob in a process of its own (issue 10)`;

export const benchmarks: Benchmark[] = [
  {
    name: "drafts: 100,000 answers → Word + Markdown, time",
    description: `${DESCRIPTION}; wall time of the job, end to end (storeWaitMs is the local server's share; issue 18 item 2)`,
    target: { value: 10_000, unit: "ms", kind: "max" },
    async run() {
      const result = await measureOnce();
      return { value: result.job.totalMs, unit: "ms", details: details(result) };
    },
  },
  {
    name: "drafts: 100,000 answers → Word + Markdown, peak RSS",
    description: `${DESCRIPTION}; peak resident memory of the job's process`,
    target: { value: 512, unit: "MiB", kind: "max" },
    async run() {
      const result = await measureOnce();
      const phases = Object.fromEntries(
        Object.entries(result.job.rssMiB).map(([phase, mib]) => [`rss ${phase} MiB`, mib]),
      );
      return {
        value: result.job.peakRssMiB,
        unit: "MiB",
        details: { baselineRssMiB: result.job.baselineRssMiB, ...phases, answers: result.job.answers },
      };
    },
  },
];
