/**
 * An organisation's configuration in words, section by section, each with a button that opens
 * its setup step: shared by the setup summary and the overview card.
 */
import type { CardButton, SetupCardSection } from "../../cards";
import { DEFAULT_GROUP_AUDIENCES, type AreaOwner, type GroupAudience } from "../domain/audience";
import { daysBetween } from "../domain/calendar";
import type { Frequency, OrgConfig } from "../domain/org-config";
import { QUALITY_MODELS, type Locale, type ModelId } from "../domain/quality-models";
import { setupStepNumber, type SetupField, type SetupStep } from "../domain/setup-draft";
import { formatCalendarDate, weekdayName } from "../i18n/format";
import type { MessageKey, Translate } from "../i18n/translator";
import type { TurnScope } from "../turn-scope";

/** What the words are made from: a stored configuration or a draft. */
export type ConfigView = Pick<OrgConfig, SetupField>;

const DEFINITION_EXCERPT_LENGTH = 160;
const QUIET_PERIODS_SHOWN = 5;

const FREQUENCY_KEYS: Record<Frequency, MessageKey> = {
  weekly: "setup.frequency.weekly",
  biweekly: "setup.frequency.biweekly",
  monthly: "setup.frequency.monthly",
};

export function frequencyName(t: Translate, frequency: Frequency): string {
  return t(FREQUENCY_KEYS[frequency]);
}

export function modelName(model: ModelId): string {
  return QUALITY_MODELS[model].abbreviation;
}

export function successTermOf(model: ModelId, locale: Locale): string {
  return QUALITY_MODELS[model].successDefinitionTerm[locale];
}

function scheduleInWords(scope: Pick<TurnScope, "t" | "locale">, schedule: OrgConfig["schedule"]): string {
  return scope.t("setup.summary.schedule", {
    frequency: frequencyName(scope.t, schedule.frequency),
    weekday: weekdayName(schedule.weekday, scope.locale),
    time: schedule.time,
    timeZone: schedule.timeZone,
  });
}

function dueInWords(scope: Pick<TurnScope, "t" | "locale">, selfReportDue: string, today: string): string {
  const days = daysBetween(today, selfReportDue);
  const date = formatCalendarDate(selfReportDue, scope.locale);
  return days >= 0
    ? scope.t("setup.summary.due", { date, count: days })
    : scope.t("setup.summary.overdue", { date, count: -days });
}

