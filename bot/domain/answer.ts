/** A staff member's answer to one prompt, with its edit history. */
import { z } from "zod";
import { areaIdSchema, dimensionIdSchema, modelIdSchema } from "./quality-models";
import { REQUIREMENT_ID_MAX_LENGTH } from "./report-basis";
import { typedLineSchema, typedTextSchema } from "./typed-text";

export const ANSWER_MAX_LENGTH = 4000;
/**
 * What the card's answer field takes: far more than an answer may have, so a long paste arrives
 * whole and the bot names the limit, instead of the client cutting it at ANSWER_MAX_LENGTH unsaid.
 */
export const ANSWER_PASTE_MAX_LENGTH = 100_000;
export const EVIDENCE_MAX_LENGTH = 500;

const answerRevisionSchema = z.object({
  text: typedTextSchema(),
  evidence: typedTextSchema().optional(),
  /** When this (earlier) wording was replaced. */
  replacedAt: z.string(),
});

export const DOCUMENT_TITLE_MAX_LENGTH = 200;
export const DOCUMENT_DATE_MAX_LENGTH = 40;

/** A Nachweis named on the prompt card: what it is, when, where it is filed. */
export const evidenceDocumentSchema = z.object({
  title: typedLineSchema().min(1).max(DOCUMENT_TITLE_MAX_LENGTH),
  /** As staff write it: "14.05.2025", "03/2025", "Herbstsemester 2025". */
  date: typedLineSchema().max(DOCUMENT_DATE_MAX_LENGTH).optional(),
  /** "Qualitätshandbuch, Kap. 3", "Intranet > QM > Protokolle". */
  place: typedLineSchema().max(DOCUMENT_TITLE_MAX_LENGTH).optional(),
});
export type EvidenceDocument = z.infer<typeof evidenceDocumentSchema>;

/** A Schlussfolgerung is decided, or a proposal that feeds QB 11. */
export const conclusionStatusSchema = z.enum(["decided", "proposal"]);
export type ConclusionStatus = z.infer<typeof conclusionStatusSchema>;

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
  /** Normalised where it is stored (and read): no controls, non-characters or lone surrogates, "\n" line breaks. */
  text: typedTextSchema().min(1).max(ANSWER_MAX_LENGTH),
  evidence: typedTextSchema().max(EVIDENCE_MAX_LENGTH).optional(),
  /** Nachweise named in their own fields on the card (Ergebnisse). */
  documents: z.array(evidenceDocumentSchema).max(10).optional(),
  /** Schlussfolgerungen: marked on the card. */
  status: conclusionStatusSchema.optional(),
  /**
   * The organisation's requirements whose tags named this answer's prompt when it was saved
   * (the "grundlagen" list); drafts file the answer under the first that still exists.
   */
  requirementIds: z.array(z.string().min(1).max(REQUIREMENT_ID_MAX_LENGTH)).max(20).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(answerRevisionSchema).default([]),
});
export type Answer = z.infer<typeof answerSchema>;

/** Why a submitted text was refused, for a friendly message on the card. */
export type AnswerTextProblem = "empty" | "tooLong";

/** `text` as normalised by `normaliseTypedText` (control characters are removed there, not refused). */
export function checkAnswerText(text: string, maxLength = ANSWER_MAX_LENGTH): AnswerTextProblem | undefined {
  if (text.trim().length === 0) return "empty";
  if ([...text].length > maxLength) return "tooLong";
  return undefined;
}
