/**
 * The baseline for the submit-latency benchmark: a bare botbuilder bot on the same host and
 * store that answers a card action by writing one document and returning a small card.
 */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type AdaptiveCardInvokeResponse,
} from "botbuilder";
import type { HttpHandler } from "@azure/functions";
import type { Container } from "@azure/cosmos";

export function createEchoHandler(container: Container): HttpHandler {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppType: "MultiTenant" }));
  class EchoBot extends ActivityHandler {
    protected override async onAdaptiveCardInvoke(
      context: Parameters<ActivityHandler["run"]>[0],
    ): Promise<AdaptiveCardInvokeResponse> {
      const value = context.activity.value as { action?: { data?: { answer?: string } } };
      const orgId = context.activity.conversation.tenantId ?? "bench";
      await container.items.upsert({
        id: `echo:${context.activity.id}`,
        orgId,
        text: value.action?.data?.answer ?? "",
      });
      return {
        statusCode: 200,
        type: "application/vnd.microsoft.card.adaptive",
        value: {
          type: "AdaptiveCard",
          version: "1.5",
          body: [{ type: "TextBlock", text: value.action?.data?.answer ?? "" }],
        },
      };
    }
  }
  const bot = new EchoBot();
  return async (request) => {
    const body = (await request.json()) as Record<string, unknown>;
    let status = 200;
    let sent: unknown;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    await adapter.process(
      { method: "POST", headers, body },
      {
        socket: undefined,
        status: (code: number) => void (status = code),
        header: () => undefined,
        send: (b?: unknown) => void (sent = b),
        end: () => undefined,
      },
      (context) => bot.run(context),
    );
    return sent === undefined ? { status } : { status, jsonBody: sent };
  };
}
