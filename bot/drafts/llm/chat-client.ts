/** What the drafter needs from a chat completion API, without any SDK type. */

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

interface ChatRequest {
  messages: ChatMessage[];
  /** JSON schema for structured output (response_format json_schema, strict). */
  schemaName: string;
  schema: Record<string, unknown>;
}

export type ChatOutcome =
  | { kind: "content"; content: string }
  | { kind: "rateLimited"; retryAfterMs?: number }
  | { kind: "timeout" }
  | { kind: "failed"; status?: number };

export interface ChatClient {
  complete(request: ChatRequest): Promise<ChatOutcome>;
}
