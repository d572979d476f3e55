/**
 * The structured output asked of the LLM, and the check that decides whether to use it:
 * well-formed, and every sentence cites at least one statement id — only ids that were sent.
 */
import { z } from "zod";
import type { DraftParagraph } from "../draft";

const llmOutputSchema = z.object({
  paragraphs: z.array(
    z.object({
      sentences: z.array(z.object({ text: z.string(), answerIds: z.array(z.string()) })),
    }),
  ),
});

export const LLM_OUTPUT_SCHEMA_NAME = "draft_paragraphs";

/** The same shape for response_format (strict mode wants every property required and nothing extra). */
export const LLM_OUTPUT_JSON_SCHEMA: Record<string, unknown> = {
  type: "object",
  additionalProperties: false,
  required: ["paragraphs"],
  properties: {
    paragraphs: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["sentences"],
        properties: {
          sentences: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["text", "answerIds"],
              properties: { text: { type: "string" }, answerIds: { type: "array", items: { type: "string" } } },
            },
          },
        },
      },
    },
  },
};

export type OutputProblem = "malformed" | "citations";

export type CheckedOutput =
  { isAccepted: true; paragraphs: DraftParagraph[] } | { isAccepted: false; problem: OutputProblem; detail: string };

export function checkLlmOutput(content: string, sentIds: ReadonlySet<string>): CheckedOutput {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { isAccepted: false, problem: "malformed", detail: "the reply is not JSON" };
  }
  const parsed = llmOutputSchema.safeParse(json);
  if (!parsed.success)
    return { isAccepted: false, problem: "malformed", detail: "the reply does not match the schema" };
  const paragraphs: DraftParagraph[] = [];
  for (const paragraph of parsed.data.paragraphs) {
    const statements = [];
    for (const sentence of paragraph.sentences) {
      const text = sentence.text.trim();
      if (!text) continue;
      const ids = [...new Set(sentence.answerIds.map((id) => id.trim()))];
      if (ids.length === 0) return { isAccepted: false, problem: "citations", detail: "a sentence cites no statement" };
      const unknown = ids.filter((id) => !sentIds.has(id));
      if (unknown.length > 0)
        return { isAccepted: false, problem: "citations", detail: `unknown ids: ${unknown.join(", ")}` };
      statements.push({ kind: "statement" as const, text, sourceKeys: ids });
    }
    if (statements.length > 0) paragraphs.push({ statements });
  }
  if (paragraphs.length === 0) return { isAccepted: false, problem: "malformed", detail: "the reply has no sentences" };
  return { isAccepted: true, paragraphs };
}
