/** A staff member's answer to one prompt, with its edit history. */
import { z } from "zod";
import { areaIdSchema, dimensionIdSchema, modelIdSchema } from "./quality-models";

export const ANSWER_MAX_LENGTH = 4000;
export const EVIDENCE_MAX_LENGTH = 500;

export const answerRevisionSchema = z.object({
  text: z.string(),
  evidence: z.string().optional(),
  /** When this (earlier) wording was replaced. */
  replacedAt: z.string(),
});

export const answerSchema = z.object({
  orgId: z.string().min(1),
  /** Derived from the prompt instance and the member: a retried submit converges on one answer. */
  answerId: z.string().min(1),
  /** The delivery (scheduled) or card (on demand) the answer belongs to. */
  promptInstanceId: z.string().min(1),
  memberId: z.string().min(1),
  promptId: z.string().min(1),
  model: modelIdSchema,
  area: areaIdSchema,
  dimension: dimensionIdSchema,
  part: z.enum(["11a", "11b"]).optional(),
  /** The member's group when answering; group figures stay right after a change of group. */
  group: z.string().optional(),
  text: z.string().min(1).max(ANSWER_MAX_LENGTH),
  evidence: z.string().max(EVIDENCE_MAX_LENGTH).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(answerRevisionSchema).default([]),
});
export type Answer = z.infer<typeof answerSchema>;

/** Why a submitted text was refused, for a friendly message on the card. */
export type AnswerTextProblem = "empty" | "tooLong" | "controlCharacters";

// Tabs and line breaks are fine in an answer; other control characters are not.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/;

export function checkAnswerText(text: string, maxLength = ANSWER_MAX_LENGTH): AnswerTextProblem | undefined {
  if (text.trim().length === 0) return "empty";
  if ([...text].length > maxLength) return "tooLong";
  if (CONTROL_CHARACTERS.test(text)) return "controlCharacters";
  return undefined;
}
