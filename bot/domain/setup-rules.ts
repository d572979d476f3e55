/**
 * The rules the setup flow checks before a step is kept: dates in order and not in the past,
 * real times and time zones, unique group names, at least one area per group. Input is what a
 * person typed (strings); output is either the checked values or the problems, as codes the
 * flow words in the member's language.
 */
import {
  DEFAULT_AREA_OWNER,
  DEFAULT_GROUP_AUDIENCES,
  GROUP_AUDIENCES,
  type AreaOwner,
  type GroupAudience,
} from "./audience";
import { isKnownTimeZone } from "./calendar";
import {
  anonymityThresholdSchema,
  FREQUENCIES,
  type Frequency,
  type Group,
  type QuietPeriod,
  type Schedule,
} from "./org-config";
import { AREA_IDS, LOCALES, MODEL_IDS, QUALITY_MODELS, type AreaId, type Locale, type ModelId } from "./quality-models";
import type { SetupDraft } from "./setup-draft";
import { parseUserDate } from "./user-date";
import { spellOutUmlauts } from "./german-letters";

export const SETUP_PROBLEM_CODES = [
  "required",
  "invalidChoice",
  "invalidDate",
  "tooLong",
  "dueInPast",
  "dueBeforeStart",
  "expiryRequired",
  "expiryBeforeDue",
  "invalidTime",
  "invalidTimeZone",
  "quietEndsBeforeStart",
  "tooManyQuietPeriods",
  "duplicateGroupName",
  "noAreas",
  "lastGroup",
  "tooManyGroups",
  "thresholdRange",
  "versionForNewModel",
] as const;
export type SetupProblemCode = (typeof SETUP_PROBLEM_CODES)[number];

export interface SetupProblem {
  /** The input the problem belongs to (its id on the card). */
  field: string;
  code: SetupProblemCode;
  /** e.g. the group name that is taken twice, or a length limit. */
  params?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: SetupProblem[] };

const SETUP_LIMITS = {
  modelVersion: 40,
  quietLabel: 100,
  quietPeriods: 100,
  groupName: 60,
  groups: 30,
  successDefinition: 2000,
  orgName: 120,
  servedTerm: 60,
  thresholdMin: 2,
  thresholdMax: 50,
} as const;

function checkDate(
  field: string,
  text: string,
  today: string,
  problems: SetupProblem[],
  isRequired = true,
): string | undefined {
  if (text.trim() === "") {
    if (isRequired) problems.push({ field, code: "required" });
    return undefined;
  }
  const parsed = parseUserDate(text, today);
  if (parsed.kind === "invalid") {
    problems.push({ field, code: "invalidDate" });
    return undefined;
  }
  return parsed.isoDate;
}

function checkLength(field: string, text: string, max: number, problems: SetupProblem[], isRequired: boolean): string {
  const trimmed = text.trim();
  if (isRequired && trimmed === "") problems.push({ field, code: "required" });
  else if ([...trimmed].length > max) problems.push({ field, code: "tooLong", params: { max } });
  return trimmed;
}

function isOneOf<T extends string>(values: readonly T[], text: string): text is T {
  return (values as readonly string[]).includes(text);
}

const done = <T>(problems: SetupProblem[], value: () => T): Checked<T> =>
  problems.length > 0 ? { ok: false, problems } : { ok: true, value: value() };

/** Step 1 as typed. */
export interface CycleForm {
  model: string;
  modelVersion: string;
  cycleKind: string;
  cycleStart: string;
  selfReportDue: string;
  testatExpiry: string;
}

/**
 * Quality model, version and cycle. There is no default version: the organisation names the
 * one of the Leitfaden it uses. A changed model needs its own version, so the old one, still in
 * the field, is refused (nobody meant "LQW 2" for KQB).
 */
