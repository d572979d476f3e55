/**
 * The setup flow's cards, one per step: the draft's values (or what was just typed, after a
 * problem), the problems worded in the member's language next to their fields, and the
 * navigation buttons.
 */
import {
  renderSetupCard,
  type CardButton,
  type CardVerb,
  type SetupCardField,
  type SetupCardSection,
} from "../../cards";
import { DEFAULT_AREA_OWNER, DEFAULT_GROUP_AUDIENCES, GROUP_AUDIENCES } from "../domain/audience";
import type { Role } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import { MODEL_IDS, QUALITY_MODELS, type ModelId } from "../domain/quality-models";
import {
  changedSetupFields,
  modelChange,
  ownServedTerm,
  SETUP_STEP_COUNT,
  setupStepNumber,
  type SetupDraft,
  type SetupField,
  type SetupStep,
} from "../domain/setup-draft";
import { ownerChoiceValue, type SetupProblem, type SetupProblemCode } from "../domain/setup-rules";
import { formatCalendarDate, weekdayName } from "../i18n/format";
import type { MessageKey, Translate } from "../i18n/translator";
import { cardResult, type FlowResult, type TurnScope } from "../turn-scope";
import { AUDIENCE_NAMES, configSections, frequencyName, modelName, successTermOf } from "./setup-describe";
import { groupAreasInput, groupAudiencesInput, groupNameInput, ownerInput, type TypedValues } from "./setup-input";

/** Groups per card: eleven area checkboxes and four audiences each, and a Teams card must stay small. */
export const GROUPS_PER_PAGE = 8;

/** People offered as owners of an area: eleven lists of them must fit a Teams card. */
export const OWNER_CHOICES = 12;

/** A member as the setup cards name them. */
export interface SetupPerson {
  memberId: string;
  name: string;
  roles: readonly Role[];
}

export interface StepView {
  /** What was typed, shown instead of the draft's values (after a problem). */
  typed?: TypedValues;
  problems?: readonly SetupProblem[];
  notices?: readonly string[];
  /** Which page of groups (step 4). */
  page?: number;
}

export interface StepContext {
  /** The organisation's local date. */
  today: string;
  /** The stored configuration, if any: the summary says what changes against it. */
  base: OrgConfig | undefined;
  /** The organisation's members, for choosing and naming area owners (none: only the roles are offered). */
  people?: readonly SetupPerson[];
}

const STEP_NAMES: Record<SetupStep, MessageKey> = {
  cycle: "setup.step.cycle",
  schedule: "setup.step.schedule",
  quietPeriods: "setup.step.quietPeriods",
  groups: "setup.step.groups",
  owners: "setup.step.owners",
  details: "setup.step.details",
  summary: "setup.step.summary",
};

const STEP_INTROS: Record<SetupStep, MessageKey> = {
  cycle: "setup.intro.cycle",
  schedule: "setup.intro.schedule",
  quietPeriods: "setup.intro.quietPeriods",
  groups: "setup.intro.groups",
  owners: "setup.intro.owners",
  details: "setup.intro.details",
  summary: "setup.intro.summary",
};

/** Labels of the inputs, for problems that name their field. */
const FIELD_LABELS: Record<string, MessageKey> = {
  model: "setup.field.model",
  modelVersion: "setup.field.modelVersion",
  cycleKind: "setup.field.cycleKind",
  cycleStart: "setup.field.cycleStart",
  selfReportDue: "setup.field.selfReportDue",
  testatExpiry: "setup.field.testatExpiry",
  weekday: "setup.field.weekday",
  time: "setup.field.time",
  frequency: "setup.field.frequency",
  timeZone: "setup.field.timeZone",
  quietLabel: "setup.field.quietLabel",
  quietFrom: "setup.field.quietFrom",
  quietTo: "setup.field.quietTo",
  newGroupName: "setup.field.newGroupName",
  threshold: "setup.field.threshold",
  language: "setup.field.language",
  successDefinition: "setup.fieldName.successDefinition",
  orgName: "setup.field.orgName",
  servedTermDe: "setup.field.servedTermDe",
  servedTermEn: "setup.field.servedTermEn",
};

