import type { AdaptiveCard } from "../../../cards";
import type { ConversationRef } from "../../../bot/domain/member";
import { silentLogger } from "../../../bot/logger";
import { createNotifier } from "../../../bot/scheduling/notifier";
import type { ProactiveSender } from "../../../bot/scheduling/proactive-sender";
import { restError } from "../../support/rest-error";

const CONVERSATION: ConversationRef = {
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  conversationId: "a:1on1-miriam",
  tenantId: "tenant-1",
  botId: "28:bot",
};
const CARD = { type: "AdaptiveCard", version: "1.5", body: [] } as unknown as AdaptiveCard;

/** A sender that answers each send with the next outcome: an error to throw, or "sent". */
function scriptedSender(outcomes: Array<Error | "sent">) {
  const sent: Array<{ conversationId: string }> = [];
  const sender: ProactiveSender = {
    send(target) {
      const outcome = outcomes.shift() ?? "sent";
      sent.push({ conversationId: target.conversation.conversationId });
      return outcome === "sent" ? Promise.resolve({}) : Promise.reject(outcome);
    },
  };
  return { sender, sent };
}

function notifierWith(outcomes: Array<Error | "sent">) {
  const { sender, sent } = scriptedSender(outcomes);
  const waits: number[] = [];
  const notifier = createNotifier({
    sender,
    clock: { now: () => new Date("2026-12-07T09:00:00.000Z") },
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    logger: silentLogger,
  });
  return { notifier, sent, waits };
}

describe("notifier (cards outside the schedule, through the delivery sender)", () => {
  it("sends once into the member's existing chat when Teams takes it", async () => {
    const { notifier, sent, waits } = notifierWith(["sent"]);
    await notifier.sendCard(CONVERSATION, CARD);
    expect(sent).toEqual([{ conversationId: "a:1on1-miriam" }]);
    expect(waits).toEqual([]);
  });

  it("waits as long as Teams' Retry-After says after a 429, then sends again", async () => {
    const { notifier, sent, waits } = notifierWith([restError(429, "Throttled", { "Retry-After": "3" }), "sent"]);
    await notifier.sendCard(CONVERSATION, CARD);
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([3_000]);
  });

  it("backs off after a 5xx and gives up after three attempts, throwing what Teams answered", async () => {
    const failure = restError(503);
    const { notifier, sent, waits } = notifierWith([restError(502), restError(500), failure, "sent"]);
    await expect(notifier.sendCard(CONVERSATION, CARD)).rejects.toBe(failure);
    expect(sent).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThan(waits[0] ?? Infinity);
  });

  it("does not try again when the member blocked the bot", async () => {
    const blocked = restError(403, "ConversationBlockedByUser");
    const { notifier, sent, waits } = notifierWith([blocked, "sent"]);
    await expect(notifier.sendCard(CONVERSATION, CARD)).rejects.toBe(blocked);
    expect(sent).toHaveLength(1);
    expect(waits).toEqual([]);
  });
});
