/**
 * Fuzzing card submissions: 10,000 card actions (Action.Execute and Action.Submit) with every
 * verb the bot routes plus unknown ones, carrying forged and mangled data: other members' and
 * other organisations' ids, stolen ETags, role claims, wrong types, odd text. Never a 500 or an
 * internal error, and afterwards nobody's answers but the sender's own have changed.
 */
import fc from "fast-check";
import type { Answer } from "../../bot/domain/answer";
import type { FlowDeps } from "../../bot/flows";
import { createRoutes } from "../../bot/flows";
import type { Versioned } from "../../bot/store";
import { cardOf, startBotHarness, type BotHarness } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { seedOrg } from "../support/org-fixture";
import {
  ANNA,
  JONAS,
  MIRIAM,
  TENANT_ID,
  executeAction,
  message,
  submitAction,
  type TestUser,
} from "../support/teams-activities";
import {
  BATCH,
  FUZZ_TIME_BUDGET_MS,
  postInProcess,
  reportInputsRun,
  RUNS,
  runConcurrently,
  unfriendlyText,
  weirdString,
  weirdValue,
} from "./support/fuzz-inputs";
import { assertAsyncProperty } from "../support/property-runs";

const OTHER_TENANT = "0b7e5d2c-4a61-4f0e-9d3b-7c8a9e1f2d40";

interface CardAction {
  user: TestUser;
  verb: string;
  data: Record<string, unknown>;
  /** Action.Submit (a message with a value) instead of Action.Execute (an invoke). */
  isSubmit: boolean;
}
const BEN: TestUser = {
  id: "29:1ben-other-org",
  aadObjectId: "aad-ben-0101",
  name: "Ben Andersorg",
  tenantId: OTHER_TENANT,
};

/** Field names the bot's cards use, and a few a forger would try. */
const KEYS = [
  "deliveryId",
  "answerId",
  "etag",
  "answer",
  "evidence",
  "until",
  "area",
  "group",
  "period",
  "from",
  "to",
  "page",
  "continuationToken",
  "query",
  "memberId",
  "role",
  "roles",
  "change",
  "areas",
  "formats",
  "attribution",
  "mode",
  "language",
  "step",
  "preferredTime",
  "weekday",
  "time",
  "name",
  "orgId",
  "tenantId",
  "aadObjectId",
  "isQualityOfficer",
  "verb",
  "value",
  "__proto__",
  "constructor",
];

