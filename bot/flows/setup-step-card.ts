/**
 * The setup card around a step's sections: title, progress, the problems worded in the member's
 * language (on top and next to their fields), notices, and the navigation buttons.
 */
import { renderSetupCard, type CardButton, type SetupCardField } from "../../cards";
import type { OrgConfig } from "../domain/org-config";
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
import type { SetupProblem, SetupProblemCode } from "../domain/setup-rules";
import type { MessageKey, Translate } from "../i18n/translator";
import { cardResult, type FlowResult, type TurnScope } from "../turn-scope";
import { modelName } from "./setup-describe";
import type { TypedValues } from "./setup-input";
import { SETUP_STEP_TABLE } from "./setup-step-table";
import { pageCount, stepButton, type StepContext } from "./setup-steps";

export interface StepView {
  /** What was typed, shown instead of the draft's values (after a problem). */
  typed?: TypedValues;
  problems?: readonly SetupProblem[];
  notices?: readonly string[];
  /** Which page of groups (step 4). */
  page?: number;
}

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
  const sections = SETUP_STEP_TABLE[step].render({ scope, draft, typed, page, context });
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
        name: t(SETUP_STEP_TABLE[step].name),
      }),
      intro: t(SETUP_STEP_TABLE[step].intro),
      problems: problems.map((problem) => problemText(t, problem)),
      notices,
      sections: sections.map((section) => ({ ...section, fields: withErrors(t, problems, section.fields ?? []) })),
      actions,
    }),
  );
}
