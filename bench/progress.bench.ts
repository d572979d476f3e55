/**
 * Issue 9: the managers' progress summary for a large organisation: 5,000 members in four
 * groups, 100,000 answers and 150,000 deliveries over a cycle of nearly two years. Measures the
 * pure computation (every filter), and loading the same organisation's facts from the embedded
 * Cosmos-compatible server page by page and summarising them, as one "fortschritt" turn does.
 */
import { performance } from "node:perf_hooks";
import { addDays, instantOf } from "../bot/domain/calendar";
import type { AnswerFact } from "../bot/domain/coverage-types";
import { answerId } from "../bot/domain/ids";
import { orgConfigSchema, type OrgConfig } from "../bot/domain/org-config";
import { computeProgressSummary } from "../bot/domain/progress";
import { PROGRESS_PERIODS } from "../bot/domain/progress-period";
import type { AskedFact, ProgressFilters, ProgressMember } from "../bot/domain/progress-types";
import { AREA_IDS, DIMENSION_IDS } from "../bot/domain/quality-models";
import { loadProgressData } from "../bot/flows/progress-loader";
import { createCosmosStore, createRepositories, type Repositories } from "../bot/store";
import { startEmbeddedCosmos } from "../functions/local/embedded-cosmos";
import { sized, percentile, type Benchmark } from "./benchmark";
import { seededRandom } from "../test/support/seeded-random";
import { BENCH_GROUPS, drawGroup } from "./support/bench-groups";

const MEMBERS = sized(5_000, 500);
const ANSWERS = sized(100_000, 10_000);
const DELIVERIES = sized(150_000, 15_000);
const RUNS = sized(5, 2);
const BERLIN = "Europe/Berlin";
/** The store benchmark seeds through the repositories, one document per request: a smaller organisation keeps the run short. */
const STORE_ANSWERS = Number(process.env.BENCH_PROGRESS_STORE_ANSWERS ?? sized(10_000, 1_000));
const SEED_CONCURRENCY = 32;

interface Organisation {
  config: OrgConfig;
  members: ProgressMember[];
  facts: AnswerFact[];
  asked: AskedFact[];
  now: Date;
}

function buildOrganisation(answers = ANSWERS, deliveries = DELIVERIES): Organisation {
  const random = seededRandom(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const config = orgConfigSchema.parse({
    orgId: "bench-progress-org",
    name: "Landesverband Volkshochschulen",
    model: "lqw",
    modelVersion: "LQW 2",
    cycle: { kind: "recertification", start: "2025-01-06", selfReportDue: "2027-03-31", testatExpiry: "2027-09-30" },
    schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: BERLIN },
    groups: BENCH_GROUPS,
    updatedAt: "2025-01-01T00:00:00.000Z",
  });
  const members: ProgressMember[] = Array.from({ length: MEMBERS }, (_, index) => {
    const group = drawGroup(random);
    return {
      memberId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      group,
      isInstalled: random() > 0.03,
    };
  });
  const groupAreas = new Map(config.groups.map((group) => [group.id, group.areas]));
  const now = instantOf("2026-11-25", "11:00", BERLIN);
  const weeks = 98;
  const momentInWeek = (week: number) =>
    new Date(
      instantOf(addDays("2025-01-07", week * 7), "10:00", BERLIN).getTime() + Math.floor(random() * 86_400_000),
    ).toISOString();
  const asked: AskedFact[] = Array.from({ length: deliveries }, (_, index) => ({
    memberId: (members[index % MEMBERS] as ProgressMember).memberId,
    createdAt: momentInWeek(Math.floor(random() * weeks)),
  }));
  const facts: AnswerFact[] = Array.from({ length: answers }, (_, index) => {
    const member = members[index % MEMBERS] as ProgressMember;
    return {
      memberId: member.memberId,
      area: pick(groupAreas.get(member.group ?? "") ?? AREA_IDS),
      dimension: pick(DIMENSION_IDS),
      ...(member.group ? { group: member.group } : {}),
      createdAt: momentInWeek(Math.floor(random() * weeks)),
    };
  });
  // Read from the store, every id and timestamp is a string of its own, not a shared literal.
  const fromStore = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return { config, members: fromStore(members), facts: fromStore(facts), asked: fromStore(asked), now };
}

const FILTERS: ProgressFilters[] = [
  ...PROGRESS_PERIODS.map((period) => ({ period, group: "all" })),
  { period: "fourWeeks", group: "kursleitende" },
];