function fieldLabel(t: Translate, field: string): string {
  if (field.startsWith("groupName_")) return t("setup.field.groupName");
  if (field.startsWith("groupAreas_")) return t("setup.field.groupAreas");
  if (field.startsWith("groupAudiences_")) return t("setup.field.groupAudiences");
  if (field.startsWith("owner_")) return t("setup.step.owners");
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

const PROBLEM_TEXTS: Record<SetupProblemCode, MessageKey> = {
  required: "setup.problem.required",
  invalidChoice: "setup.problem.invalidChoice",
  invalidDate: "setup.problem.invalidDate",
  tooLong: "setup.problem.tooLong",
  dueInPast: "setup.problem.dueInPast",
  dueBeforeStart: "setup.problem.dueBeforeStart",
  expiryRequired: "setup.problem.expiryRequired",
  expiryBeforeDue: "setup.problem.expiryBeforeDue",
  invalidTime: "setup.problem.invalidTime",
  invalidTimeZone: "setup.problem.invalidTimeZone",
  quietEndsBeforeStart: "setup.problem.quietEndsBeforeStart",
  tooManyQuietPeriods: "setup.problem.tooManyQuietPeriods",
  duplicateGroupName: "setup.problem.duplicateGroupName",
  noAreas: "setup.problem.noAreas",
  lastGroup: "setup.problem.lastGroup",
  tooManyGroups: "setup.problem.tooManyGroups",
  thresholdRange: "setup.problem.thresholdRange",
  versionForNewModel: "setup.problem.versionForNewModel",
};

const FIELD_NAMES: Record<SetupField, MessageKey> = {
  model: "setup.fieldName.model",
  modelVersion: "setup.fieldName.modelVersion",
  cycle: "setup.fieldName.cycle",
  schedule: "setup.fieldName.schedule",
  quietPeriods: "setup.fieldName.quietPeriods",
  groups: "setup.fieldName.groups",
  areaOwners: "setup.fieldName.areaOwners",
  anonymityThreshold: "setup.fieldName.anonymityThreshold",
  defaultLocale: "setup.fieldName.defaultLocale",
  successDefinition: "setup.fieldName.successDefinition",
  servedTerm: "setup.fieldName.servedTerm",
  name: "setup.fieldName.name",
};

function problemText(t: Translate, problem: SetupProblem): string {
  return t(PROBLEM_TEXTS[problem.code], { field: fieldLabel(t, problem.field), ...problem.params });
}

function stepButton(
  t: Translate,
  title: MessageKey,
  verb: CardVerb,
  step: SetupStep,
  extra: Record<string, string | number> = {},
  style: CardButton["style"] = "default",
): CardButton {
  // The groups card says it carries audience inputs: an unticked multi-select is not sent at all.
  const audiences: Record<string, number> = step === "groups" ? { audiences: 1 } : {};
  return { title: t(title), verb, data: { step: setupStepNumber(step), ...audiences, ...extra }, style };
}

function navigation(t: Translate, step: SetupStep, page: number): CardButton[] {
  const extra: Record<string, number> = step === "groups" ? { page } : {};
  const buttons: CardButton[] = [];
  if (step !== "summary") buttons.push(stepButton(t, "setup.next", "setup.next", step, extra, "positive"));
  if (step !== "cycle") buttons.push(stepButton(t, "setup.back", "setup.back", step, extra));
  return buttons;
}

/** Fields get their problem text right below them; the card lists all problems on top as well. */
function withErrors(t: Translate, problems: readonly SetupProblem[], fields: SetupCardField[]): SetupCardField[] {
  return fields.map((field) => {
    const own = problems.filter((problem) => problem.field === field.id).map((problem) => problemText(t, problem));
    return own.length > 0 ? { ...field, error: own.join(" ") } : field;
  });
}

function cycleSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
  const { t, locale } = scope;
  const value = (id: string, fallback: string) => typed[id] ?? fallback;
  const model = (MODEL_IDS as readonly string[]).includes(value("model", draft.model))
    ? (value("model", draft.model) as ModelId)
    : draft.model;
  return [
    {
      fields: [
        {
          kind: "choice",
          id: "model",
          label: t("setup.field.model"),
          value: model,
          choices: MODEL_IDS.map((id) => ({
            title: `${QUALITY_MODELS[id].abbreviation} – ${QUALITY_MODELS[id].name[locale]}`,
            value: id,
          })),
        },
        {
          kind: "text",
          id: "modelVersion",
          label: t("setup.field.modelVersion"),
          value: value("modelVersion", draft.modelVersion),
          maxLength: 40,
          hint: t("setup.field.modelVersionHint", { example: QUALITY_MODELS[model].versionExample }),
        },
        {
          kind: "choice",
          id: "cycleKind",
          label: t("setup.field.cycleKind"),
          value: value("cycleKind", draft.cycle.kind),
          choices: [
            { title: t("setup.cycleKind.first"), value: "first" },
            { title: t("setup.cycleKind.recertification"), value: "recertification" },
          ],
        },
        {
          kind: "date",
          id: "cycleStart",
          label: t("setup.field.cycleStart"),
          value: value("cycleStart", draft.cycle.start),
        },
        {
          kind: "date",
          id: "selfReportDue",
          label: t("setup.field.selfReportDue"),
          value: value("selfReportDue", draft.cycle.selfReportDue),
        },
        {
          kind: "date",
          id: "testatExpiry",
          label: t("setup.field.testatExpiry"),
          value: value("testatExpiry", draft.cycle.testatExpiry ?? ""),
          hint: t("setup.field.testatExpiryHint"),
        },
      ],
    },
  ];
}

function scheduleSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
  const { t, locale } = scope;
  const value = (id: string, fallback: string) => typed[id] ?? fallback;
  return [
    {
      fields: [
        {
          kind: "choice",
          id: "weekday",
          label: t("setup.field.weekday"),
          value: value("weekday", String(draft.schedule.weekday)),
          choices: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ title: weekdayName(day, locale), value: String(day) })),
        },
        { kind: "time", id: "time", label: t("setup.field.time"), value: value("time", draft.schedule.time) },
        {
          kind: "choice",
          id: "frequency",
          label: t("setup.field.frequency"),
          value: value("frequency", draft.schedule.frequency),
          choices: (["weekly", "biweekly", "monthly"] as const).map((frequency) => ({
            title: frequencyName(t, frequency),
            value: frequency,
          })),
        },
        {
          kind: "text",
          id: "timeZone",
          label: t("setup.field.timeZone"),
          value: value("timeZone", draft.schedule.timeZone),
          maxLength: 64,
          hint: t("setup.field.timeZoneHint"),
        },
      ],
    },
  ];
}

function quietSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
  const { t, locale } = scope;
  const entries = draft.quietPeriods.map((period) => ({
    id: period.id,
    text: t("setup.quiet.entry", {
      label: period.label,
      from: formatCalendarDate(period.from, locale),
      to: formatCalendarDate(period.to, locale),
    }),
  }));
  const list: SetupCardSection =
    entries.length === 0
      ? { lines: [t("setup.quiet.none")] }
      : {
          fields: [
            {
              kind: "multichoice",
              id: "quietRemove",
              label: t("setup.field.quietRemove"),
              value: "",
              choices: entries.map((entry) => ({ title: entry.text, value: entry.id })),
            },
          ],
          buttons: [stepButton(t, "setup.quiet.remove", "setup.quietRemove", "quietPeriods")],
        };
  return [
    list,
    {
      heading: t("setup.quiet.addHeading"),
      fields: [
        {
          kind: "text",
          id: "quietLabel",
          label: t("setup.field.quietLabel"),
          value: typed.quietLabel ?? "",
          placeholder: t("setup.field.quietLabelPlaceholder"),
          maxLength: 100,
        },
        { kind: "date", id: "quietFrom", label: t("setup.field.quietFrom"), value: typed.quietFrom ?? "" },
        { kind: "date", id: "quietTo", label: t("setup.field.quietTo"), value: typed.quietTo ?? "" },
      ],
      buttons: [stepButton(t, "setup.quiet.add", "setup.quietAdd", "quietPeriods")],
    },
  ];
}

export function pageCount(groupCount: number): number {
  return Math.max(1, Math.ceil(groupCount / GROUPS_PER_PAGE));
}

function groupSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues, page: number): SetupCardSection[] {
  const { t, locale } = scope;
  const pages = pageCount(draft.groups.length);
  const first = page * GROUPS_PER_PAGE;
  const shown = draft.groups.slice(first, first + GROUPS_PER_PAGE);
  const areaChoices = QUALITY_MODELS[draft.model].areas.map((area) => ({
    title: t("setup.area", { number: area.number, name: area.name[locale] }),
    value: area.id,
  }));
  const sections: SetupCardSection[] = shown.map((group, index) => ({
    heading: t("setup.groups.heading", { number: first + index + 1 }),
    fields: [
      {
        kind: "text",
        id: groupNameInput(group.id),
        label: t("setup.field.groupName"),
        value: typed[groupNameInput(group.id)] ?? group.name,
        maxLength: 60,
      },
      {
        kind: "multichoice",
        id: groupAreasInput(group.id),
        label: t("setup.field.groupAreas"),
        value: typed[groupAreasInput(group.id)] ?? group.areas.join(","),
        choices: areaChoices,
      },
      {
        kind: "multichoice",
        id: groupAudiencesInput(group.id),
        label: t("setup.field.groupAudiences"),
        value: typed[groupAudiencesInput(group.id)] ?? (group.audiences ?? DEFAULT_GROUP_AUDIENCES).join(","),
        choices: GROUP_AUDIENCES.map((audience) => ({ title: t(AUDIENCE_NAMES[audience]), value: audience })),
      },
    ],
    buttons: [stepButton(t, "setup.groups.remove", "setup.groupRemove", "groups", { groupId: group.id, page })],
  }));
  if (pages > 1) {
    const buttons: CardButton[] = [];
    if (page > 0)
      buttons.push(stepButton(t, "setup.groups.previousPage", "setup.groupPage", "groups", { page, toPage: page - 1 }));
    if (page < pages - 1)
      buttons.push(stepButton(t, "setup.groups.nextPage", "setup.groupPage", "groups", { page, toPage: page + 1 }));
    sections.push({
      lines: [t("setup.groups.page", { from: first + 1, to: first + shown.length, total: draft.groups.length })],
      buttons,
    });
  }
  sections.push({ lines: [t("setup.groups.audiencesHint")] });
  sections.push({
    heading: t("setup.groups.addHeading"),
    fields: [
      {
        kind: "text",
        id: "newGroupName",
        label: t("setup.field.newGroupName"),
        value: typed.newGroupName ?? "",
        maxLength: 60,
      },
    ],
    buttons: [stepButton(t, "setup.groups.add", "setup.groupAdd", "groups", { page })],
  });
  return sections;
}

/**
 * Whom the owner lists offer: the people with a role first, then by name, at most
 * OWNER_CHOICES, and always whoever owns an area already.
 */
function offeredOwners(people: readonly SetupPerson[], owners: SetupDraft["areaOwners"]): SetupPerson[] {
  const owning = new Set(
    Object.values(owners ?? {}).flatMap((owner) => (owner.kind === "member" ? [owner.memberId] : [])),
  );
  const ranked = [...people].sort(
    (a, b) =>
      Number(owning.has(b.memberId)) - Number(owning.has(a.memberId)) ||
      Number(b.roles.length > 0) - Number(a.roles.length > 0) ||
      a.name.localeCompare(b.name, "de"),
  );
  return ranked.slice(0, Math.max(OWNER_CHOICES, owning.size));
}

function ownersSections(
  scope: TurnScope,
  draft: SetupDraft,
  typed: TypedValues,
  people: readonly SetupPerson[],
): SetupCardSection[] {
  const { t, locale } = scope;
  const offered = offeredOwners(people, draft.areaOwners);
  const choices = [
    { title: t("setup.owner.qualityOfficers"), value: "qualityOfficers" },
    { title: t("setup.owner.managers"), value: "managers" },
    ...offered.map((person) => ({ title: person.name || person.memberId, value: `member:${person.memberId}` })),
  ];
  return [
    {
      fields: QUALITY_MODELS[draft.model].areas.map((area) => ({
        kind: "choice" as const,
        id: ownerInput(area.id),
        label: t("setup.area", { number: area.number, name: area.name[locale] }),
        value: typed[ownerInput(area.id)] ?? ownerChoiceValue(draft.areaOwners?.[area.id] ?? DEFAULT_AREA_OWNER),
        choices,
      })),
      lines: [t("setup.owners.hint", { count: OWNER_CHOICES })],
    },
  ];
}

function detailsSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
  const { t, locale } = scope;
  const served = draft.servedTerm ?? QUALITY_MODELS[draft.model].servedTerm;
  const typedThreshold = typed.threshold !== undefined ? Number(typed.threshold) : Number.NaN;
  return [
    {
      fields: [
        {
          kind: "text",
          id: "orgName",
          label: t("setup.field.orgName"),
          value: typed.orgName ?? draft.name,
          maxLength: 120,
        },
        {
          kind: "number",
          id: "threshold",
          label: t("setup.field.threshold"),
          numberValue: Number.isFinite(typedThreshold) ? typedThreshold : draft.anonymityThreshold,
          min: 2,
          max: 50,
          hint: t("setup.field.thresholdHint"),
        },
        {
          kind: "choice",
          id: "language",
          label: t("setup.field.language"),
          value: typed.language ?? draft.defaultLocale,
          choices: [
            { title: t("setup.language.de"), value: "de" },
            { title: t("setup.language.en"), value: "en" },
          ],
        },
        {
          kind: "text",
          id: "servedTermDe",
          label: t("setup.field.servedTermDe"),
          value: typed.servedTermDe ?? served.de,
          maxLength: 60,
        },
        {
          kind: "text",
          id: "servedTermEn",
          label: t("setup.field.servedTermEn"),
          value: typed.servedTermEn ?? served.en,
          maxLength: 60,
          hint: t("setup.field.servedTermHint", {
            model: QUALITY_MODELS[draft.model].abbreviation,
            de: QUALITY_MODELS[draft.model].servedTerm.de,
            en: QUALITY_MODELS[draft.model].servedTerm.en,
          }),
        },
        {
          kind: "multiline",
          id: "successDefinition",
          label: t("setup.field.successDefinition", { term: successTermOf(draft.model, locale) }),
          value: typed.successDefinition ?? draft.successDefinition,
          maxLength: 2000,
          hint: draft.previousSuccessDefinition
            ? `${t("setup.field.successDefinitionHint")} ${t("setup.field.previousDefinition", { text: draft.previousSuccessDefinition })}`
            : t("setup.field.successDefinitionHint"),
        },
      ],
    },
  ];
}

/** What the summary says about the change against the stored configuration. */
function changeNotices(scope: TurnScope, draft: SetupDraft, base: OrgConfig | undefined): string[] {
  if (!base) return [];
  const { t, locale } = scope;
  const notices: string[] = [];
  const change = modelChange(base.model, draft.model);
  if (change) {
    notices.push(t("setup.summary.modelChange", { from: modelName(change.from), to: modelName(change.to) }));
    for (const area of change.renamedAreas)
      notices.push(
        t("setup.summary.areaRenamed", { number: area.number, from: area.from[locale], to: area.to[locale] }),
      );
    notices.push(
      t("setup.summary.termRenamed", {
        from: change.successDefinitionTerm.from[locale],
        to: change.successDefinitionTerm.to[locale],
      }),
    );
  }
  const changed = changedSetupFields(base, { ...draft, servedTerm: ownServedTerm(draft) });
  notices.push(
    changed.length === 0
      ? t("setup.summary.unchanged")
      : t("setup.summary.changed", { fields: changed.map((field) => t(FIELD_NAMES[field])).join(", ") }),
  );
  notices.push(t("setup.summary.answersKept"));
  return notices;
}

export function renderSetupStep(
  scope: TurnScope,
  draft: SetupDraft,
  step: SetupStep,
  context: StepContext,
  view: StepView = {},
): FlowResult {
  const { t } = scope;
  const typed = view.typed ?? {};
  const problems = view.problems ?? [];
  const page = Math.min(Math.max(0, view.page ?? 0), pageCount(draft.groups.length) - 1);
  const sections = (() => {
    switch (step) {
      case "cycle":
        return cycleSections(scope, draft, typed);
      case "schedule":
        return scheduleSections(scope, draft, typed);
      case "quietPeriods":
        return quietSections(scope, draft, typed);
      case "groups":
        return groupSections(scope, draft, typed, page);
      case "owners":
        return ownersSections(scope, draft, typed, context.people ?? []);
      case "details":
        return detailsSections(scope, draft, typed);
      case "summary":
        return configSections(scope, draft, { today: context.today, people: context.people });
    }
  })();
  const notices = [...(view.notices ?? []), ...(step === "summary" ? changeNotices(scope, draft, context.base) : [])];
  const actions =
    step === "summary"
      ? [
          stepButton(t, "setup.finish", "setup.finish", step, {}, "positive"),
          stepButton(t, "setup.back", "setup.back", step),
          stepButton(t, "setup.discard", "setup.discard", step, {}, "destructive"),
        ]
      : navigation(t, step, page);
  return cardResult(
    renderSetupCard({
      title: t("setup.title"),
      progress: t("setup.progress", {
        step: setupStepNumber(step),
        total: SETUP_STEP_COUNT,
        name: t(STEP_NAMES[step]),
      }),
      intro: t(STEP_INTROS[step]),
      problems: problems.map((problem) => problemText(t, problem)),
      notices,
      sections: sections.map((section) => ({ ...section, fields: withErrors(t, problems, section.fields ?? []) })),
      actions,
    }),
  );
}
