/**
 * An organisation's configuration: quality model, cycle, schedule, quiet periods, groups,
 * privacy threshold and its own definition of success. Stored by the store, edited in the
 * setup flow, read by the scheduling rules, the summary and the drafts.
 */
import { z } from "zod";
import { areaOwnerSchema, GROUP_AUDIENCES, groupAudienceSchema } from "./audience";
import { germanStateSchema, regionalHolidaySchema } from "./public-holidays";
import {
  areaIdSchema,
  AREA_IDS,
  findArea,
  localeSchema,
  modelIdSchema,
  QUALITY_MODELS,
  type AreaId,
  type Locale,
  type Localized,
} from "./quality-models";
import { typedLineSchema, typedTextSchema } from "./typed-text";

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM");
/** The end of a working window: a time of day, or "24:00" for midnight at the end of the day. */
export const windowEndSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "expected a time as HH:MM");
export const weekdaysSchema = z
  .array(z.number().int().min(1).max(7))
  .min(1)
  .max(7)
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: "unknown time zone" },
);

const localizedSchema = z.object({ de: typedLineSchema().min(1).max(200), en: typedLineSchema().min(1).max(200) });

export const FREQUENCIES = ["weekly", "biweekly", "monthly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const scheduleSchema = z.object({
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7).default(2),
  time: timeOfDaySchema.default("10:00"),
  frequency: z.enum(FREQUENCIES).default("weekly"),
  timeZone: timeZoneSchema.default("Europe/Berlin"),
});
export type Schedule = z.infer<typeof scheduleSchema>;

const QUIET_PERIOD_KINDS = ["closure", "schoolHolidays"] as const;

/** Days without prompts: a closure of the organisation, or the school holidays it entered (they cannot be computed). */
export const quietPeriodSchema = z
  .object({
    id: z.string().min(1).max(64),
    label: typedLineSchema().min(1).max(100),
    /** Absent: a closure. */
    kind: z.enum(QUIET_PERIOD_KINDS).optional(),
    from: isoDateSchema,
    /** Inclusive. */
    to: isoDateSchema,
  })
  .refine((period) => period.from <= period.to, {
    message: "a quiet period must end on or after its start",
    path: ["to"],
  });
export type QuietPeriod = z.infer<typeof quietPeriodSchema>;

const DEFAULT_WORKING_TIME = {
  weekdays: [1, 2, 3, 4, 5],
  from: "08:00",
  until: "18:00",
  regionalHolidays: [],
  catchUpDays: 2,
};

/**
 * When prompts may arrive at all: working days and hours, the public holidays of the
 * organisation's state (without a state: the nine holidays of every state), and how many
 * working days late a missed slot may still come.
 */
const workingTimeSchema = z
  .object({
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: weekdaysSchema.default([1, 2, 3, 4, 5]),
    from: timeOfDaySchema.default("08:00"),
    /** Exclusive: 18:00 means the last prompt goes out before six. */
    until: windowEndSchema.default("18:00"),
    state: germanStateSchema.optional(),
    /** Holidays of parts of the state that apply to the organisation (see public-holidays.ts). */
    regionalHolidays: z.array(regionalHolidaySchema).max(3).default([]),
    /** A slot missed by more working days than this is skipped, not caught up. */
    catchUpDays: z.number().int().min(0).max(10).default(2),
  })
  .refine((time) => time.from < time.until, { message: "working hours must end after they start", path: ["until"] });
export type WorkingTime = z.infer<typeof workingTimeSchema>;

export const groupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: typedLineSchema().min(1).max(60),
  /** The quality areas this group is asked about. */
  areas: z.array(areaIdSchema).min(1),
  /**
   * Whose prompts its members get besides those for everyone (see audience.ts); absent in
   * groups stored before audiences existed: DEFAULT_GROUP_AUDIENCES.
   */
  audiences: z
    .array(groupAudienceSchema)
    .max(GROUP_AUDIENCES.length)
    .transform((audiences) => GROUP_AUDIENCES.filter((audience) => audiences.includes(audience)))
    .optional(),
});
export type Group = z.infer<typeof groupSchema>;

const cycleSchema = z
  .object({
    /** First certification or re-certification (Retestierung: QB 11 has parts 11a and 11b). */
    kind: z.enum(["first", "recertification"]).default("first"),
    start: isoDateSchema,
    selfReportDue: isoDateSchema,
    /** When the current Testat expires (re-certification) or is expected to (first). */
    testatExpiry: isoDateSchema.optional(),
  })
  .refine((cycle) => cycle.start < cycle.selfReportDue, {
    message: "the self-report is due after the cycle starts",
    path: ["selfReportDue"],
  });
