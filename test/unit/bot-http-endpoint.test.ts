import type { TurnContext } from "botbuilder";
import { createBotEndpoint } from "../../bot/bot-http-endpoint";
import { silentLogger } from "../../bot/logger";
import type { ReflectionBot } from "../../bot/reflection-bot";
import { TURN_RECEIVED_AT } from "../../bot/turn-gate";
import { ANNA, message } from "../support/teams-activities";

describe("the Bot Framework endpoint", () => {
  it("hands the bot the moment the request arrived, so the turn gate counts a turn's wait from there", async () => {
    const seen: unknown[] = [];
    const bot = {
      run: (context: TurnContext) => {
        seen.push(context.turnState.get(TURN_RECEIVED_AT));
        return Promise.resolve();
      },
    } as unknown as ReflectionBot;
    const endpoint = createBotEndpoint(bot, { appType: "MultiTenant" }, silentLogger);
    const body = message(ANNA, "http://127.0.0.1:1/", "hilfe") as unknown as Record<string, unknown>;

    const response = await endpoint.process({ method: "POST", headers: {}, body, receivedAt: 1234.5 });

    expect(response.status).toBe(200);
    expect(seen).toEqual([1234.5]);
  });
});