export function checkCycleForm(
  form: CycleForm,
  today: string,
  previous: Pick<SetupDraft, "model" | "modelVersion">,
): Checked<Pick<SetupDraft, "model" | "modelVersion" | "cycle">> {
  const problems: SetupProblem[] = [];
  const model = isOneOf(MODEL_IDS, form.model) ? form.model : undefined;
  if (!model) problems.push({ field: "model", code: "invalidChoice" });
  const modelVersion = checkLength("modelVersion", form.modelVersion, SETUP_LIMITS.modelVersion, problems, true);
  if (model && model !== previous.model && modelVersion !== "" && modelVersion === previous.modelVersion.trim())
    problems.push({
      field: "modelVersion",
      code: "versionForNewModel",
      params: { model: QUALITY_MODELS[model].abbreviation, example: QUALITY_MODELS[model].versionExample },
    });
  const kind = form.cycleKind === "first" || form.cycleKind === "recertification" ? form.cycleKind : undefined;
  if (!kind) problems.push({ field: "cycleKind", code: "invalidChoice" });
  const start = checkDate("cycleStart", form.cycleStart, today, problems);
  const selfReportDue = checkDate("selfReportDue", form.selfReportDue, today, problems);
  const testatExpiry = checkDate("testatExpiry", form.testatExpiry, today, problems, false);
  if (selfReportDue && selfReportDue < today) problems.push({ field: "selfReportDue", code: "dueInPast" });
  else if (selfReportDue && start && selfReportDue <= start)
    problems.push({ field: "selfReportDue", code: "dueBeforeStart" });
  if (kind === "recertification" && !testatExpiry && form.testatExpiry.trim() === "")
    problems.push({ field: "testatExpiry", code: "expiryRequired" });
  if (testatExpiry && selfReportDue && testatExpiry <= selfReportDue)
    problems.push({ field: "testatExpiry", code: "expiryBeforeDue" });
  return done(problems, () => ({
    model: model ?? "lqw",
    modelVersion,
    cycle: {
      kind: kind ?? "first",
      start: start ?? today,
      selfReportDue: selfReportDue ?? today,
      ...(testatExpiry ? { testatExpiry } : {}),
    },
  }));
}

/** Step 2 as typed. */
export interface ScheduleForm {
  weekday: string;
  time: string;
  frequency: string;
  timeZone: string;
}

