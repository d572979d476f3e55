/**
 * The Bot Framework side of `POST /api/messages`: a CloudAdapter with authentication (on when
 * an app id is configured), and a function that processes one already-parsed request body.
 * functions/ adapts the Azure Functions request to this plain shape.
 */
import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import type { Logger } from "./logger";
import type { ReflectionBot } from "./reflection-bot";
import { TURN_RECEIVED_AT } from "./turn-gate";

export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  appType: "SingleTenant" | "UserAssignedMSI" | "MultiTenant";
  tenantId?: string;
  /** Where the channel's signing keys are published; overridden for sovereign clouds and tests. */
  openIdMetadataUrl?: string;
}

interface BotHttpRequest {
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  /** `performance.now()` when the request arrived: the turn gate counts a turn's wait from there. */
  receivedAt?: number;
}

interface BotHttpResponse {
  status: number;
  body?: unknown;
}

export interface BotEndpoint {
  process(request: BotHttpRequest): Promise<BotHttpResponse>;
  adapter: CloudAdapter;
}

/**
 * Bot Framework's public-cloud settings (botframework-connector's AuthenticationConstants).
 * botbuilder reads one overridden endpoint as "all endpoints configured", so overriding the
 * OpenID metadata URL alone would leave the token issuer undefined and refuse every token.
 */
const PUBLIC_CLOUD_ENDPOINTS = {
  ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
  ToChannelFromBotOAuthScope: "https://api.botframework.com",
  ToBotFromChannelTokenIssuer: "https://api.botframework.com",
  OAuthUrl: "https://api.botframework.com",
  ToBotFromEmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
};

export function createBotEndpoint(bot: ReflectionBot, credentials: BotCredentials, logger: Logger): BotEndpoint {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: credentials.appId ?? "",
    MicrosoftAppPassword: credentials.appPassword ?? "",
    // Without an app id (local mode) botbuilder only accepts the legacy "MultiTenant" type.
    MicrosoftAppType: credentials.appId ? credentials.appType : "MultiTenant",
    MicrosoftAppTenantId: credentials.tenantId ?? "",
    ...(credentials.openIdMetadataUrl
      ? { ...PUBLIC_CLOUD_ENDPOINTS, ToBotFromChannelOpenIdMetadataUrl: credentials.openIdMetadataUrl }
      : {}),
  };
  const authentication = new ConfigurationBotFrameworkAuthentication(options);
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = (_context, error) => {
    // Last resort: the bot handles its own errors; this only sees failures while sending them.
    logger.error("adapter.turn_error", { code: "INTERNAL", reason: error instanceof Error ? error.name : "unknown" });
    return Promise.resolve();
  };

  /**
   * CloudAdapter answers 401 only for botbuilder's AuthenticationError; a forged signature,
   * an unsigned or a not-yet-valid token throw jsonwebtoken errors that it answers with 500.
   */
  const isAuthentic = async (request: BotHttpRequest): Promise<boolean> => {
    try {
      await authentication.authenticateRequest(
        request.body as Partial<Activity> as Activity,
        request.headers.authorization ?? "",
      );
      return true;
    } catch (error) {
      logger.warn("auth.refused", { reason: error instanceof Error ? error.name : "unknown" });
      return false;
    }
  };

  return {
    adapter,
    async process(request) {
      if (credentials.appId && !(await isAuthentic(request))) return { status: 401, body: "Unauthorized" };
      let status = 200;
      let body: unknown;
      const response = {
        socket: undefined,
        status(code: number) {
          status = code;
        },
        header() {
          /* CloudAdapter sets no headers we need to forward */
        },
        send(sent?: unknown) {
          body = sent;
        },
        end() {
          /* collected above */
        },
      };
      await adapter.process(request, response, (context) => {
        context.turnState.set(TURN_RECEIVED_AT, request.receivedAt);
        return bot.run(context);
      });
      return { status, body };
    },
  };
}
