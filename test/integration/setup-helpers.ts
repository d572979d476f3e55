/** Shared steps for the setup, roles and overview tests: talk to the bot, click, read cards. */
import { addDays, addMonths, localDateAt } from "../../bot/domain/calendar";
import { expectValidCard } from "../support/adaptive-card-validation";
import { cardOf, cardText, type BotHarness } from "../support/bot-harness";
import type { InvokeBody } from "../support/card-inspection";
import { executeAction, message, submitAction, type TestUser } from "../support/teams-activities";

/** Dates relative to today in Berlin: the harness runs on the system clock. */
export const today = () => localDateAt(new Date(), "Europe/Berlin");
export const daysFromToday = (days: number) => addDays(today(), days);
export const monthsFromToday = (months: number) => addMonths(today(), months);

export interface Talk {
  /** Types a message; returns every activity the bot sent in answer. */
  say(user: TestUser, text: string): Promise<Record<string, unknown>[]>;
  /** Clicks an Action.Execute button with the card's inputs; returns the card (or text) that replaces it. */
  click(user: TestUser, verb: string, data?: Record<string, unknown>): Promise<InvokeBody>;
  /** The same click from a client without Universal Actions (Action.Submit): the answer comes as a message. */
  submit(user: TestUser, data: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

export function talkTo(bot: BotHarness): Talk {
  return {
    async say(user, text) {
      bot.clear();
      await bot.post(message(user, bot.connector.serviceUrl, text));
      return bot.sent();
    },
    async click(user, verb, data = {}) {
      const answer = await bot.post(executeAction(user, bot.connector.serviceUrl, verb, data));
      expect(answer.status).toBe(200);
      return answer.body as InvokeBody;
    },
    async submit(user, data) {
      bot.clear();
      await bot.post(submitAction(user, bot.connector.serviceUrl, data));
      return bot.sent();
    },
  };
}

/** The card of an invoke answer, checked the way Teams would render it. */
export function validCard(body: InvokeBody): Record<string, unknown> {
  expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
  expectValidCard(body.value);
  return body.value as Record<string, unknown>;
}

/** The card of the first sent activity that carries one, validated. */
export function validSentCard(sent: Record<string, unknown>[]): Record<string, unknown> {
  const card = sent.map(cardOf).find(Boolean);
  if (!card) throw new Error(`no card among: ${JSON.stringify(sent.map((activity) => activity.text))}`);
  expectValidCard(card);
  return card;
}

export { cardText };
