/**
 * The LLM drafter for the configured provider: OpenAI with a key, or Azure OpenAI with a key or the
 * app's managed identity. Loaded on first use, so that `openai` and `@azure/identity` are only read
 * where an LLM is configured. The bot and `npm run draft` use the same one.
 */
import type { Drafter } from "../bot/drafts";
import type { AppConfig } from "./config";

export async function createConfiguredLlmDrafter(llm: AppConfig["llm"]): Promise<Drafter> {
  const { createLlmDrafter } = await import("../bot/drafts/llm");
  if (llm.kind === "openai")
    return createLlmDrafter({ kind: "openai", apiKey: llm.apiKey, model: llm.model, baseUrl: llm.baseUrl });
  if (llm.kind !== "azure") throw new Error("no LLM configured");
  const tokenProvider = llm.apiKey
    ? undefined
    : await (async () => {
        const { DefaultAzureCredential } = await import("@azure/identity");
        const credential = new DefaultAzureCredential();
        return async () => (await credential.getToken("https://cognitiveservices.azure.com/.default")).token;
      })();
  return createLlmDrafter({
    kind: "azure",
    endpoint: llm.endpoint,
    deployment: llm.deployment,
    apiVersion: llm.apiVersion,
    apiKey: llm.apiKey,
    tokenProvider,
  });
}
