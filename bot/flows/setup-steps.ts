/**
 * Each setup step's card sections: the draft's values (or what was just typed, after a problem)
 * as fields, and the step's own buttons. The card around them is setup-step-card.ts.
 */
import type { CardButton, CardVerb, SetupCardSection } from "../../cards";
import { DEFAULT_AREA_OWNER, DEFAULT_GROUP_AUDIENCES, GROUP_AUDIENCES } from "../domain/audience";
import type { Role } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import { MODEL_IDS, QUALITY_MODELS, type ModelId } from "../domain/quality-models";
import { setupStepNumber, type SetupDraft, type SetupStep } from "../domain/setup-draft";
import { ownerChoiceValue } from "../domain/setup-rules";
import { formatCalendarDate, weekdayName } from "../i18n/format";
import type { MessageKey, Translate } from "../i18n/translator";
import type { TurnScope } from "../turn-scope";
import { AUDIENCE_NAMES, frequencyName, successTermOf } from "./setup-describe";
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

export interface StepContext {
  /** The organisation's local date. */
  today: string;
  /** The stored configuration, if any: the summary says what changes against it. */
  base: OrgConfig | undefined;
  /** The organisation's members, for choosing and naming area owners (none: only the roles are offered). */
  people?: readonly SetupPerson[];
}

export function stepButton(
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

export function cycleSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
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

export function scheduleSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
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

export function quietSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
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

export function groupSections(
  scope: TurnScope,
  draft: SetupDraft,
  typed: TypedValues,
  page: number,
): SetupCardSection[] {
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

export function ownersSections(
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

export function detailsSections(scope: TurnScope, draft: SetupDraft, typed: TypedValues): SetupCardSection[] {
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
