/**
 * `npm run costs`: the monthly Azure bill for 50, 500 and 5,000 staff, from the benchmark figures
 * and the assumptions below, as the Markdown table in docs/operations.md ("Costs"); a test keeps
 * the two equal. Change an assumption here, run it, paste the table.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { findRepoRoot } from "./repo-root";

/** List prices in USD (EU regions, pay as you go), as assumed in December 2026: check the Azure pricing calculator. */
export const PRICES = {
  functionsGbSecond: 0.000026,
  functionsMillionExecutions: 0.4,
  /** Flex Consumption on-demand free grant per subscription and month. */
  functionsFreeGbSeconds: 100_000,
  functionsFreeExecutions: 250_000,
  cosmosMillionRu: 0.25,
  cosmosGbMonth: 0.25,
  logAnalyticsGb: 2.3,
  availabilityTestRun: 0.0012,
  /** Two log alerts (errors logged, 5xx) and one metric alert (availability). */
  alertsMonth: 2 * 1.5 + 0.1,
  storageAccountMonth: 1,
  /** gpt-5.4, Data Zone Standard, per million tokens. */
  openAiInputMillionTokens: 2.75,
  openAiOutputMillionTokens: 16.5,
} as const;

/** How the app is used and what one operation costs; each is a stated assumption, not a measurement. */
export const ASSUMPTIONS = {
  promptsPerMemberMonth: 52 / 12,
  answerRate: 0.6,
  /** One gentle reminder for an unanswered prompt. */
  remindersPerPrompt: 1 - 0.6,
  otherMessagesPerMemberMonth: 3,
  timerRunsMonth: { schedule: 30 * 24 * 12, deliver: 30 * 24 * 60, housekeeping: 30 * 24 * 6 },
  availabilityRunsMonth: 3 * 4 * 24 * 30,
  instanceMemoryGb: 2,
  /** Flex Consumption bills at least one second per execution. */
  minimumBilledSeconds: 1,
  httpSecondsPerMessage: 0.3,
  /** Writes: ~6 RU per 1 KB document with default indexing; point reads 1 RU (Microsoft's typical values). */
  ruPerWrite: 6,
  ruPerRead: 1,
  /** A query returning documents of ≤ 1 KB: assumed half a point read per document. */
  ruPerQueriedDocument: 0.5,
  /** Record, claim, mark sent, read the member. */
  writesPerDelivery: 3,
  readsPerDelivery: 1,
  /** The answer (≈ 2 KB, so two 1 KB units) and the delivery's update. */
  writesPerAnswer: 3,
  /** The schedule tick reads every member, delivery and answer fact of the organisation (see "Scaling"). */
  historyMonthsInStore: 12,
  bytesPerDocument: 1_500,
  logBytesPerInvocation: 2_000,
  logBytesPerDelivery: 1_500,
  /** LLM drafts (optional): two exports a month over the last three months' answers. */
  exportsPerMonth: 2,
  tokensPerAnswer: 150,
  outputShare: 0.2,
} as const;

interface BenchRow {
  name: string;
  result: { value: number; details?: Record<string, unknown> };
}

/** Documents per second the store delivers to the tick: from the benchmark, else a stated value. */
export function documentsPerSecond(root = findRepoRoot()): { value: number; source: string } {
  const file = path.join(root, "bench", "results.json");
  const rows = fs.existsSync(file)
    ? ((JSON.parse(fs.readFileSync(file, "utf8")) as { rows: BenchRow[] }).rows ?? [])
    : [];
  const row = rows.find((r) => r.name === "progress summary with loading from the embedded store");
  const details = row?.result.details ?? {};
  const docs = Number(details.answers) + Number(details.deliveries) + 5_000;
  const ms = Number(details["p50 loading"]);
  if (Number.isFinite(docs) && ms > 0)
    return { value: Math.round(docs / (ms / 1000)), source: "bench/results.json, progress summary loading" };
  return { value: 10_000, source: "assumed (no benchmark row)" };
}

