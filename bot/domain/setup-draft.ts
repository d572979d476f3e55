/**
 * The setup flow's work in progress: what quality officers entered so far, kept between the
 * steps (and across lost cards and two officers at once), and how it becomes an OrgConfig.
 */
import { z } from "zod";
import { areaOwnerSchema } from "./audience";
import { addMonths } from "./calendar";
import {
  anonymityThresholdSchema,
  defaultGroups,
  groupSchema,
  isoDateSchema,
  orgConfigSchema,
  quietPeriodSchema,
  scheduleSchema,
  type OrgConfig,
  type OrgConfigInput,
} from "./org-config";
import { areaIdSchema, localeSchema, modelIdSchema, QUALITY_MODELS, type ModelId } from "./quality-models";

export const SETUP_STEPS = ["cycle", "schedule", "quietPeriods", "groups", "owners", "details", "summary"] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];
export const SETUP_STEP_COUNT = SETUP_STEPS.length;

/** Steps are numbered for people (1 … 7); anything else is clamped. */
export function setupStepAt(number: number): SetupStep {
  const index = Math.min(SETUP_STEP_COUNT, Math.max(1, Math.trunc(number) || 1)) - 1;
  return SETUP_STEPS[index] ?? "cycle";
}

export function setupStepNumber(step: SetupStep): number {
  return SETUP_STEPS.indexOf(step) + 1;
}

export const setupDraftSchema = z.object({
  orgId: z.string().min(1),
  model: modelIdSchema,
  modelVersion: z.string().max(40),
  cycle: z.object({
    kind: z.enum(["first", "recertification"]),
    start: isoDateSchema,
    selfReportDue: isoDateSchema,
    testatExpiry: isoDateSchema.optional(),
  }),
  schedule: scheduleSchema,
  quietPeriods: z.array(quietPeriodSchema).max(100),
  groups: z.array(groupSchema).min(1).max(30),
  /** Who answers each area's fact prompts; absent areas: the quality officers. */
  areaOwners: z.partialRecord(areaIdSchema, areaOwnerSchema).optional(),
  anonymityThreshold: anonymityThresholdSchema,
  defaultLocale: localeSchema,
  successDefinition: z.string().max(2000),
  /**
   * The definition as it stood before a change of quality model emptied the field, shown
   * beside it so nothing typed is lost (each model words its definition differently).
   */
  previousSuccessDefinition: z.string().max(2000).optional(),
  /** The organisation's word for the people it serves; absent: the model's (QualityModel.servedTerm). */
  servedTerm: z.object({ de: z.string().min(1).max(60), en: z.string().min(1).max(60) }).optional(),
  name: z.string().max(120),
  /** The stored configuration this draft edits: its ETag guards the save, its model names what changes. */
  base: z.object({ etag: z.string().min(1), model: modelIdSchema }).optional(),
  /** Where the officers left off (1 … 7). */
  step: z.number().int().min(1).max(SETUP_STEP_COUNT),
  startedAt: z.string(),
  updatedAt: z.string(),
  /** Member id of whoever saved the draft last. */
  updatedBy: z.string().min(1),
});
export type SetupDraft = z.infer<typeof setupDraftSchema>;

/** The first draft of an organisation that is not set up: sensible defaults throughout. */
export function newSetupDraft(orgId: string, today: string, memberId: string, now: Date): SetupDraft {
  const timestamp = now.toISOString();
  return {
    orgId,
    model: "lqw",
    // No default: the organisation names the version of the Leitfaden it actually uses.
    modelVersion: "",
    // A first certification's quality-development phase takes about a year.
    cycle: { kind: "first", start: today, selfReportDue: addMonths(today, 12) },
    schedule: scheduleSchema.parse({}),
    quietPeriods: [],
    groups: defaultGroups(),
    anonymityThreshold: 5,
    defaultLocale: "de",
    successDefinition: "",
    name: "",
    step: 1,
    startedAt: timestamp,
    updatedAt: timestamp,
    updatedBy: memberId,
  };
}

