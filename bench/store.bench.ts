/**
 * Store benchmarks (issue 5): answer-write throughput and latency through the repository against
 * the embedded Cosmos-compatible server, and the request charge (RU) per operation when
 * COSMOS_ENDPOINT points at a real account (the local server charges nothing meaningful: "n/a").
 */
import { performance } from "node:perf_hooks";
import type { Answer } from "../bot/domain/answer";
import { answerId } from "../bot/domain/ids";
import { defaultGroups, orgConfigSchema, type OrgConfig } from "../bot/domain/org-config";
import { answerCodec } from "../bot/store/answer-codec";
import { createCosmosStore, type CosmosStore } from "../bot/store/cosmos-store";
import { createRepositories } from "../bot/store/repositories";
import { orgCodec } from "../bot/store/org-repository";
import { encode } from "../bot/store/versioned-document";
import { startEmbeddedCosmos } from "../functions/local/embedded-cosmos";
import { sized, percentile, type Benchmark } from "./benchmark";

const WRITES = sized(2_000, 200);
const WARM_UP_WRITES = 100;
const CONCURRENCY = 20;
/** One at a time: the cost of a single save without queueing behind others. */
const SEQUENTIAL_WRITES = sized(300, 50);
const ORG_ID = "6f1c2a7e-0d3b-4c55-9a1e-00000000be0c";

function organisation(orgId: string): OrgConfig {
  return orgConfigSchema.parse({
    orgId,
    name: "Volkshochschule Benchmarkstadt",
    model: "lqw",
    modelVersion: "LQW 3",
    cycle: { kind: "recertification", start: "2026-01-01", selfReportDue: "2029-06-30", testatExpiry: "2030-03-31" },
    schedule: {},
    groups: defaultGroups(),
    updatedAt: "2026-01-05T09:00:00.000Z",
  });
}

/** A realistic answer: ~600 characters of German text, as staff typically write. */
function answerNumber(orgId: string, index: number): Answer {
  const memberId = `member-${String(index % 1_500).padStart(4, "0")}`;
  const promptInstanceId = `delivery:2026-01-01:2026-W${String(1 + Math.floor(index / 1_500)).padStart(2, "0")}:${memberId}`;
  const createdAt = new Date(Date.UTC(2026, 2, 10, 9) + index * 1_000).toISOString();
  return {
    orgId,
    answerId: answerId(promptInstanceId, memberId),
    promptInstanceId,
    memberId,
    promptId: "bedarfserschliessung.results.all.1",
    model: "lqw",
    area: "bedarfserschliessung",
    dimension: "results",
    group: "paedagogik",
    text: "Wir haben die Anmeldezahlen der Sprachkurse mit den Wartelisten verglichen und daraufhin zwei zusätzliche Abendkurse eingerichtet. ".repeat(
      5,
    ),
    evidence: "Anmeldestatistik Frühjahr 2026 – Intranet/QM/Bedarf",
    createdAt,
    updatedAt: createdAt,
    history: [],
  };
}

