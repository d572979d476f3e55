/** The one place that imports `openai`: a chat client for OpenAI or Azure OpenAI (key or managed identity). */
import OpenAI, { APIConnectionTimeoutError, APIError, AzureOpenAI } from "openai";
import type { ChatClient, ChatOutcome } from "./chat-client";
import type { LlmSettings } from "./llm-settings";

const SDK_TIMEOUT_MARGIN_MS = 5_000;

export function createOpenAiChatClient(settings: LlmSettings, timeoutMs: number): ChatClient {
  // The drafter decides about retries itself (one retry on bad output, one wait on 429). The SDK's
  // own timeout is only a backstop: our abort signal tells a timeout apart from a dropped connection
  // regardless of how the runtime's fetch reports the abort.
  const common = { timeout: timeoutMs + SDK_TIMEOUT_MARGIN_MS, maxRetries: 0 };
  const client = settings.kind === "openai" ? openAiClient(settings, common) : azureClient(settings, common);
  const model = settings.kind === "openai" ? settings.model : settings.deployment;
  return {
    async complete(request) {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), timeoutMs);
      try {
        const completion = await client.chat.completions.create(
          {
            model,
            messages: request.messages,
            response_format: {
              type: "json_schema",
              json_schema: { name: request.schemaName, strict: true, schema: request.schema },
            },
          },
          { signal: deadline.signal },
        );
        return { kind: "content", content: completion.choices[0]?.message?.content ?? "" };
      } catch (error) {
        return deadline.signal.aborted ? { kind: "timeout" } : outcomeOf(error);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function openAiClient(
  settings: Extract<LlmSettings, { kind: "openai" }>,
  common: { timeout: number; maxRetries: number },
): OpenAI {
  return new OpenAI({ apiKey: settings.apiKey, ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}), ...common });
}

function azureClient(
  settings: Extract<LlmSettings, { kind: "azure" }>,
  common: { timeout: number; maxRetries: number },
): OpenAI {
  const credentials = settings.apiKey
    ? { apiKey: settings.apiKey }
    : settings.tokenProvider
      ? { azureADTokenProvider: settings.tokenProvider }
      : undefined;
  if (!credentials) throw new Error("Azure OpenAI needs an API key or a token provider (managed identity)");
  return new AzureOpenAI({
    endpoint: settings.endpoint,
    deployment: settings.deployment,
    apiVersion: settings.apiVersion,
    ...credentials,
    ...common,
  });
}

function outcomeOf(error: unknown): ChatOutcome {
  if (error instanceof APIConnectionTimeoutError) return { kind: "timeout" };
  if (error instanceof APIError && error.status === 429) {
    const retryAfterMs = retryAfterOf(error.headers as Headers | undefined);
    return retryAfterMs === undefined ? { kind: "rateLimited" } : { kind: "rateLimited", retryAfterMs };
  }
  if (error instanceof APIError && typeof error.status === "number") return { kind: "failed", status: error.status };
  return { kind: "failed" };
}

/** Retry-After in seconds (what OpenAI and Azure send); Azure also sends retry-after-ms. */
function retryAfterOf(headers: Headers | undefined): number | undefined {
  const milliseconds = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(milliseconds) && milliseconds > 0) return milliseconds;
  const value = headers?.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