/** "9:30", "09:30" and "09:30:00" (some clients send seconds) are the same time. */
export function normalizeTimeOfDay(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

export function checkScheduleForm(form: ScheduleForm): Checked<Schedule> {
  const problems: SetupProblem[] = [];
  const weekday = Number(form.weekday);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
    problems.push({ field: "weekday", code: "invalidChoice" });
  const time = normalizeTimeOfDay(form.time);
  if (!time) problems.push({ field: "time", code: form.time.trim() === "" ? "required" : "invalidTime" });
  const frequency = isOneOf<Frequency>(FREQUENCIES, form.frequency) ? form.frequency : undefined;
  if (!frequency) problems.push({ field: "frequency", code: "invalidChoice" });
  const timeZone = form.timeZone.trim();
  if (timeZone === "") problems.push({ field: "timeZone", code: "required" });
  else if (!isKnownTimeZone(timeZone)) problems.push({ field: "timeZone", code: "invalidTimeZone" });
  return done(problems, () => ({ weekday, time: time ?? "10:00", frequency: frequency ?? "weekly", timeZone }));
}

/** A new quiet period as typed. */
export interface QuietPeriodForm {
  quietLabel: string;
  quietFrom: string;
  quietTo: string;
}

export function checkQuietPeriodForm(
  form: QuietPeriodForm,
  existing: readonly QuietPeriod[],
  today: string,
): Checked<QuietPeriod> {
  const problems: SetupProblem[] = [];
  if (existing.length >= SETUP_LIMITS.quietPeriods)
    problems.push({ field: "quietLabel", code: "tooManyQuietPeriods", params: { max: SETUP_LIMITS.quietPeriods } });
  const label = checkLength("quietLabel", form.quietLabel, SETUP_LIMITS.quietLabel, problems, true);
  const from = checkDate("quietFrom", form.quietFrom, today, problems);
  const to = checkDate("quietTo", form.quietTo, today, problems);
  if (from && to && to < from) problems.push({ field: "quietTo", code: "quietEndsBeforeStart" });
  return done(problems, () => ({
    id: uniqueId(
      `${from}_${to}`,
      existing.map((period) => period.id),
      64,
    ),
    label,
    from: from ?? today,
    to: to ?? today,
  }));
}

/** One group as typed: its name and the areas ticked (comma-separated, as a multi-select sends them). */
export interface GroupForm {
  id: string;
  name: string;
  areas: string;
  /** The audiences ticked, comma-separated; absent when the card had no such input (kept as they were). */
  audiences?: string;
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase("de").normalize("NFC");

function parseAreas(text: string): AreaId[] {
  const picked = new Set(text.split(",").map((part) => part.trim()));
  return AREA_IDS.filter((area) => picked.has(area));
}

function sameAudiences(a: readonly GroupAudience[] | undefined, b: readonly GroupAudience[]): boolean {
  return a !== undefined && a.length === b.length && a.every((audience) => b.includes(audience));
}

/** Unknown values are dropped: ticking none is allowed (the group gets the prompts for everyone only). */
function parseAudiences(text: string): GroupAudience[] {
  const picked = new Set(text.split(",").map((part) => part.trim()));
  return GROUP_AUDIENCES.filter((audience) => picked.has(audience));
}

/** The shown groups with their edited names and areas; groups not on the card stay as they were. */
export function checkGroupForms(forms: readonly GroupForm[], groups: readonly Group[]): Checked<Group[]> {
  const problems: SetupProblem[] = [];
  const edited = groups.map((group) => {
    const form = forms.find((candidate) => candidate.id === group.id);
    if (!form) return group;
    const name = checkLength(`groupName_${group.id}`, form.name, SETUP_LIMITS.groupName, problems, true);
    const areas = parseAreas(form.areas);
    if (areas.length === 0)
      problems.push({ field: `groupAreas_${group.id}`, code: "noAreas", params: { group: name || group.name } });
    const audiences = form.audiences === undefined ? group.audiences : parseAudiences(form.audiences);
    // A group stored without audiences and shown with the default ticked is unchanged, not "edited".
    const isDefaultKept = group.audiences === undefined && sameAudiences(audiences, DEFAULT_GROUP_AUDIENCES);
    const { audiences: _previous, ...rest } = group;
    return { ...rest, name, areas, ...(audiences && !isDefaultKept ? { audiences } : {}) };
  });
  problems.push(...duplicateNames(edited));
  return done(problems, () => edited);
}

function duplicateNames(groups: readonly Group[]): SetupProblem[] {
  const seen = new Set<string>();
  const problems: SetupProblem[] = [];
  for (const group of groups) {
    const key = nameKey(group.name);
    if (key === "") continue;
    if (seen.has(key))
      problems.push({
        field: `groupName_${group.id}`,
        code: "duplicateGroupName",
        params: { group: group.name.trim() },
      });
    seen.add(key);
  }
  return problems;
}

/** A new group asks about the areas everyone works in until the officer ticks others. */
const NEW_GROUP_AREAS: readonly AreaId[] = ["leitbild", "kernprozess", "evaluation", "kundenkommunikation"];

export function addGroup(name: string, groups: readonly Group[]): Checked<Group[]> {
  const problems: SetupProblem[] = [];
  if (groups.length >= SETUP_LIMITS.groups)
    problems.push({ field: "newGroupName", code: "tooManyGroups", params: { max: SETUP_LIMITS.groups } });
  const trimmed = checkLength("newGroupName", name, SETUP_LIMITS.groupName, problems, true);
  if (trimmed && groups.some((group) => nameKey(group.name) === nameKey(trimmed)))
    problems.push({ field: "newGroupName", code: "duplicateGroupName", params: { group: trimmed } });
  return done(problems, () => [
    ...groups,
    {
      id: uniqueId(
        slug(trimmed) || "gruppe",
        groups.map((group) => group.id),
        40,
      ),
      name: trimmed,
      areas: [...NEW_GROUP_AREAS],
      audiences: [...DEFAULT_GROUP_AUDIENCES],
    },
  ]);
}

export function removeGroup(groupId: string, groups: readonly Group[]): Checked<Group[]> {
  if (groups.length <= 1) return { ok: false, problems: [{ field: "newGroupName", code: "lastGroup" }] };
  return { ok: true, value: groups.filter((group) => group.id !== groupId) };
}

/** An area's owner as a choice set sends it: "qualityOfficers", "managers" or "member:<id>". */
export function ownerChoiceValue(owner: AreaOwner): string {
  return owner.kind === "member" ? `member:${owner.memberId}` : owner.kind;
}

/**
 * Who answers each area's fact prompts, as chosen per area (input `owner_<area>`). A member
 * must be one of those offered; the default owner is not stored. An area the card did not
 * carry keeps its owner.
 */
export function checkOwnersForm(
  form: Readonly<Partial<Record<AreaId, string>>>,
  previous: Readonly<Partial<Record<AreaId, AreaOwner>>>,
  offeredMemberIds: ReadonlySet<string>,
): Checked<Partial<Record<AreaId, AreaOwner>>> {
  const problems: SetupProblem[] = [];
  const owners: Partial<Record<AreaId, AreaOwner>> = {};
  for (const area of AREA_IDS) {
    const value = form[area]?.trim();
    const owner = value === undefined || value === "" ? previous[area] : ownerOf(value, offeredMemberIds);
    if (owner === null) problems.push({ field: `owner_${area}`, code: "invalidChoice" });
    else if (owner && owner.kind !== DEFAULT_AREA_OWNER.kind) owners[area] = owner;
  }
  return done(problems, () => owners);
}

/** null: not a choice the card offered. */
function ownerOf(value: string, offeredMemberIds: ReadonlySet<string>): AreaOwner | null {
  if (value === "qualityOfficers" || value === "managers") return { kind: value };
  const memberId = value.startsWith("member:") ? value.slice("member:".length) : "";
  return offeredMemberIds.has(memberId) ? { kind: "member", memberId } : null;
}

/** Step 6 as typed. */
export interface DetailsForm {
  threshold: string;
  language: string;
  successDefinition: string;
  servedTermDe: string;
  servedTermEn: string;
  orgName: string;
}

export function checkDetailsForm(
  form: DetailsForm,
  model: ModelId,
): Checked<Pick<SetupDraft, "anonymityThreshold" | "defaultLocale" | "successDefinition" | "servedTerm" | "name">> {
  const problems: SetupProblem[] = [];
  const threshold = anonymityThresholdSchema.safeParse(Number(form.threshold.trim() || Number.NaN));
  if (!threshold.success)
    problems.push({
      field: "threshold",
      code: "thresholdRange",
      params: { min: SETUP_LIMITS.thresholdMin, max: SETUP_LIMITS.thresholdMax },
    });
  const language = isOneOf<Locale>(LOCALES, form.language) ? form.language : undefined;
  if (!language) problems.push({ field: "language", code: "invalidChoice" });
  const successDefinition = checkLength(
    "successDefinition",
    form.successDefinition,
    SETUP_LIMITS.successDefinition,
    problems,
    false,
  );
  // Left empty: the model's own word.
  const servedDe = checkLength("servedTermDe", form.servedTermDe, SETUP_LIMITS.servedTerm, problems, false);
  const servedEn = checkLength("servedTermEn", form.servedTermEn, SETUP_LIMITS.servedTerm, problems, false);
  const name = checkLength("orgName", form.orgName, SETUP_LIMITS.orgName, problems, true);
  const served = QUALITY_MODELS[model].servedTerm;
  return done(problems, () => ({
    anonymityThreshold: threshold.success ? threshold.data : 5,
    defaultLocale: language ?? "de",
    successDefinition,
    servedTerm: { de: servedDe || served.de, en: servedEn || served.en },
    name,
  }));
}

/** Lower-case ASCII id from a name: "Pädagogik / Beratung" → "paedagogik-beratung". */
export function slug(name: string): string {
  return spellOutUmlauts(name.toLowerCase())
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 32)
    .replace(/-+$/g, "");
}

function uniqueId(base: string, taken: readonly string[], maxLength: number): string {
  const stem = base.slice(0, maxLength - 4);
  if (!taken.includes(stem)) return stem;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${stem}-${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
