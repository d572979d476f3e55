/** A file compiled for download (a draft self-report section or a member's personal data), kept briefly. */
import { z } from "zod";
import { draftRequestSchema } from "./draft-request";

/** Base64 characters; Cosmos allows 2 MB per item, this leaves room for the rest of the record. */
export const EXPORT_CONTENT_MAX_CHARS = 1_500_000;

const EXPORT_KINDS = ["draft", "personalData"] as const;
const EXPORT_FORMATS = ["docx", "markdown", "json"] as const;
const EXPORT_STATUSES = ["pending", "ready", "failed"] as const;

export const exportRecordSchema = z.object({
  orgId: z.string().min(1),
  exportId: z.string().min(1).max(200),
  /** The member who asked for it; only they may download it. */
  requestedBy: z.string().min(1),
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(EXPORT_STATUSES),
  fileName: z.string().min(1).max(200),
  contentType: z.string().min(1).max(200),
  /** The file, base64; absent until it is ready. */
  content: z.string().max(EXPORT_CONTENT_MAX_CHARS).optional(),
  /** A file larger than one document holds is stored in parts (see ExportRepository.save). */
  partCount: z.number().int().min(1).max(200).optional(),
  /** Reason code of a failure, never message text. */
  failure: z.string().max(200).optional(),
  /** A draft job: what to compile. Its files are saved as records of their own (`fileIds`). */
  request: draftRequestSchema.optional(),
  fileIds: z.array(z.string()).optional(),
  /** A draft: the members whose answers it was compiled from ("alles löschen" names it to them). */
  citedMemberIds: z.array(z.string()).optional(),
  /** Whoever works on a pending job holds it until then; a crashed worker's job is picked up again. */
  leaseUntil: z.string().optional(),
  attempts: z.number().int().min(0).optional(),
  /** Notes for the person who asked (e.g. "the LLM draft was replaced by the structured one for QB 3"). */
  notes: z.array(z.string().max(500)).max(30).optional(),
  /** A finished draft: how many answers it used and how many cells lack statements, for the ready card shown again on a redelivery. */
  answerCount: z.number().int().min(0).optional(),
  gapCount: z.number().int().min(0).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** After this the record and its download link are gone. */
  expiresAt: z.string(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;
