/**
 * Prompts for the right people. The scheduler's first weekly prompts go over HTTP to the (fake)
 * Teams connector, and "frage" is asked over the bot's HTTP endpoint. A course instructor never
 * gets a management or a fact prompt; the quality officer gets each fact prompt once in the cycle.
 *
 * Thirty weeks through the store took 16 s on a busy machine; the store adds nothing to which
 * prompt is chosen beyond handing the scheduler its members, configuration and history. So the
 * first weeks run end to end and must match the scheduler's pure core week by week, and the pure
 * core, fed the members and configuration as the store holds them, carries the thirty weeks.
 */
import { computeCoverage } from "../../bot/domain/coverage";
import { findPrompt } from "../../bot/domain/catalog/prompt-catalog";
import { findDuePrompts, type PromptHistoryEntry, type SchedulingMember } from "../../bot/domain/due-prompts";
import type { OrgConfig } from "../../bot/domain/org-config";
import { AREA_IDS } from "../../bot/domain/quality-models";
import { cardOf, cardText, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import { ANNA, MIRIAM, TENANT_ID, executeAction, message, type TestUser } from "../support/teams-activities";
import { deliveryIdsSent, startDeliveryEnv, TUESDAY_SLOT, type DeliveryEnv } from "./delivery-fixtures";

const WEEK = 7 * 24 * 60 * 60 * 1000;
const WEEKS = 30;
/** Enough for a history to matter (week 2 on) and for the officer's first fact cards. */
const WEEKS_END_TO_END = 3;
const LEITBILD_REVISED = "Wann wurde Ihr Leitbild zuletzt überarbeitet?";
const FACT_LINE = "Eine Sachfrage für die ganze Einrichtung: Sie sind dafür zuständig";
const GROUPS = [
  { id: "kursleitende", name: "Kursleitende", areas: [...AREA_IDS], audiences: ["pedagogical" as const] },
];

const isForTeachers = (promptId: string) => {
  const prompt = findPrompt(promptId);
  return (
    prompt?.kind === "experience" &&
    prompt.audience.some((audience) => audience === "everyone" || audience === "pedagogical")
  );
};
const isFact = (promptId: string) => findPrompt(promptId)?.kind === "fact";
const asksLeitbildRevised = (promptId: string) => findPrompt(promptId)?.text.de.startsWith(LEITBILD_REVISED) ?? false;

interface Asked {
  week: number;
  memberId: string;
  promptId: string;
}

/**
 * The scheduler's pure core at each Tuesday's slot, every prompt answered before the next week,
 * as the end-to-end weeks do: what the tick would record, week by week.
 */
function scheduleWeeks(config: OrgConfig, members: readonly SchedulingMember[], weeks: number): Asked[] {
  const coverage = computeCoverage([], config.coverageThresholds);
  const history: PromptHistoryEntry[] = [];
  const asked: Asked[] = [];
  for (let week = 0; week < weeks; week += 1) {
    const now = new Date(TUESDAY_SLOT.getTime() + week * WEEK);
    for (const due of findDuePrompts({ config, members, history, coverage, now })) {
      const { deliveryId, memberId, promptId, area, dimension, periodKey } = due;
      history.push({
        ...{ deliveryId, memberId, promptId, area, dimension, periodKey },
        kind: "scheduled",
        createdAt: now.toISOString(),
        response: "answered",
      });
      asked.push({ week, memberId, promptId });
    }
  }
  return asked;
}

describe("weekly prompts reach the right people", () => {
  let env: DeliveryEnv;
  const orgId = "org-audiences";

  beforeAll(async () => {
    env = await startDeliveryEnv();
  });
  afterAll(async () => env.stop());

  it("never sends a course instructor a management or fact prompt, and the quality officer each fact once", async () => {
    await env.addOrg(orgId, { groups: GROUPS });
    await env.addMember(orgId, "kursleiterin", { group: "kursleitende" });
    await env.addMember(orgId, "qualitaet", { group: "kursleitende", roles: ["qualityOfficer"] });
    const scheduling = env.scheduling();

    // The first Tuesdays end to end; each card is answered before the next week's slot.
    const sentCards: (Asked & { text: string })[] = [];
    for (let week = 0; week < WEEKS_END_TO_END; week += 1) {
      env.clock.set(new Date(TUESDAY_SLOT.getTime() + week * WEEK));
      await scheduling.tick({ now: env.clock.now(), orgIds: [orgId] });
      await scheduling.worker.run({ orgIds: [orgId] });
      const deliveryIds = deliveryIdsSent(env.connector);
      for (const [index, entry] of env.connector.sent.entries()) {
        const deliveryId = deliveryIds[index] ?? "";
        const delivery = await env.repos.deliveries.get(orgId, deliveryId);
        await env.repos.deliveries.markAnswered(orgId, deliveryId, env.clock.now());
        const card = (entry.activity.attachments as { content: unknown }[] | undefined)?.[0]?.content;
        const memberId = entry.conversationId.replace("a:personal-", "");
        sentCards.push({ week, memberId, promptId: delivery?.promptId ?? "", text: cardText(card) });
      }
      env.connector.clear();
    }

    // The pure core, given what the store holds, chooses what went out, week by week …
    const config = await env.repos.orgs.get(orgId);
    if (!config) throw new Error("organisation not stored");
    const members: SchedulingMember[] = [];
    for await (const page of env.repos.members.listByOrg(orgId)) members.push(...page);
    const asked = scheduleWeeks(config, members, WEEKS);
    const byWeekAndMember = (a: Asked, b: Asked) => a.week - b.week || a.memberId.localeCompare(b.memberId);
    expect(
      sentCards.map(({ week, memberId, promptId }) => ({ week, memberId, promptId })).sort(byWeekAndMember),
    ).toEqual(asked.filter((entry) => entry.week < WEEKS_END_TO_END).sort(byWeekAndMember));

    // … and over thirty weeks keeps the teacher to teachers' prompts and asks the officer each fact once.
    const toTeacher = asked.filter((entry) => entry.memberId === "kursleiterin");
    const toOfficer = asked.filter((entry) => entry.memberId === "qualitaet");
    expect(toTeacher.length).toBeGreaterThanOrEqual(25);
    expect(toTeacher.filter((entry) => !isForTeachers(entry.promptId))).toEqual([]);
    expect(toTeacher.some((entry) => asksLeitbildRevised(entry.promptId))).toBe(false);
    const facts = toOfficer.filter((entry) => isFact(entry.promptId));
    expect(facts.length).toBeGreaterThan(10);
    expect(new Set(facts.map((entry) => entry.promptId)).size).toBe(facts.length);
    expect(toOfficer.filter((entry) => asksLeitbildRevised(entry.promptId))).toHaveLength(1);

    // The card says why only the officer is asked.
    const factCards = sentCards.filter((card) => isFact(card.promptId));
    expect(factCards.length).toBeGreaterThan(0);
    expect(factCards.every((card) => card.memberId === "qualitaet" && card.text.includes(FACT_LINE))).toBe(true);
    const teacherCards = sentCards.filter((card) => card.memberId === "kursleiterin");
    expect(teacherCards).toHaveLength(WEEKS_END_TO_END);
    expect(teacherCards.some((card) => card.text.includes(FACT_LINE))).toBe(false);
  });
});

describe("„frage“ follows the same rule", () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBotHarness();
    await seedOrg((await bot.services()).repos, { groups: GROUPS });
  });
  afterAll(async () => bot.stop());

  const repos = async () => (await bot.services()).repos;

  async function ask(user: TestUser) {
    bot.clear();
    await bot.post(message(user, bot.connector.serviceUrl, "frage"));
    const card = cardOf(bot.sent()[0]);
    if (!card) throw new Error("no prompt card");
    const deliveryId = String(buttonData(card, "Überspringen").deliveryId);
    const delivery = await (await repos()).deliveries.get(TENANT_ID, deliveryId);
    return { card, promptId: delivery?.promptId ?? "" };
  }

  const skip = async (user: TestUser, card: Record<string, unknown>) =>
    (await bot.post(executeAction(user, bot.connector.serviceUrl, "prompt.skip", buttonData(card, "Überspringen"))))
      .body as InvokeBody;

  it("offers a course instructor only prompts for teachers or everyone", async () => {
    for (let round = 0; round < 8; round += 1) {
      const { card, promptId } = await ask(ANNA);
      expect([promptId, isForTeachers(promptId)]).toEqual([promptId, true]);
      await skip(ANNA, card);
    }
  });

  it("offers the quality officer the open facts first, and not the one already answered", async () => {
    await bot.post(message(MIRIAM, bot.connector.serviceUrl, "hilfe"));
    await (
      await repos()
    ).members.update(TENANT_ID, MIRIAM.aadObjectId, (member) => ({
      ...member,
      group: "kursleitende",
      roles: ["qualityOfficer"],
    }));
    const first = await ask(MIRIAM);
    expect(findPrompt(first.promptId)?.kind).toBe("fact");
    const answered = await bot.post(
      executeAction(MIRIAM, bot.connector.serviceUrl, "answer.submit", {
        ...buttonData(first.card, "Absenden"),
        answer: "Zuletzt im Frühjahr 2025, mit allen Festangestellten an zwei Klausurtagen.",
      }),
    );
    expect(cardText((answered.body as InvokeBody).value)).toContain("Gespeichert");
    const offered = new Set<string>();
    for (let round = 0; round < 5; round += 1) {
      const next = await ask(MIRIAM);
      offered.add(next.promptId);
      await skip(MIRIAM, next.card);
    }
    expect(offered.has(first.promptId)).toBe(false);
  });
});
