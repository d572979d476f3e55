/** How to reach the LLM (OpenAI or Azure OpenAI) and how patient to be with it. */

export type LlmSettings =
  | { kind: "openai"; apiKey: string; model: string; baseUrl?: string }
  | {
      kind: "azure";
      endpoint: string;
      deployment: string;
      apiVersion: string;
      apiKey?: string;
      /** Managed identity: the composition root passes a token provider built from @azure/identity. */
      tokenProvider?: () => Promise<string>;
    };

export interface LlmDrafterOptions {
  /** Per call; default 60 s. */
  timeoutMs?: number;
  /** Estimated input tokens of staff statements per area; default 6,000. */
  maxInputTokensPerArea?: number;
  /** Areas drafted at the same time; default 3. */
  concurrency?: number;
  /** A 429 asking to wait longer than this is not waited for; default 60 s. */
  maxRetryAfterMs?: number;
  /** Injected so tests can see the wait without sleeping. */
  wait?: (ms: number) => Promise<void>;
}

export const LLM_DEFAULTS = {
  timeoutMs: 60_000,
  maxInputTokensPerArea: 6_000,
  concurrency: 3,
  maxRetryAfterMs: 60_000,
  /** Used when a 429 carries no Retry-After. */
  retryAfterMs: 1_000,
} as const;
