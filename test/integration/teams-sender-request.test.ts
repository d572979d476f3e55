/**
 * What Teams receives for a card sent into a member's conversation: the Teams sender posts it
 * with the connector client, without the adapter's turn, and the request must be the one the
 * adapter's `continueConversationAsync` posts (method, path, headers, body), apart from the
 * made-up id of the continuation event the card replies to and the request's own id.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { AdaptiveCard } from "../../cards";
import { silentLogger } from "../../bot/logger";
import type { SendTarget } from "../../bot/scheduling/proactive-sender";
import { createTeamsSender } from "../../bot/scheduling/teams-sender";
import { BOT_ID } from "../support/teams-activities";

interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Headers that differ between any two requests (ids, the connection's port). */
const PER_REQUEST_HEADERS = ["x-ms-client-request-id", "host"];

const CARD: AdaptiveCard = {
  type: "AdaptiveCard",
  version: "1.5",
  body: [{ type: "TextBlock", text: "Was hat sich bewährt?", wrap: true }],
  actions: [{ type: "Action.Execute", title: "Antworten", verb: "prompt.answer", data: { deliveryId: "d-1" } }],
};

describe("Teams sender's request into a member's conversation", () => {
  let server: http.Server;
  let serviceUrl: string;
  const received: ReceivedRequest[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({
          method: request.method ?? "",
          path: request.url ?? "",
          headers: request.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ id: `activity-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterEach(() => void received.splice(0));
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  const target = (): SendTarget => ({
    userId: "29:anna",
    conversation: {
      channelId: "msteams",
      serviceUrl,
      conversationId: "a:personal-anna",
      tenantId: "tenant-1",
      botId: BOT_ID,
      botName: "Reflexion",
    },
  });

  /** The card sent as the adapter sends it: a reply in the turn of a continuation event. */
  async function sendThroughAdapter(): Promise<string | undefined> {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppType: "MultiTenant" }));
    const { userId, conversation } = target();
    const reference = {
      channelId: conversation.channelId,
      serviceUrl: conversation.serviceUrl,
      conversation: {
        id: conversation.conversationId ?? "",
        tenantId: conversation.tenantId,
        conversationType: "personal",
        isGroup: false,
        name: "",
      },
      bot: { id: conversation.botId, name: conversation.botName ?? "" },
      user: { id: userId, name: "" },
    };
    let activityId: string | undefined;
    await adapter.continueConversationAsync("", reference, async (context) => {
      const activity = { type: "message", summary: "Neue Frage", attachments: [CardFactory.adaptiveCard(CARD)] };
      activityId = (await context.sendActivity(activity))?.id;
    });
    return activityId;
  }

  /** The request without what differs per request; the id replied to, checked apart. */
  function comparable(request: ReceivedRequest) {
    const body = JSON.parse(request.body) as Record<string, unknown>;
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => !PER_REQUEST_HEADERS.includes(name)),
    );
    const replyToId = String(body.replyToId);
    return {
      method: request.method,
      path: request.path.replace(`/${replyToId}`, "/{replyToId}"),
      headers,
      body: request.body.replace(replyToId, "{replyToId}"),
    };
  }

  it("posts the card as the adapter's continueConversationAsync posts it, and returns the activity id Teams gave it", async () => {
    const sender = createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger });
    const receipt = await sender.send(target(), CARD, "Neue Frage");
    const adapterActivityId = await sendThroughAdapter();

    expect(received).toHaveLength(2);
    const [fromSender, fromAdapter] = received.map(comparable);
    expect(fromSender).toEqual(fromAdapter);
    expect(fromSender?.path).toBe("/v3/conversations/a%3Apersonal-anna/activities/{replyToId}");
    expect(receipt).toEqual({ activityId: "activity-1" });
    expect(adapterActivityId).toBe("activity-2");
  });

  it("replies to a new made-up id with every card, as the adapter's continuation events had", async () => {
    const sender = createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger });
    await sender.send(target(), CARD, "Neue Frage");
    await sender.send(target(), CARD, "Neue Frage");

    const replyToIds = received.map((request) => (JSON.parse(request.body) as { replyToId?: unknown }).replyToId);
    expect(replyToIds).toHaveLength(2);
    expect(replyToIds[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(replyToIds[1]).not.toBe(replyToIds[0]);
  });
});