async function runWithConcurrency(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

interface WriteRun {
  latencies: number[];
  seconds: number;
}

async function timedWrites(store: CosmosStore, orgId: string, count: number, concurrency: number): Promise<WriteRun> {
  const repos = createRepositories(store);
  await repos.orgs.save(organisation(orgId));
  const latencies: number[] = [];
  const started = performance.now();
  await runWithConcurrency(count, concurrency, async (index) => {
    const before = performance.now();
    await repos.answers.saveNew(answerNumber(orgId, index));
    latencies.push(performance.now() - before);
  });
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * The request charge of the operations behind the repositories, issued the way they issue them
 * (same documents, same queries), read from each response's `requestCharge`.
 */
async function measureRequestCharges(store: CosmosStore): Promise<Record<string, string>> {
  const answers = store.container("answers");
  const config = store.container("config");
  const orgId = `${ORG_ID}-ru`;
  const sample = { ...answerNumber(orgId, 0), expiresAt: "2035-04-01T00:00:00.000Z" };
  const charges: Record<string, number> = {};
  await config.items.upsert(encode(orgCodec, organisation(orgId)));
  charges["config read (each saveNew reads retention)"] = (
    await config.item(`org:${orgId}`, orgId).read()
  ).requestCharge;
  charges["answer create (saveNew)"] = (await answers.items.create(encode(answerCodec, sample))).requestCharge;
  const read = await answers.item(sample.answerId, orgId).read();
  charges["answer point read (get)"] = read.requestCharge;
  charges["answer replace with If-Match (edit)"] = (
    await answers
      .item(sample.answerId, orgId)
      .replace(encode(answerCodec, { ...sample, text: `${sample.text} Ergänzt.` }), {
        accessCondition: { type: "IfMatch", condition: read.etag },
      })
  ).requestCharge;
  for (let index = 1; index < 45; index++)
    await answers.items.create(encode(answerCodec, { ...answerNumber(orgId, index), memberId: sample.memberId }));
  const page = await answers.items
    .query(
      {
        query:
          "SELECT * FROM c WHERE c.orgId = @orgId AND c.type = 'answer' AND c.memberId = @memberId ORDER BY c.createdAt DESC",
        parameters: [
          { name: "@orgId", value: orgId },
          { name: "@memberId", value: sample.memberId },
        ],
      },
      { partitionKey: orgId, maxItemCount: 20 },
    )
    .fetchNext();
  charges["answers page of 20 (listForMember)"] = page.requestCharge;
  const count = await answers.items
    .query(
      {
        query: "SELECT VALUE COUNT(1) FROM c WHERE c.orgId = @orgId AND c.type = 'answer'",
        parameters: [{ name: "@orgId", value: orgId }],
      },
      { partitionKey: orgId },
    )
    .fetchAll();
  charges["COUNT in one organisation (countsByState, per state)"] = count.requestCharge;
  return Object.fromEntries(
    Object.entries(charges).map(([operation, charge]) => [operation, `${charge.toFixed(2)} RU`]),
  );
}

/** RU per operation on the account COSMOS_ENDPOINT names, in a database of its own that is dropped after. */
async function requestChargesOnAccount(endpoint: string): Promise<Record<string, string>> {
  const hostname = new URL(endpoint).hostname;
  const store = await createCosmosStore({
    endpoint,
    ...(process.env.COSMOS_KEY ? { key: process.env.COSMOS_KEY } : {}),
    database: `bench-${Date.now()}`,
    isLoopback: hostname === "127.0.0.1" || hostname === "localhost",
    requestTimeoutMs: 10_000,
  });
  try {
    await store.ensureContainers();
    return await measureRequestCharges(store);
  } finally {
    await store
      .container("answers")
      .database.delete()
      .catch(() => undefined);
    await store.close();
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: "store: answer writes",
    description: `${WRITES.toLocaleString("en")} AnswerRepository.saveNew calls at concurrency ${CONCURRENCY} against the embedded Cosmos-compatible server (p99 latency); RU per operation when COSMOS_ENDPOINT is set`,
    // Server and SDK share one process and its CPU, as in `npm start`: at concurrency 20 a save
    // waits behind the others, so the target is for that burst, not for one save alone.
    target: { value: 200, unit: "ms", kind: "max" },
    async run() {
      const server = await startEmbeddedCosmos();
      const store = await createCosmosStore({
        endpoint: server.endpoint,
        key: server.key,
        database: "bench",
        isLoopback: true,
        requestTimeoutMs: 10_000,
      });
      let concurrent: WriteRun;
      let sequential: WriteRun;
      try {
        await store.ensureContainers();
        await timedWrites(store, `${ORG_ID}-warm-up`, WARM_UP_WRITES, CONCURRENCY);
        sequential = await timedWrites(store, `${ORG_ID}-sequential`, SEQUENTIAL_WRITES, 1);
        concurrent = await timedWrites(store, ORG_ID, WRITES, CONCURRENCY);
      } finally {
        await store.close();
        await server.stop();
      }
      const { latencies, seconds } = concurrent;
      const endpoint = process.env.COSMOS_ENDPOINT;
      const charges = endpoint
        ? await requestChargesOnAccount(endpoint)
        : {
            "request charge": "n/a (local server; set COSMOS_ENDPOINT and COSMOS_KEY to measure RU on a real account)",
          };
      return {
        value: percentile(latencies, 99),
        unit: "ms",
        details: {
          "writes/s": Math.round(WRITES / seconds),
          "p50 ms": percentile(latencies, 50),
          "p99 ms": percentile(latencies, 99),
          "max ms": percentile(latencies, 100),
          "one at a time: p50 ms": percentile(sequential.latencies, 50),
          "one at a time: p99 ms": percentile(sequential.latencies, 99),
          ...charges,
        },
      };
    },
  },
];