async function seed(repos: Repositories, organisation: Organisation): Promise<void> {
  const { config } = organisation;
  await repos.orgs.save(config);
  const inParallel = async (count: number, write: (index: number) => Promise<unknown>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: SEED_CONCURRENCY }, async () => {
        while (next < count) await write(next++);
      }),
    );
  };
  await inParallel(organisation.members.length, async (index) => {
    const member = organisation.members[index] as ProgressMember;
    const conversation = {
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversationId: `a:${member.memberId}`,
      tenantId: config.orgId,
      botId: "28:bench",
    };
    await repos.members.recordSighting(
      {
        orgId: config.orgId,
        memberId: member.memberId,
        userId: `29:${member.memberId}`,
        name: "",
        locale: "de",
        conversation,
      },
      organisation.now,
    );
    await repos.members.update(config.orgId, member.memberId, (stored) => ({
      ...stored,
      group: member.group,
      isInstalled: member.isInstalled,
    }));
  });
  await inParallel(organisation.facts.length, async (index) => {
    const fact = organisation.facts[index] as AnswerFact;
    const promptInstanceId = `bench-${index}`;
    await repos.answers.saveNew({
      orgId: config.orgId,
      answerId: answerId(promptInstanceId, fact.memberId),
      promptInstanceId,
      memberId: fact.memberId,
      promptId: "bench",
      model: config.model,
      area: fact.area,
      dimension: fact.dimension,
      ...(fact.group ? { group: fact.group } : {}),
      text: "Wir werten die Teilnehmendenbefragung jedes Semester im Team aus.",
      createdAt: fact.createdAt,
      updatedAt: fact.createdAt,
      history: [],
    });
  });
  await inParallel(organisation.asked.length, async (index) => {
    const entry = organisation.asked[index] as AskedFact;
    await repos.deliveries.recordIfAbsent({
      orgId: config.orgId,
      deliveryId: `delivery:bench:${index}`,
      memberId: entry.memberId,
      kind: "scheduled",
      promptId: "bench",
      area: "leitbild",
      dimension: "results",
      periodKey: `bench-${index}`,
      dueAt: entry.createdAt,
      state: "sent",
      response: "answered",
      attempts: 1,
      createdAt: entry.createdAt,
      updatedAt: entry.createdAt,
    });
  });
}

export const benchmarks: Benchmark[] = [
  {
    name: "progress summary: 5,000 members, 100,000 answers",
    description:
      "the pure summary (coverage, participation, trend, groups with the anonymity rules, gaps) for one filter, worst of the filters per run (issue 9; issue 20: steps of k people per group, cells of k people)",
    target: { value: 1_000, unit: "ms", kind: "max" },
    async run() {
      const organisation = buildOrganisation();
      const summarize = (filters: ProgressFilters) => computeProgressSummary({ ...organisation, filters });
      FILTERS.forEach(summarize); // warm-up
      const byFilter = new Map<string, number[]>(FILTERS.map((filters) => [`${filters.period}/${filters.group}`, []]));
      const worst: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        let slowest = 0;
        for (const filters of FILTERS) {
          const started = performance.now();
          summarize(filters);
          const elapsed = performance.now() - started;
          byFilter.get(`${filters.period}/${filters.group}`)?.push(elapsed);
          slowest = Math.max(slowest, elapsed);
        }
        worst.push(slowest);
      }
      return {
        value: percentile(worst, 50),
        unit: "ms",
        details: {
          ...Object.fromEntries([...byFilter].map(([filter, samples]) => [`p50 ${filter}`, percentile(samples, 50)])),
          "max of all runs": Math.max(...worst),
          deliveries: DELIVERIES,
        },
      };
    },
  },
  {
    name: "progress summary with loading from the embedded store",
    description: `one "fortschritt" turn's work: members, answer facts and deliveries streamed page by page from the embedded Cosmos-compatible server, then summarised (5,000 members, ${STORE_ANSWERS.toLocaleString("en")} answers, as many deliveries)`,
    target: { value: 15_000, unit: "ms", kind: "max" },
    async run() {
      const organisation = buildOrganisation(STORE_ANSWERS, STORE_ANSWERS);
      const cosmos = await startEmbeddedCosmos();
      const store = await createCosmosStore({
        endpoint: cosmos.endpoint,
        key: cosmos.key,
        database: "bench-progress",
        isLoopback: true,
        requestTimeoutMs: 30_000,
      });
      try {
        await store.ensureContainers();
        const repos = createRepositories(store);
        const seeding = performance.now();
        await seed(repos, organisation);
        const seedMs = performance.now() - seeding;
        const samples: number[] = [];
        const loads: number[] = [];
        for (let run = 0; run < 3; run += 1) {
          const started = performance.now();
          const data = await loadProgressData(repos, organisation.config.orgId);
          loads.push(performance.now() - started);
          computeProgressSummary({
            config: organisation.config,
            ...data,
            filters: { period: "cycle", group: "all" },
            now: organisation.now,
          });
          samples.push(performance.now() - started);
        }
        return {
          value: percentile(samples, 50),
          unit: "ms",
          details: {
            "p50 loading": percentile(loads, 50),
            "seeding (not measured)": Math.round(seedMs),
            answers: STORE_ANSWERS,
            deliveries: STORE_ANSWERS,
          },
        };
      } finally {
        await store.close();
        await cosmos.stop();
      }
    },
  },
];