/** A draft that starts from the stored configuration (changing it later in the cycle). */
export function setupDraftFromConfig(config: OrgConfig, etag: string, memberId: string, now: Date): SetupDraft {
  const timestamp = now.toISOString();
  return {
    orgId: config.orgId,
    model: config.model,
    modelVersion: config.modelVersion,
    cycle: { ...config.cycle },
    schedule: { ...config.schedule },
    quietPeriods: config.quietPeriods.map((period) => ({ ...period })),
    groups: config.groups.map((group) => ({
      ...group,
      areas: [...group.areas],
      ...(group.audiences ? { audiences: [...group.audiences] } : {}),
    })),
    ...(config.areaOwners ? { areaOwners: { ...config.areaOwners } } : {}),
    anonymityThreshold: config.anonymityThreshold,
    defaultLocale: config.defaultLocale,
    successDefinition: config.successDefinition,
    ...(config.servedTerm ? { servedTerm: { ...config.servedTerm } } : {}),
    name: config.name,
    base: { etag, model: config.model },
    step: 1,
    startedAt: timestamp,
    updatedAt: timestamp,
    updatedBy: memberId,
  };
}

/**
 * The configuration the draft describes, on top of what the setup flow does not edit (coverage
 * thresholds, retention …) from the stored one. Area-name overrides worded the old model's
 * areas, so a model change drops them. Validated by the same schema the store writes with.
 */
export function configFromDraft(draft: SetupDraft, base: OrgConfig | undefined, now: Date) {
  const isModelChanged = base !== undefined && base.model !== draft.model;
  const input: OrgConfigInput = {
    ...(base ?? {}),
    orgId: draft.orgId,
    name: draft.name,
    model: draft.model,
    modelVersion: draft.modelVersion,
    cycle: draft.cycle,
    schedule: draft.schedule,
    quietPeriods: draft.quietPeriods,
    groups: draft.groups,
    // Only what differs from the default is stored; none left removes the setting.
    areaOwners: draft.areaOwners && Object.keys(draft.areaOwners).length > 0 ? draft.areaOwners : undefined,
    anonymityThreshold: draft.anonymityThreshold,
    defaultLocale: draft.defaultLocale,
    successDefinition: draft.successDefinition,
    servedTerm: ownServedTerm(draft),
    ...(isModelChanged ? { overrides: { areaNames: {} } } : {}),
    setupCompletedAt: base?.setupCompletedAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return orgConfigSchema.safeParse(input);
}

/** The draft's word for the people served, kept only where it differs from the model's own. */
export function ownServedTerm(draft: Pick<SetupDraft, "model" | "servedTerm">): OrgConfig["servedTerm"] {
  const own = draft.servedTerm;
  const model = QUALITY_MODELS[draft.model].servedTerm;
  return own && (own.de !== model.de || own.en !== model.en) ? { de: own.de, en: own.en } : undefined;
}

/** The parts of a configuration the setup flow edits, named for the audit log and the summary. */
export const SETUP_FIELDS = [
  "model",
  "modelVersion",
  "cycle",
  "schedule",
  "quietPeriods",
  "groups",
  "areaOwners",
  "anonymityThreshold",
  "defaultLocale",
  "successDefinition",
  "servedTerm",
  "name",
] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];

/** A value as comparable text: object keys sorted, and a group's areas as a set. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => {
    if ((key === "areas" || key === "audiences") && Array.isArray(inner)) return [...(inner as string[])].sort();
    if (inner && typeof inner === "object" && !Array.isArray(inner))
      return Object.fromEntries(
        Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    return inner;
  });
}

/** Which edited parts differ between two configurations (all of them for a first setup). */
export function changedSetupFields(
  before: Pick<OrgConfig, SetupField> | undefined,
  after: Pick<OrgConfig, SetupField>,
): SetupField[] {
  if (!before) return [...SETUP_FIELDS];
  return SETUP_FIELDS.filter((field) => comparable(before[field]) !== comparable(after[field]));
}

/** What a change of quality model means for the organisation's areas and wording. */
export interface ModelChange {
  from: ModelId;
  to: ModelId;
  /** Areas whose name differs between the models; the area ids (and the groups' choices) stay. */
  renamedAreas: { number: number; from: { de: string; en: string }; to: { de: string; en: string } }[];
  successDefinitionTerm: { from: { de: string; en: string }; to: { de: string; en: string } };
}

export function modelChange(from: ModelId, to: ModelId): ModelChange | undefined {
  if (from === to) return undefined;
  const before = QUALITY_MODELS[from];
  const after = QUALITY_MODELS[to];
  const renamedAreas = after.areas.flatMap((area) => {
    const old = before.areas.find((candidate) => candidate.id === area.id);
    return old && old.name.de !== area.name.de ? [{ number: area.number, from: old.name, to: area.name }] : [];
  });
  const term = (model: typeof before) => ({ de: model.successDefinitionTerm.de, en: model.successDefinitionTerm.en });
  return { from, to, renamedAreas, successDefinitionTerm: { from: term(before), to: term(after) } };
}
