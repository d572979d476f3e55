/**
 * The answers bundle (issue 15, item 10): everything a draft is compiled from, as one JSON file.
 * `npm run draft` compiles it offline; the "Datenpaket" from the export card is one, pseudonymised
 * like a draft. The schema is the boundary: a bundle that does not match is refused with each bad
 * path named (docs/drafts.md describes every field).
 */
import { z } from "zod";
import {
  ANSWER_MAX_LENGTH,
  conclusionStatusSchema,
  evidenceDocumentSchema,
  EVIDENCE_MAX_LENGTH,
} from "../../domain/answer";
import { anonymityThresholdSchema } from "../../domain/org-config";
import { areaIdSchema, dimensionIdSchema, localeSchema, modelIdSchema } from "../../domain/quality-models";
import { typedLineSchema, typedTextSchema } from "../../domain/typed-text";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const daySchema = z.string().regex(DAY, "expected a date YYYY-MM-DD");
const idSchema = z.string().trim().min(1).max(200);

const bundleRequirementSchema = z.object({
  id: idSchema,
  area: areaIdSchema,
  title: typedLineSchema().min(1).max(300),
  /** Catalog prompts tagged with it: answers to them (without `requirementIds`) are filed here. */
  promptIds: z.array(idSchema).max(100).optional(),
});

const bundleGoalSchema = z.object({
  id: idSchema,
  title: typedLineSchema().min(1).max(300),
  agreedAt: daySchema,
});

const bundleOrganisationSchema = z.object({
  name: typedLineSchema().min(1).max(200),
  model: modelIdSchema,
  /** The model version as the organisation's guide names it; default the model's current one. */
  modelVersion: typedLineSchema().min(1).max(40).optional(),
  certification: z.enum(["first", "re"]),
  successDefinition: typedTextSchema().max(4000),
  locale: localeSchema,
  anonymityThreshold: anonymityThresholdSchema,
  requirements: z.array(bundleRequirementSchema).max(500).optional(),
  goals: z.array(bundleGoalSchema).max(100).optional(),
  lastWorkshopAt: daySchema.optional(),
  /** The period the report covers; default the days of the first and the last answer. */
  period: z.object({ from: daySchema, to: daySchema }).optional(),
  /**
   * Re-certification: the previous Selbstreport as text or as a .docx file (a path relative to the
   * bundle, read by `npm run draft`), and the Gutachten's notes.
   */
  previousReport: z
    .object({
      selfReportText: typedTextSchema().optional(),
      selfReportFile: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .regex(/\.docx$/i, "expected a .docx file")
        .optional(),
      reviewNotes: typedTextSchema().optional(),
    })
    .refine((report) => !(report.selfReportText && report.selfReportFile), {
      message: "give selfReportText or selfReportFile, not both",
    })
    .optional(),
});

const bundleMemberSchema = z.object({
  id: idSchema,
  /** The group's name; a member without a group has none. */
  group: typedLineSchema().min(1).max(200).optional(),
  namedAttribution: z.boolean(),
  name: typedLineSchema().min(1).max(200).optional(),
});

const bundleAnswerSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  area: areaIdSchema,
  dimension: dimensionIdSchema,
  text: typedTextSchema().max(ANSWER_MAX_LENGTH),
  /** ISO date and time. */
  createdAt: z.iso.datetime({ offset: true }),
  promptId: idSchema.optional(),
  part: z.enum(["11a", "11b"]).optional(),
  requirementIds: z.array(idSchema).max(20).optional(),
  /** Nachweise named in their own fields (title, date, where filed). */
  evidence: z.array(evidenceDocumentSchema).max(10).optional(),
  /** The free-text evidence field of the prompt card. */
  evidenceNote: typedTextSchema().max(EVIDENCE_MAX_LENGTH).optional(),
  status: conclusionStatusSchema.optional(),
});

const bundleShapeSchema = z.object({
  organisation: bundleOrganisationSchema,
  members: z.array(bundleMemberSchema),
  answers: z.array(bundleAnswerSchema),
});

const draftBundleSchema = bundleShapeSchema.superRefine((bundle, context) => {
  for (const { path, message } of crossReferenceProblems(bundle)) context.addIssue({ code: "custom", path, message });
});

interface Problem {
  path: (string | number)[];
  message: string;
}

/**
 * Ids that must be unique or must exist. Read from the raw value, so that a bundle with other
 * errors too is told about these in the same run.
 */
function crossReferenceProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const bundle = asRecord(value);
  const members = asArray(bundle.members);
  const answers = asArray(bundle.answers);
  const organisation = asRecord(bundle.organisation);
  const memberIds = new Set<unknown>();
  members.forEach((member, index) => {
    const { id } = asRecord(member);
    if (memberIds.has(id))
      problems.push({ path: ["members", index, "id"], message: `member id "${String(id)}" appears twice` });
    memberIds.add(id);
  });
  const requirementIds = new Set(asArray(organisation.requirements).map((requirement) => asRecord(requirement).id));
  const answerIds = new Set<unknown>();
  answers.forEach((raw, index) => {
    const answer = asRecord(raw);
    if (answerIds.has(answer.id))
      problems.push({ path: ["answers", index, "id"], message: `answer id "${String(answer.id)}" appears twice` });
    answerIds.add(answer.id);
    if (!memberIds.has(answer.memberId))
      problems.push({
        path: ["answers", index, "memberId"],
        message: `no member with id "${String(answer.memberId)}"`,
      });
    asArray(answer.requirementIds).forEach((id, at) => {
      if (!requirementIds.has(id))
        problems.push({
          path: ["answers", index, "requirementIds", at],
          message: `no requirement with id "${String(id)}"`,
        });
    });
    if (answer.part !== undefined && answer.area !== "strategische_entwicklungsziele")
      problems.push({
        path: ["answers", index, "part"],
        message: "a part (11a/11b) belongs to area strategische_entwicklungsziele only",
      });
  });
  const period = asRecord(organisation.period);
  if (typeof period.from === "string" && typeof period.to === "string" && period.from > period.to)
    problems.push({ path: ["organisation", "period"], message: "from is after to" });
  return problems;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export type DraftBundle = z.infer<typeof draftBundleSchema>;
export type BundleAnswer = z.infer<typeof bundleAnswerSchema>;
export type BundleMember = z.infer<typeof bundleMemberSchema>;
export type BundleOrganisation = z.infer<typeof bundleOrganisationSchema>;

export type BundleParse = { ok: true; bundle: DraftBundle } | { ok: false; problems: string[] };

/** The bundle, or one line per problem: "answers[3].memberId: no member with id "m9"". */
export function parseDraftBundle(value: unknown): BundleParse {
  const parsed = draftBundleSchema.safeParse(value);
  if (parsed.success) return { ok: true, bundle: parsed.data };
  const issues: Problem[] = parsed.error.issues.map((issue) => ({
    path: issue.path as (string | number)[],
    message: issue.message,
  }));
  // The refinement does not run when the shape is wrong: its problems are added from the raw value.
  const refined = parsed.error.issues.some((issue) => issue.code === "custom");
  const all = refined ? issues : [...issues, ...crossReferenceProblems(value)];
  return { ok: false, problems: all.map((problem) => `${issuePath(problem.path) || "(bundle)"}: ${problem.message}`) };
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}