describe("fuzzing card actions", () => {
  let bot: BotHarness;
  let verbs: string[];
  /** The victims' answers as they were before the fuzzing: another member's, another organisation's. */
  const untouchable: { orgId: string; answer: Versioned<Answer> }[] = [];
  const ids = { victim: [] as string[], own: [] as string[] };

  async function answerPrompts(user: TestUser, count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      bot.clear();
      await bot.post(message(user, bot.connector.serviceUrl, "frage"));
      const submit = buttonData(cardOf(bot.sent()[0]), "Absenden");
      const saved = (
        await bot.post(
          executeAction(user, bot.connector.serviceUrl, "answer.submit", {
            ...submit,
            answer: `Antwort ${i} von ${user.name}.`,
          }),
        )
      ).body as InvokeBody;
      const { answerId } = buttonData(saved.value, "Bearbeiten");
      const stored = await (
        await bot.services()
      ).repos.answers.getVersioned(user.tenantId ?? TENANT_ID, String(answerId));
      if (!stored) throw new Error("answer not stored");
      const isVictim = user !== ANNA && user !== JONAS;
      if (isVictim) untouchable.push({ orgId: user.tenantId ?? TENANT_ID, answer: stored });
      (isVictim ? ids.victim : ids.own).push(String(submit.deliveryId), String(answerId), stored.etag);
    }
  }

  beforeAll(async () => {
    bot = await startBotHarness({ BOOTSTRAP_QUALITY_OFFICERS: MIRIAM.aadObjectId });
    const services = await bot.services();
    await seedOrg(services.repos);
    await seedOrg(services.repos, { orgId: OTHER_TENANT, name: "Bildungswerk Anderswo" });
    await answerPrompts(MIRIAM, 2);
    await answerPrompts(BEN, 1);
    await answerPrompts(ANNA, 2);
    await answerPrompts(JONAS, 1);
    const unused = () => {
      throw new Error("not used while listing routes");
    };
    const deps: FlowDeps = {
      repos: services.repos,
      clock: services.clock,
      logger: services.logger,
      notifier: { sendCard: unused },
      drafts: { repos: services.repos, isLlmConfigured: false, inTurnMs: 8000, drafterFor: unused },
      prompts: { choose: unused },
      links: { create: unused },
      isLocalMode: services.config.isLocalMode,
    };
    verbs = Object.keys(createRoutes(deps).actions);
  }, 60_000);
  afterAll(async () => bot.stop());

  it(`answers up to ${BATCH * RUNS} forged and mangled card actions in its time budget without a server error, and changes no one else's answers`, async () => {
    const { repos } = await bot.services();
    const orgBefore = JSON.stringify(await repos.orgs.get(TENANT_ID));

    const id = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ids.victim) },
      { weight: 2, arbitrary: fc.constantFrom(...ids.own) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          MIRIAM.aadObjectId,
          BEN.aadObjectId,
          OTHER_TENANT,
          TENANT_ID,
          "qualityOfficer",
          "manager",
        ),
      },
      { weight: 2, arbitrary: weirdValue },
    );
    const data = fc.dictionary(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: weirdString }),
      id,
      { maxKeys: 8 },
    );
    const verb = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...verbs) },
      { weight: 1, arbitrary: fc.constantFrom(...verbs).map((v) => v.toUpperCase()) },
      { weight: 1, arbitrary: weirdString },
    );
    const action: fc.Arbitrary<CardAction> = fc.record({
      user: fc.constantFrom(ANNA, ANNA, ANNA, JONAS),
      verb,
      data,
      isSubmit: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    });

    const turnErrors: string[] = [];
    const adapter = (await bot.services()).endpoint.adapter;
    const logTurnError = adapter.onTurnError;
    adapter.onTurnError = async (context, error) => {
      turnErrors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      await logTurnError?.(context, error);
    };

    async function problemsWith(actions: readonly CardAction[]) {
      bot.clear();
      const logsBefore = bot.logs.length;
      const errorsBefore = turnErrors.length;
      const problems: string[] = [];
      const bodies = actions.map(({ user, verb: v, data: d, isSubmit }) =>
        JSON.stringify(
          isSubmit
            ? submitAction(user, bot.connector.serviceUrl, { ...d, verb: v })
            : executeAction(user, bot.connector.serviceUrl, v, d),
        ),
      );
      for (const { result, error } of await runConcurrently(bodies, (body) => postInProcess(body))) {
        if (error) problems.push(`threw ${error instanceof Error ? error.message : JSON.stringify(error)}`);
        // 413: a card that carried more than the body limit.
        if (result?.status === 413) continue;
        if (result?.status !== 200) problems.push(`status ${result?.status}`);
        const invoke = result?.jsonBody as InvokeBody | undefined;
        if (invoke?.type === "application/vnd.microsoft.activity.message") {
          const problem = unfriendlyText(invoke.value);
          if (problem) problems.push(`invoke answer: ${problem}`);
        } else if (invoke && invoke.type !== "application/vnd.microsoft.card.adaptive")
          problems.push(`invoke answered with ${invoke.type}`);
      }
      for (const reply of bot.sent()) {
        const problem = cardOf(reply) ? undefined : unfriendlyText(reply.text);
        if (problem) problems.push(`reply: ${problem}`);
      }
      problems.push(
        ...bot.logs
          .slice(logsBefore)
          .filter((line) => line.includes('"code":"INTERNAL"') || line.includes("adapter.turn_error")),
      );
      problems.push(...turnErrors.slice(errorsBefore));
      return problems;
    }

    let count = 0;
    await assertAsyncProperty(
      fc.asyncProperty(fc.array(action, { minLength: BATCH, maxLength: BATCH }), async (actions) => {
        count += actions.length;
        if ((await problemsWith(actions)).length === 0) return;
        for (const single of actions) {
          const own = await problemsWith([single]);
          if (own.length > 0)
            throw new Error(
              `${own.join("\n")}\nverb ${JSON.stringify(single.verb)} data ${JSON.stringify(single.data).slice(0, 2_000)}`,
            );
        }
        throw new Error("problems only when run together");
      }),
      { numRuns: RUNS },
      { timeBudgetMs: FUZZ_TIME_BUDGET_MS },
    );
    reportInputsRun("card actions fuzz", count);
    // At least one batch with each seed, even when the budget cut the runs short.
    expect(count).toBeGreaterThanOrEqual(2 * BATCH);

    for (const { orgId, answer } of untouchable) {
      const now = await repos.answers.getVersioned(orgId, answer.value.answerId);
      expect(now).toEqual(answer);
    }
    for (const [orgId, owners] of [
      [TENANT_ID, [ANNA, JONAS, MIRIAM]],
      [OTHER_TENANT, [BEN]],
    ] as const) {
      for await (const page of repos.answers.streamForOrg(orgId)) {
        for (const answer of page) {
          expect(owners.map((owner) => owner.aadObjectId)).toContain(answer.memberId);
          if (untouchable.some((victim) => victim.answer.value.memberId === answer.memberId)) {
            expect(untouchable.map((victim) => victim.answer.value.answerId)).toContain(answer.answerId);
          }
          // An answer belongs to the prompt of the member who wrote it.
          expect((await repos.deliveries.get(orgId, answer.promptInstanceId))?.memberId).toBe(answer.memberId);
        }
      }
    }
    for (const user of [ANNA, JONAS]) expect((await repos.members.get(TENANT_ID, user.aadObjectId))?.roles).toEqual([]);
    expect(JSON.stringify(await repos.orgs.get(TENANT_ID))).toBe(orgBefore);
  }, 300_000);
});