function excerpt(text: string, length = DEFINITION_EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

function languageName(t: Translate, locale: Locale): string {
  return t(locale === "de" ? "setup.language.de" : "setup.language.en");
}

/** The button that opens a setup step (from the summary or the overview). */
function openStepButton(t: Translate, step: SetupStep, title: MessageKey = "setup.edit"): CardButton {
  return { title: t(title), verb: "setup.open", data: { step: setupStepNumber(step) } };
}

export const AUDIENCE_NAMES: Record<GroupAudience, MessageKey> = {
  pedagogical: "setup.audience.pedagogical",
  administration: "setup.audience.administration",
  management: "setup.audience.management",
  qualityOfficer: "setup.audience.qualityOfficer",
};

/** "Fragen für: alle, Verwaltung". */
function audiencesInWords(t: Translate, audiences: readonly GroupAudience[] | undefined): string {
  const own = audiences ?? DEFAULT_GROUP_AUDIENCES;
  if (own.length === 0) return t("setup.summary.everyoneOnly");
  return t("setup.summary.groupAudiences", {
    audiences: [t("setup.audience.everyone"), ...own.map((audience) => t(AUDIENCE_NAMES[audience]))].join(", "),
  });
}

function ownerInWords(t: Translate, owner: AreaOwner, people: readonly { memberId: string; name: string }[]): string {
  switch (owner.kind) {
    case "qualityOfficers":
      return t("setup.owner.qualityOfficers");
    case "managers":
      return t("setup.owner.managers");
    case "member": {
      const person = people.find((candidate) => candidate.memberId === owner.memberId);
      return person?.name || t("setup.owner.memberGone");
    }
  }
}

/** One line per area with an owner of its own, then the rest; one line when every area has the default. */
function ownersInWords(
  scope: Pick<TurnScope, "t" | "locale">,
  config: ConfigView,
  people: readonly { memberId: string; name: string }[],
): string[] {
  const { t, locale } = scope;
  const own = QUALITY_MODELS[config.model].areas.flatMap((area) => {
    const owner = config.areaOwners?.[area.id];
    return owner && owner.kind !== "qualityOfficers"
      ? [
          t("setup.summary.owner", {
            number: area.number,
            name: area.name[locale],
            owner: ownerInWords(t, owner, people),
          }),
        ]
      : [];
  });
  if (own.length === 0) return [t("setup.summary.ownersDefault")];
  return own.length < QUALITY_MODELS[config.model].areas.length ? [...own, t("setup.summary.ownersOther")] : own;
}

export interface ConfigSectionsOptions {
  /** The organisation's local date: days until the Selbstreport count from it. */
  today: string;
  /** The next scheduled run, already in words (overview only). */
  nextRun?: string;
  editTitle?: MessageKey;
  /** The organisation's members, to name an area's owner. */
  people?: readonly { memberId: string; name: string }[];
}

/** One section per setup step: what is configured, and a button to change it. */
export function configSections(
  scope: Pick<TurnScope, "t" | "locale">,
  config: ConfigView,
  options: ConfigSectionsOptions,
): SetupCardSection[] {
  const { t, locale } = scope;
  const none = t("setup.summary.none");
  const edit = (step: SetupStep) => [openStepButton(t, step, options.editTitle)];
  const quiet = config.quietPeriods.slice(0, QUIET_PERIODS_SHOWN).map((period) =>
    t("setup.quiet.entry", {
      label: period.label,
      from: formatCalendarDate(period.from, locale),
      to: formatCalendarDate(period.to, locale),
    }),
  );
  if (config.quietPeriods.length > QUIET_PERIODS_SHOWN)
    quiet.push(t("setup.summary.quietCount", { count: config.quietPeriods.length }));
  return [
    {
      heading: t("setup.step.cycle"),
      facts: [
        {
          title: t("setup.field.model"),
          value: t("setup.summary.model", { model: modelName(config.model), version: config.modelVersion || none }),
        },
        {
          title: t("setup.field.cycleKind"),
          value: t("setup.summary.cycle", {
            kind: t(config.cycle.kind === "first" ? "setup.cycleKind.first" : "setup.cycleKind.recertification"),
            start: formatCalendarDate(config.cycle.start, locale),
          }),
        },
        { title: t("setup.field.selfReportDue"), value: dueInWords(scope, config.cycle.selfReportDue, options.today) },
        {
          title: t("setup.field.testatExpiry"),
          value: config.cycle.testatExpiry ? formatCalendarDate(config.cycle.testatExpiry, locale) : none,
        },
      ],
      buttons: edit("cycle"),
    },
    {
      heading: t("setup.step.schedule"),
      facts: [
        { title: t("setup.step.schedule"), value: scheduleInWords(scope, config.schedule) },
        ...(options.nextRun ? [{ title: t("overview.nextRun"), value: options.nextRun }] : []),
      ],
      buttons: edit("schedule"),
    },
    {
      heading: t("setup.step.quietPeriods"),
      lines: quiet.length > 0 ? quiet : [t("setup.quiet.none")],
      buttons: edit("quietPeriods"),
    },
    {
      heading: t("setup.step.groups"),
      lines: config.groups.map(
        (group) =>
          `${t("setup.summary.group", { name: group.name, count: group.areas.length })} · ${audiencesInWords(t, group.audiences)}`,
      ),
      buttons: edit("groups"),
    },
    {
      heading: t("setup.step.owners"),
      lines: ownersInWords(scope, config, options.people ?? []),
      buttons: edit("owners"),
    },
    {
      heading: t("setup.step.details"),
      facts: [
        { title: t("setup.field.orgName"), value: config.name || none },
        { title: t("setup.field.threshold"), value: String(config.anonymityThreshold) },
        { title: t("setup.field.language"), value: languageName(t, config.defaultLocale) },
        {
          title: t("setup.summary.servedTerm"),
          value: `${(config.servedTerm ?? QUALITY_MODELS[config.model].servedTerm).de} / ${(config.servedTerm ?? QUALITY_MODELS[config.model].servedTerm).en}`,
        },
        {
          title: t("setup.field.successDefinition", { term: successTermOf(config.model, locale) }),
          value: config.successDefinition ? excerpt(config.successDefinition) : t("setup.summary.definitionEmpty"),
        },
      ],
      buttons: edit("details"),
    },
  ];
}
