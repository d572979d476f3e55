/**
 * Proactive fan-out: 5,000 scheduled prompts delivered through the real Bot Framework adapter
 * to the fake Teams connector, from the embedded Cosmos outbox, within a real tenant's rate
 * limits (40 sends per second, per-conversation windows). Time is simulated: the worker's waits
 * move a fake clock, so the simulated time to send everything shows whether the worker keeps
 * the tenant rate (5,000 / 40 = 125 s), and the process CPU time shows what each send costs us.
 */
import type { AdaptiveCard } from "../cards";
import { silentLogger } from "../bot/logger";
import { forEachConcurrently } from "../bot/scheduling/for-each-concurrently";
import { DEFAULT_TENANT_RPS } from "../bot/scheduling/rate-limiter";
import { createTeamsSender } from "../bot/scheduling/teams-sender";
import { sendCounts, startDeliveryEnv, type DeliveryEnv } from "../test/integration/delivery-fixtures";
import type { Benchmark } from "./benchmark";

const PROMPTS = 5_000;
const ORG_ID = "bench-fan-out";
/** At least 90 % of the tenant rate. */
const TARGET_SECONDS = Math.round(PROMPTS / DEFAULT_TENANT_RPS / 0.9);

async function fanOut() {
  const env = await startDeliveryEnv();
  try {
    await env.addOrg(ORG_ID);
    const memberIds = Array.from({ length: PROMPTS }, (_, i) => `member-${String(i).padStart(5, "0")}`);
    await forEachConcurrently(memberIds, 16, async (memberId) => void (await env.addMember(ORG_ID, memberId)));
    const scheduling = env.scheduling({ settings: { batchSize: 100, concurrency: 8, budgetMs: 60 * 60_000 } });
    const tick = await scheduling.tick({ now: env.clock.now(), orgIds: [ORG_ID] });
    if (tick.recorded !== PROMPTS) throw new Error(`the tick recorded ${tick.recorded} of ${PROMPTS} prompts`);

    const simulatedStart = env.clock.now().getTime();
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    const run = await scheduling.worker.run({ orgIds: [ORG_ID] });
    const cpu = process.cpuUsage(cpuStart);
    const wallMs = performance.now() - wallStart;
    const simulatedSeconds = (env.clock.now().getTime() - simulatedStart) / 1_000;

    const counts = sendCounts(env.connector);
    const duplicates = [...counts.values()].filter((count) => count > 1).length;
    const lost = memberIds.length - counts.size;
    const cpuMsPer1000 = cpuMs(cpu) / (run.sent / 1_000);
    return { simulatedSeconds, wallMs, cpuMsPer1000, adapterCpuMsPer1000: await adapterOnlyCpuMs(env), sent: run.sent, duplicates, lost };
  } finally {
    await env.stop();
  }
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1_000;

/** The part the adapter and the connector's loopback HTTP take: 1,000 sends of a prompt card, no store. */
async function adapterOnlyCpuMs(env: DeliveryEnv): Promise<number> {
  const sender = createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger });
  const card = (env.connector.sent[0]?.activity.attachments as { content: AdaptiveCard }[])[0]?.content;
  if (!card) throw new Error("no card was sent");
  const target = { userId: "29:member-00000", conversation: (await env.repos.members.get(ORG_ID, "member-00000"))!.conversation };
  const start = process.cpuUsage();
  for (let i = 0; i < 1_000; i++) await sender.send(target, card, "bench");
  return cpuMs(process.cpuUsage(start));
}

export const benchmarks: Benchmark[] = [
  {
    name: "delivery fan-out",
    description: `${PROMPTS.toLocaleString("en")} scheduled prompts sent through the adapter to the fake connector at ${DEFAULT_TENANT_RPS} sends/s per tenant (simulated clock)`,
    target: { value: TARGET_SECONDS, unit: "s simulated", kind: "max" },
    async run() {
      const result = await fanOut();
      return {
        value: Number(result.simulatedSeconds.toFixed(1)),
        unit: "s simulated",
        details: {
          "ideal at the tenant rate": `${PROMPTS / DEFAULT_TENANT_RPS} s`,
          "achieved rate": `${(result.sent / result.simulatedSeconds).toFixed(1)} sends/s`,
          "CPU per 1,000 sends": `${Math.round(result.cpuMsPer1000)} ms (whole process: worker, adapter, card rendering, and the in-process Cosmos emulator and fake connector)`,
          "of which adapter + connector": `${Math.round(result.adapterCpuMsPer1000)} ms per 1,000 sends`,
          "real time": `${(result.wallMs / 1_000).toFixed(1)} s`,
          sent: result.sent,
          duplicates: result.duplicates,
          lost: result.lost,
        },
      };
    },
  },
];
