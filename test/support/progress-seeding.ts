/**
 * What the progress tests over HTTP share: members and answered prompts seeded through the
 * repositories as the bot would have stored them, and a manager who requests every view the
 * progress card offers (each period and group it lists, and every area's drill-down).
 */
import type { AreaId, DimensionId } from "../../bot/domain/quality-models";
import { answerId } from "../../bot/domain/ids";
import type { Repositories } from "../../bot/store";
import { expectValidCard } from "./adaptive-card-validation";
import { cardOf, cardText, type BotHarness } from "./bot-harness";
import { actionsWithVerb, choiceValues, type InvokeBody } from "./card-inspection";
import { TENANT_ID, executeAction, message, type TestUser } from "./teams-activities";

export const SECRET_TEXT = "Vertraulicher Antworttext über das Erstgespräch";

export interface ProgressSeeding {
  /** A staff member who installed the bot, in a group (or none); named, so that tests can check names never show. */
  member(memberId: string, group?: string): Promise<void>;
  /** A prompt delivered and answered at `at`, in the group given. */
  answer(memberId: string, group: string | undefined, at: Date, area: AreaId, dimension: DimensionId): Promise<void>;
}

export function progressSeeding(bot: BotHarness, repos: Repositories, orgId = TENANT_ID): ProgressSeeding {
  let sequence = 0;
  return {
    async member(memberId, group) {
      await repos.members.recordSighting(
        {
          orgId,
          memberId,
          userId: `29:${memberId}`,
          aadObjectId: memberId,
          name: `Person ${memberId}`,
          locale: "de",
          conversation: {
            channelId: "msteams",
            serviceUrl: bot.connector.serviceUrl,
            conversationId: `a:personal-${memberId}`,
            tenantId: orgId,
            botId: "28:bot",
          },
        },
        new Date(),
      );
      if (group) await repos.members.update(orgId, memberId, (stored) => ({ ...stored, group }));
    },

    async answer(memberId, group, at, area, dimension) {
      const answeredAt = at.toISOString();
      const askedAt = new Date(at.getTime() - 5_000).toISOString();
      const promptInstanceId = `seed-${memberId}-${++sequence}`;
      const common = { orgId, memberId, promptId: "lqw.seed", area, dimension };
      await repos.deliveries.recordIfAbsent({
        ...common,
        deliveryId: `delivery:seed:${memberId}:${sequence}`,
        kind: "scheduled",
        periodKey: `seed-${sequence}`,
        dueAt: askedAt,
        state: "sent",
        response: "answered",
        attempts: 1,
        createdAt: askedAt,
        updatedAt: answeredAt,
      });
      await repos.answers.saveNew({
        ...common,
        answerId: answerId(promptInstanceId, memberId),
        promptInstanceId,
        model: "lqw",
        ...(group ? { group } : {}),
        text: SECRET_TEXT,
        createdAt: answeredAt,
        updatedAt: answeredAt,
        history: [],
      });
    },
  };
}

/** A card action as Teams sends it, answered with a valid card. */
export async function clickForCard(
  bot: BotHarness,
  user: TestUser,
  verb: string,
  data: Record<string, unknown>,
): Promise<unknown> {
  const answer = await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data));
  expect(answer.status).toBe(200);
  const body = answer.body as InvokeBody;
  expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
  expectValidCard(body.value);
  return body.value;
}

/**
 * Every view a manager can request, as the text they read: the summary for each period and
 * group the card offers, and the drill-down of every area row on each. Keys: "period/group" and
 * "period/group/area".
 */
export async function everyProgressView(bot: BotHarness, manager: TestUser): Promise<Map<string, string>> {
  bot.clear();
  await bot.post(message(manager, bot.connector.serviceUrl, "fortschritt"));
  const first = cardOf(bot.sent()[0]);
  if (!first) throw new Error("no progress card");
  const views = new Map<string, string>();
  for (const period of choiceValues(first, "period"))
    for (const group of choiceValues(first, "group")) {
      const card = await clickForCard(bot, manager, "progress.show", { period, group });
      views.set(`${period}/${group}`, cardText(card));
      for (const data of actionsWithVerb(card, "progress.area")) {
        const area = await clickForCard(bot, manager, "progress.area", data);
        views.set(`${period}/${group}/${String(data.area)}`, cardText(area));
      }
    }
  return views;
}
