/** What a quality officer asked to export: areas, period, formats, attribution, drafting mode, language. */
import { z } from "zod";
import { conversationRefSchema } from "./member";
import { isoDateSchema } from "./org-config";
import { areaIdSchema, localeSchema } from "./quality-models";

/** "bundle": the Datenpaket, the organisation's answers as JSON for `npm run draft` (docs/drafts.md). */
const DRAFT_FORMATS = ["docx", "markdown", "bundle"] as const;
const DRAFT_MODES = ["structured", "llm"] as const;
/** "working": with sources and points to clarify; "reviewer": the copy for the Gutachter, without them. */
export const DRAFT_VARIANTS = ["working", "reviewer"] as const;

export const draftRequestSchema = z
  .object({
    areas: z.array(areaIdSchema).min(1).max(11),
    from: isoDateSchema,
    to: isoDateSchema,
    formats: z.array(z.enum(DRAFT_FORMATS)).min(1).max(DRAFT_FORMATS.length),
    attribution: z.enum(["pseudonymous", "named"]),
    mode: z.enum(DRAFT_MODES),
    /** Absent: "working" (and in jobs recorded before the reviewer's copy was offered). */
    variant: z.enum(DRAFT_VARIANTS).optional(),
    locale: localeSchema,
    /** Where to say "ready" when the draft is finished after the turn. */
    conversation: conversationRefSchema,
    timeZone: z.string().min(1),
  })
  .refine((request) => request.from <= request.to, {
    message: "the period must end on or after its start",
    path: ["to"],
  });
export type DraftRequest = z.infer<typeof draftRequestSchema>;
export type DraftFormat = DraftRequest["formats"][number];

/** True when the request asks for a draft (Word or Markdown), not only for the Datenpaket. */
export const asksForDraft = (request: Pick<DraftRequest, "formats">): boolean =>
  request.formats.some((format) => format !== "bundle");