export type Cycle = z.infer<typeof cycleSchema>;

const coverageThresholdsSchema = z
  .object({
    /** Fewer answers than this: "thin"; zero: "none". */
    enoughAnswers: z.number().int().min(1).max(100).default(3),
    /** … and from at least this many different people. */
    enoughContributors: z.number().int().min(1).max(100).default(2),
  })
  .default({ enoughAnswers: 3, enoughContributors: 2 });

export const anonymityThresholdSchema = z.number().int().min(2).max(50);

export const orgConfigSchema = z.object({
  orgId: z.string().min(1),
  name: typedLineSchema().max(120).default(""),
  model: modelIdSchema,
  modelVersion: z.string().trim().min(1).max(40),
  cycle: cycleSchema,
  schedule: scheduleSchema,
  quietPeriods: z.array(quietPeriodSchema).max(100).default([]),
  workingTime: workingTimeSchema.default(DEFAULT_WORKING_TIME),
  groups: z.array(groupSchema).min(1).max(30),
  anonymityThreshold: anonymityThresholdSchema.default(5),
  defaultLocale: localeSchema.default("de"),
  /** The organisation's own definition of successful learning / counselling / service. */
  successDefinition: typedTextSchema().trim().max(2000).default(""),
  /**
   * What the organisation calls the people it serves, in the plural without an article
   * ("Teilnehmende", "Kundinnen und Kunden"); absent: the model's word (QualityModel.servedTerm).
   */
  servedTerm: localizedSchema.optional(),
  /** Who answers each area's fact prompts; an area not named here: DEFAULT_AREA_OWNER. */
  areaOwners: z.partialRecord(areaIdSchema, areaOwnerSchema).optional(),
  /** Items the reference marks unverified, as this organisation's guide words them. */
  overrides: z
    .object({
      areaNames: z.partialRecord(areaIdSchema, localizedSchema).default({}),
      successDefinitionTerm: localizedSchema.optional(),
    })
    .default({ areaNames: {} }),
  coverageThresholds: coverageThresholdsSchema,
  /** Do not ask a person the same prompt again within this many days. */
  repeatAfterDays: z.number().int().min(7).max(1461).default(182),
  /** One gentle reminder this many hours after an unanswered prompt. */
  reminderAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48),
  retention: z
    .object({
      /** Answers are kept until the Testat expires plus this many years. */
      answerGraceYears: z.number().int().min(0).max(10).default(5),
      exportDays: z.number().int().min(1).max(90).default(7),
      auditYears: z.number().int().min(1).max(10).default(6),
    })
    .default({ answerGraceYears: 5, exportDays: 7, auditYears: 6 }),
  setupCompletedAt: z.string().optional(),
  updatedAt: z.string(),
});
export type OrgConfig = z.infer<typeof orgConfigSchema>;
export type OrgConfigInput = z.input<typeof orgConfigSchema>;

const ALL_AREAS: AreaId[] = [...AREA_IDS];

/**
 * Sensible starting groups: leadership is asked about everything and gets the management
 * prompts, the others are asked about their part, with the prompts for their kind of work.
 */
export function defaultGroups(): Group[] {
  return [
    { id: "leitung", name: "Leitung", areas: ALL_AREAS, audiences: ["management"] },
    {
      id: "paedagogik",
      name: "Pädagogik / Beratung",
      areas: [
        "leitbild",
        "bedarfserschliessung",
        "kernprozess",
        "evaluation",
        "kundenkommunikation",
        "infrastruktur",
        "personal",
      ],
      audiences: ["pedagogical"],
    },
    {
      id: "verwaltung",
      name: "Verwaltung",
      areas: ["leitbild", "schluesselprozesse", "infrastruktur", "controlling", "kundenkommunikation"],
      audiences: ["administration"],
    },
  ];
}

/** What the organisation calls the people it serves: its own setting, else its model's word. */
export function servedTermOf(config: Pick<OrgConfig, "model" | "servedTerm">): Localized {
  return config.servedTerm ?? QUALITY_MODELS[config.model].servedTerm;
}

/** The organisation's name for an area, where it overrode an unverified one. */
export function areaNameOverride(config: Pick<OrgConfig, "overrides">, area: AreaId): Localized | undefined {
  return config.overrides.areaNames[area];
}

/** An area's name as the organisation reads it: its override, else the model's name. */
export function areaNameIn(config: Pick<OrgConfig, "model" | "overrides">, area: AreaId, locale: Locale): string {
  return areaNameOverride(config, area)?.[locale] ?? findArea(config.model, area).name[locale];
}
