/**
 * Due prompts for a large organisation: 5,000 members in 4 groups, about 100,000 earlier
 * deliveries and answers over the cycle, measured on a Tuesday when everyone's slot has passed.
 * One scheduler tick = coverage over all answers + the due-prompt computation.
 */
import { sized, percentile, type Benchmark } from "./benchmark";
import { addDays, instantOf, isoWeekKey } from "../bot/domain/calendar";
import { promptsForCell, type CatalogPrompt } from "../bot/domain/catalog/prompt-catalog";
import { computeCoverage } from "../bot/domain/coverage";
import type { AnswerFact } from "../bot/domain/coverage-types";
import type { PromptResponse } from "../bot/domain/delivery";
import { findDuePrompts, type PromptHistoryEntry, type SchedulingMember } from "../bot/domain/due-prompts";
import { scheduledDeliveryId } from "../bot/domain/ids";
import { orgConfigSchema, type OrgConfig } from "../bot/domain/org-config";
import { AREA_IDS, DIMENSION_IDS, type AreaId } from "../bot/domain/quality-models";
import { seededRandom } from "../test/support/seeded-random";
import { BENCH_GROUPS, drawGroup } from "./support/bench-groups";

const MEMBERS = sized(5_000, 500);
const HISTORY_ENTRIES = sized(100_000, 10_000);
const RUNS = sized(5, 2);
const BERLIN = "Europe/Berlin";

interface Organisation {
  config: OrgConfig;
  members: SchedulingMember[];
  history: PromptHistoryEntry[];
  facts: AnswerFact[];
  now: Date;
}

function buildOrganisation(): Organisation {
  const random = seededRandom(20261124);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const config = orgConfigSchema.parse({
    orgId: "bench-org",
    name: "Landesverband Volkshochschulen",
    model: "lqw",
    modelVersion: "LQW 2",
    cycle: { kind: "recertification", start: "2025-01-06", selfReportDue: "2027-03-31", testatExpiry: "2027-09-30" },
    schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: BERLIN },
    quietPeriods: [
      { id: "xmas-2025", label: "Weihnachtsferien", from: "2025-12-22", to: "2026-01-02" },
      { id: "summer-2026", label: "Sommerschließung", from: "2026-07-27", to: "2026-08-07" },
    ],
    groups: BENCH_GROUPS,
    updatedAt: "2025-01-01T00:00:00.000Z",
  });

  const members: SchedulingMember[] = Array.from({ length: MEMBERS }, (_, index) => {
    const group = drawGroup(random);
    const member: SchedulingMember = {
      memberId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      group,
      isInstalled: true,
      isReachable: true,
    };
    // A few quality officers and managers: the area owners' fact prompts and the management prompts are chosen too.
    if (index % 500 === 0) member.roles = ["qualityOfficer"];
    else if (index % 100 === 0) member.roles = ["manager"];
    const variant = random();
    if (variant < 0.1) member.preferredTime = pick(["07:30", "08:00", "09:00", "09:45"]);
    else if (variant < 0.15) member.timeZone = pick(["Europe/Vienna", "Europe/Zurich", "Europe/Lisbon"]);
    return member;
  });

  // Every member has history; the current week has none yet, so everyone is due.
  const now = instantOf("2026-11-24", "11:00", BERLIN);
  const weeks = 98; // 2025-W02 … 2026-W47
  const cellPrompts = new Map<string, CatalogPrompt[]>();
  const groupAreas = new Map(config.groups.map((group) => [group.id, group.areas]));
  const history: PromptHistoryEntry[] = [];
  const facts: AnswerFact[] = [];
  const responses: PromptResponse[] = ["answered", "answered", "answered", "answered", "skipped", "replaced", "open"];
  for (let index = 0; index < HISTORY_ENTRIES; index += 1) {
    const member = members[index % MEMBERS] as SchedulingMember;
    const area: AreaId = pick(groupAreas.get(member.group ?? "") ?? AREA_IDS);
    const dimension = pick(DIMENSION_IDS);
    const key = `${area}.${dimension}`;
    let prompts = cellPrompts.get(key);
    if (!prompts) {
      prompts = promptsForCell(config.model, area, dimension, true);
      cellPrompts.set(key, prompts);
    }
    const week = Math.floor(random() * weeks);
    const slotDate = addDays("2025-01-07", week * 7);
    const createdAt = new Date(
      instantOf(slotDate, "10:00", BERLIN).getTime() + Math.floor(random() * 3_600_000),
    ).toISOString();
    const periodKey = isoWeekKey(slotDate);
    const response = pick(responses);
    const promptId = pick(prompts).id;
    history.push({
      memberId: member.memberId,
      deliveryId: scheduledDeliveryId(config.cycle.start, periodKey, `${member.memberId}-${index}`),
      promptId,
      area,
      dimension,
      periodKey,
      kind: "scheduled",
      createdAt,
      response,
    });
    if (response === "answered")
      facts.push({ memberId: member.memberId, area, dimension, group: member.group, createdAt });
  }
  // Earlier answers also came from prompts asked on request, outside the schedule.
  while (facts.length < HISTORY_ENTRIES) {
    const source = facts[Math.floor(random() * facts.length)] as AnswerFact;
    facts.push({ ...source, createdAt: new Date(Date.parse(source.createdAt) + 86_400_000).toISOString() });
  }
  // Read from the store, every id and timestamp is a string of its own, not a shared literal.
  const fromStore = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return { config, members: fromStore(members), history: fromStore(history), facts: fromStore(facts), now };
}

export const benchmarks: Benchmark[] = [
  {
    name: "due prompts: 5,000 members, 100,000 earlier answers",
    description: "one scheduler tick: coverage over all answers + findDuePrompts, when every member is due (issue 4)",
    target: { value: 200, unit: "ms", kind: "max" },
    async run() {
      const organisation = buildOrganisation();
      const tick = () => {
        const coverage = computeCoverage(organisation.facts, organisation.config.coverageThresholds);
        return findDuePrompts({ ...organisation, coverage });
      };
      const warmUp = tick();
      const samples: number[] = [];
      const cpuSamples: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        const cpuStarted = process.cpuUsage();
        tick();
        const cpu = process.cpuUsage(cpuStarted);
        samples.push(performance.now() - started);
        cpuSamples.push((cpu.user + cpu.system) / 1000);
      }
      return {
        value: percentile(samples, 50),
        unit: "ms",
        details: {
          min: Math.min(...samples),
          // CPU time is steadier than wall time on a busy machine.
          cpuMsMedian: percentile(cpuSamples, 50),
          max: Math.max(...samples),
          duePrompts: warmUp.length,
          members: organisation.members.length,
          historyEntries: organisation.history.length,
          answerFacts: organisation.facts.length,
        },
      };
    },
  },
];
