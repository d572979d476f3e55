/**
 * One area × dimension through the LLM: a rejected reply (malformed, uncited or citing unknown ids)
 * is retried once, a 429 is waited out once as Retry-After asks; anything else gives up.
 */
import type { Locale } from "../../domain/quality-models";
import type { DraftParagraph } from "../draft";
import type { FallbackReason } from "../draft-texts";
import type { ChatClient, ChatMessage } from "./chat-client";
import { checkLlmOutput, LLM_OUTPUT_JSON_SCHEMA, LLM_OUTPUT_SCHEMA_NAME, type OutputProblem } from "./llm-output";
import { correctionMessage } from "./block-prompt";

export type BlockOutcome =
  { isDrafted: true; paragraphs: DraftParagraph[] } | { isDrafted: false; reason: FallbackReason };

export interface BlockCallOptions {
  locale: Locale;
  wait: (ms: number) => Promise<void>;
  defaultRetryAfterMs: number;
  maxRetryAfterMs: number;
}

const MAX_ATTEMPTS = 2;

export async function draftBlock(
  chat: ChatClient,
  messages: ChatMessage[],
  sentIds: ReadonlySet<string>,
  options: BlockCallOptions,
): Promise<BlockOutcome> {
  let conversation = messages;
  let hasWaited = false;
  let lastProblem: OutputProblem = "citations";
  for (let attempt = 0; attempt < MAX_ATTEMPTS;) {
    const outcome = await chat.complete({
      messages: conversation,
      schemaName: LLM_OUTPUT_SCHEMA_NAME,
      schema: LLM_OUTPUT_JSON_SCHEMA,
    });
    if (outcome.kind === "timeout" || outcome.kind === "failed") return { isDrafted: false, reason: outcome.kind };
    if (outcome.kind === "rateLimited") {
      const delay = outcome.retryAfterMs ?? options.defaultRetryAfterMs;
      if (hasWaited || delay > options.maxRetryAfterMs) return { isDrafted: false, reason: "rateLimited" };
      hasWaited = true;
      await options.wait(delay);
      continue;
    }
    const checked = checkLlmOutput(outcome.content, sentIds);
    if (checked.isAccepted) return { isDrafted: true, paragraphs: checked.paragraphs };
    lastProblem = checked.problem;
    conversation = [...messages, correctionMessage(options.locale, checked.detail)];
    attempt += 1;
  }
  return { isDrafted: false, reason: lastProblem };
}
