/**
 * Proactive sends through the Bot Framework's connector client: into the member's stored
 * conversation, or through the adapter's `createConversationAsync` when only their ids are known.
 *
 * Its connector clients do not retry: the SDK's retry policy would sleep through a 429's
 * Retry-After (blocking the worker for real seconds) and resend 5xx on its own, hidden from our
 * attempt count. The worker decides about every retry.
 */
import { randomUUID } from "node:crypto";
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from "botbuilder";
import { AuthenticationConstants, ClaimsIdentity } from "botframework-connector";
import type { AdaptiveCard } from "../../cards";
import type { Logger } from "../logger";
import { replyToActivity } from "./connector-reply";
import type { ProactiveSender, SendTarget } from "./proactive-sender";
import { SendTimeoutError } from "./send-errors";

/** The Bot Connector's audience for tokens the bot sends with (public cloud). */
const CONNECTOR_AUDIENCE = "https://api.botframework.com";
/** Name of @azure/core-rest-pipeline's retry policy in the connector client's pipeline. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";
export const DEFAULT_SEND_TIMEOUT_MS = 30_000;

/** The bot's identity for outgoing calls (the endpoint's BotCredentials fit). */
export interface SenderCredentials {
  appId?: string;
  appPassword?: string;
  appType: "SingleTenant" | "UserAssignedMSI" | "MultiTenant";
  tenantId?: string;
}

export interface TeamsSenderOptions {
  logger: Logger;
  timeoutMs?: number;
}

export function createTeamsSender(credentials: SenderCredentials, options: TeamsSenderOptions): ProactiveSender {
  const appId = credentials.appId ?? "";
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: credentials.appPassword ?? "",
    // Without an app id (local mode) botbuilder only accepts the legacy "MultiTenant" type.
    MicrosoftAppType: credentials.appId ? credentials.appType : "MultiTenant",
    MicrosoftAppTenantId: credentials.tenantId ?? "",
  });
  let hasWarned = false;
  const createFactory = authentication.createConnectorFactory.bind(authentication);
  /**
   * One connector client per service URL and audience for the sender's life, rather than the
   * adapter's new client (HTTP pipeline, connection pool) for every proactive send: a fan-out
   * sends thousands of cards to a few regional service URLs. The client's credentials renew
   * their token themselves when it expires. All sends go out as the one bot identity.
   */
  const clients = new Map<string, ReturnType<ReturnType<typeof createFactory>["create"]>>();
  authentication.createConnectorFactory = (claims) => ({
    create(serviceUrl: string, audience?: string) {
      const key = `${serviceUrl} ${audience ?? ""}`;
      let client = clients.get(key);
      if (!client) {
        client = createFactory(claims)
          .create(serviceUrl, audience)
          .then((created) => {
            if (!removeSdkRetries(created) && !hasWarned) {
              hasWarned = true; // botbuilder changed shape: sends still work, with the SDK's retries
              options.logger.warn("delivery.sdk_retries_active", { component: "teams-sender" });
            }
            return created;
          });
        // A client that could not be created is not kept: the next send tries again.
        client.catch(() => clients.delete(key));
        clients.set(key, client);
      }
      return client;
    },
  });
  /** The adapter asks for a user token client per send; proactive sends never use it. */
  const createUserTokenClient = authentication.createUserTokenClient.bind(authentication);
  let userTokenClient: ReturnType<typeof createUserTokenClient> | undefined;
  authentication.createUserTokenClient = (claims) => {
    userTokenClient ??= createUserTokenClient(claims);
    userTokenClient.catch(() => (userTokenClient = undefined));
    return userTokenClient;
  };
  const adapter = new CloudAdapter(authentication);
  /** The bot's claims as `continueConversationAsync` makes them: the connector factory takes the app id from them. */
  const botClaims = new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: appId },
    { type: AuthenticationConstants.AppIdClaim, value: appId },
  ]);
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;

  return {
    send(target, card, summary) {
      const activity = {
        type: "message",
        summary,
        attachments: [CardFactory.adaptiveCard(card satisfies AdaptiveCard)],
      };
      const { conversation } = target;
      const conversationId = conversation.conversationId;
      if (conversationId) {
        return withTimeout(timeoutMs, async () => {
          const client = await authentication.createConnectorFactory(botClaims).create(conversation.serviceUrl);
          const continued = continuationOf(target, conversationId, activity);
          return { activityId: await replyToActivity(client, conversationId, continued) };
        });
      }
      return withTimeout(timeoutMs, async () => {
        let activityId: string | undefined;
        let createdConversationId: string | undefined;
        const parameters = {
          isGroup: false,
          bot: { id: conversation.botId, name: conversation.botName ?? "" },
          members: [{ id: target.userId, name: "" }],
          tenantId: conversation.tenantId,
          channelData: { tenant: { id: conversation.tenantId } },
        };
        await adapter.createConversationAsync(
          appId,
          conversation.channelId,
          conversation.serviceUrl,
          CONNECTOR_AUDIENCE,
          parameters,
          async (context) => {
            createdConversationId = context.activity.conversation.id;
            activityId = (await context.sendActivity(activity))?.id;
          },
        );
        return { activityId, createdConversationId };
      });
    },
  };
}

/**
 * The activity as `continueConversationAsync` sent it, without its turn: the adapter made up a
 * continuation event (a fresh id), and its turn context sent the card as a reply to that event.
 * Teams receives the same request as before, without the turn's claims, turn context and
 * middleware run, about a fifth of the CPU a card cost on its way through the Bot Framework.
 * Its keys are in the order of the SDK's Activity model, as its mapper wrote them (connector-reply.ts).
 */
function continuationOf(
  { userId, conversation }: SendTarget,
  conversationId: string,
  { summary, attachments }: Pick<Activity, "summary" | "attachments">,
): Partial<Activity> & { replyToId: string } {
  return {
    type: "message",
    serviceUrl: conversation.serviceUrl,
    channelId: conversation.channelId,
    from: { id: conversation.botId, name: conversation.botName ?? "" },
    conversation: {
      isGroup: false,
      conversationType: "personal",
      id: conversationId,
      name: "",
      tenantId: conversation.tenantId,
    },
    recipient: { id: userId, name: "" },
    summary,
    attachments,
    replyToId: randomUUID(),
  };
}

/** Reaches into the connector client for its pipeline; false when the shape is not what we know. */
function removeSdkRetries(client: unknown): boolean {
  const inner = (client as { client?: { pipeline?: { removePolicy?: (options: { name: string }) => unknown[] } } })
    .client;
  const removePolicy = inner?.pipeline?.removePolicy;
  if (typeof removePolicy !== "function") return false;
  removePolicy.call(inner?.pipeline, { name: SDK_RETRY_POLICY });
  return true;
}

/** A connector that never answers must not hold the worker past its lease. */
async function withTimeout<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError()), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