export interface MonthlyCost {
  staff: number;
  functions: number;
  cosmos: number;
  logs: number;
  monitoring: number;
  storage: number;
  total: number;
  openAi: number;
  scheduleTickSeconds: number;
  ruMillions: number;
}

export function monthlyCost(staff: number, docsPerSecond: number): MonthlyCost {
  const a = ASSUMPTIONS;
  const p = PRICES;
  const prompts = staff * a.promptsPerMemberMonth;
  const deliveries = prompts * (1 + a.remindersPerPrompt);
  const answers = prompts * a.answerRate;
  const messages = answers + staff * a.otherMessagesPerMemberMonth;

  const storedDocuments = staff + (deliveries + answers) * a.historyMonthsInStore; // members, deliveries, answers after a year
  const scheduleTickSeconds = Math.max(a.minimumBilledSeconds, storedDocuments / docsPerSecond);
  const timers = a.timerRunsMonth;
  const executions = timers.schedule + timers.deliver + timers.housekeeping + messages + a.availabilityRunsMonth;
  const gbSeconds =
    a.instanceMemoryGb *
    (timers.schedule * scheduleTickSeconds +
      (timers.deliver + timers.housekeeping + a.availabilityRunsMonth) * a.minimumBilledSeconds +
      messages * Math.max(a.minimumBilledSeconds, a.httpSecondsPerMessage));
  const functions =
    Math.max(0, gbSeconds - p.functionsFreeGbSeconds) * p.functionsGbSecond +
    (Math.max(0, executions - p.functionsFreeExecutions) / 1e6) * p.functionsMillionExecutions;

  const ru =
    timers.schedule * storedDocuments * a.ruPerQueriedDocument +
    timers.deliver * 3 +
    deliveries * (a.writesPerDelivery * a.ruPerWrite + a.readsPerDelivery * a.ruPerRead) +
    answers * a.writesPerAnswer * a.ruPerWrite;
  const storageGb = (storedDocuments * a.bytesPerDocument) / 1e9;
  const cosmos = (ru / 1e6) * p.cosmosMillionRu + storageGb * p.cosmosGbMonth;

  const logGb = (executions * a.logBytesPerInvocation + deliveries * a.logBytesPerDelivery) / 1e9;
  const logs = logGb * p.logAnalyticsGb;
  const monitoring = a.availabilityRunsMonth * p.availabilityTestRun + p.alertsMonth;

  const exportInputTokens = prompts * 3 * a.answerRate * a.tokensPerAnswer;
  const openAi =
    a.exportsPerMonth *
    ((exportInputTokens / 1e6) * p.openAiInputMillionTokens +
      ((exportInputTokens * a.outputShare) / 1e6) * p.openAiOutputMillionTokens);

  const total = functions + cosmos + logs + monitoring + p.storageAccountMonth;
  return {
    staff,
    functions,
    cosmos,
    logs,
    monitoring,
    storage: p.storageAccountMonth,
    total,
    openAi,
    scheduleTickSeconds,
    ruMillions: ru / 1e6,
  };
}

const usd = (value: number) => `$${value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString("en-US")}`;

export function renderCostTable(root = findRepoRoot()): string {
  const rate = documentsPerSecond(root);
  const rows = [50, 500, 5_000].map((staff) => monthlyCost(staff, rate.value));
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    line([
      "staff",
      "Functions",
      "Cosmos DB",
      "Log Analytics",
      "alerts + availability test",
      "storage",
      "**total**",
      "+ Azure OpenAI (optional)",
    ]),
    line(["---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...rows.map((r) =>
      line([
        r.staff.toLocaleString("en-US"),
        usd(r.functions),
        `${usd(r.cosmos)} (${r.ruMillions.toFixed(0)} M RU)`,
        usd(r.logs),
        usd(r.monitoring),
        usd(r.storage),
        `**${usd(r.total)}**`,
        usd(r.openAi),
      ]),
    ),
    "",
    `Schedule tick read rate: ${rate.value.toLocaleString("en-US")} documents/s (${rate.source}).`,
  ].join("\n");
}

if (require.main === module) process.stdout.write(`${renderCostTable()}\n`);
