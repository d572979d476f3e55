/**
 * Each setup step's check: the typed inputs of its card against the setup rules, giving either
 * the change to keep in the draft or the problems to show next to the fields.
 */
import { localDateAt } from "../domain/calendar";
import { QUALITY_MODELS, type ModelId } from "../domain/quality-models";
import type { SetupDraft } from "../domain/setup-draft";
import {
  addGroup,
  checkCycleForm,
  checkDetailsForm,
  checkGroupForms,
  checkOwnersForm,
  checkQuietPeriodForm,
  checkScheduleForm,
  type SetupProblem,
} from "../domain/setup-rules";
import type { TurnScope } from "../turn-scope";
import type { CardActionInput } from "./card-input";
import {
  cycleFormOf,
  detailsFormOf,
  groupAreasInput,
  groupFormsOf,
  groupNameInput,
  ownersFormOf,
  quietPeriodFormOf,
  scheduleFormOf,
  typedValuesOf,
  type SetupPayload,
  type TypedValues,
} from "./setup-input";
import { pageCount, type SetupPerson } from "./setup-steps";

/** A step's inputs, checked: the draft change to keep, or what to show again. */
export type StepOutcome =
  | {
      ok: true;
      change: (current: SetupDraft) => Partial<SetupDraft>;
      /** The step stays on screen (something was added) with these notices. */
      stay?: { notices: string[]; page?: number };
      /** Said on the next card. */
      notices?: string[];
    }
  | { ok: false; problems: SetupProblem[]; typed: TypedValues; page?: number };

/** What a step's check reads: the card's payload, the draft it was shown from, and who may own areas. */
export interface StepInput {
  scope: TurnScope;
  draft: SetupDraft;
  people: readonly SetupPerson[];
  input: CardActionInput;
  payload: SetupPayload;
  /** The step's fixed inputs as typed, to show again after a problem. */
  typed: TypedValues;
}

/** The organisation's local date: dates typed in setup are days there. */
export const todayOf = (scope: TurnScope) => localDateAt(scope.now, scope.org?.schedule.timeZone ?? scope.timeZone);

const keepNothing = (): StepOutcome => ({ ok: true, change: () => ({}) });

export function checkCycleStep({ scope, draft, payload, typed }: StepInput): StepOutcome {
  const checked = checkCycleForm(cycleFormOf(payload), todayOf(scope), draft);
  if (!checked.ok) {
    // The old model's version is not offered again for the new one.
    const isVersionStale = checked.problems.some((problem) => problem.code === "versionForNewModel");
    return { ok: false, problems: checked.problems, typed: isVersionStale ? { ...typed, modelVersion: "" } : typed };
  }
  if (checked.value.model === draft.model) return { ok: true, change: () => checked.value };
  return {
    ok: true,
    change: (current) => modelChanged(current, checked.value),
    notices: [modelNotice(scope, draft, checked.value.model)],
  };
}

export function checkScheduleStep({ payload, typed }: StepInput): StepOutcome {
  const checked = checkScheduleForm(scheduleFormOf(payload));
  return checked.ok
    ? { ok: true, change: () => ({ schedule: checked.value }) }
    : { ok: false, problems: checked.problems, typed };
}

/** "Weiter" with a new period typed adds it rather than dropping it. */
export function checkQuietPeriodsStep(step: StepInput): StepOutcome {
  const form = quietPeriodFormOf(step.payload);
  if ([form.quietLabel, form.quietFrom, form.quietTo].every((value) => value.trim() === "")) return keepNothing();
  return addQuietPeriod(step);
}

export function checkGroupsStep({ scope, draft, input, payload }: StepInput): StepOutcome {
  const { checked: edited, typed } = editedGroups(draft, input, payload);
  if (!edited.ok) return { ok: false, problems: edited.problems, typed, page: payload.page };
  const newName = payload.value("newGroupName");
  if (newName.trim() === "") return { ok: true, change: () => ({ groups: edited.value }) };
  const added = addGroup(newName, edited.value);
  if (!added.ok) return { ok: false, problems: added.problems, typed, page: payload.page };
  return {
    ok: true,
    change: () => ({ groups: added.value }),
    stay: {
      notices: [scope.t("setup.groups.added", { name: newName.trim() })],
      page: pageCount(added.value.length) - 1,
    },
  };
}

export function checkOwnersStep({ draft, people, input, payload }: StepInput): StepOutcome {
  const areas = QUALITY_MODELS[draft.model].areas.map((area) => area.id);
  const form = ownersFormOf(input, payload, areas);
  const members = new Set(people.map((person) => person.memberId));
  const checked = checkOwnersForm(form, draft.areaOwners ?? {}, members);
  if (checked.ok) return { ok: true, change: () => ({ areaOwners: checked.value }) };
  return { ok: false, problems: checked.problems, typed: form };
}

export function checkDetailsStep({ draft, payload, typed }: StepInput): StepOutcome {
  const checked = checkDetailsForm(detailsFormOf(payload), draft.model);
  return checked.ok ? { ok: true, change: () => checked.value } : { ok: false, problems: checked.problems, typed };
}

/** The summary has no inputs: "Weiter" does not exist there, "Zurück" keeps the draft as it is. */
export const checkSummaryStep = (): StepOutcome => keepNothing();

/** A new quiet period from the card's three inputs, added to the list (the step stays on screen). */
export function addQuietPeriod({ scope, draft, payload, typed }: StepInput): StepOutcome {
  const checked = checkQuietPeriodForm(quietPeriodFormOf(payload), draft.quietPeriods, todayOf(scope));
  if (!checked.ok) return { ok: false, problems: checked.problems, typed };
  const period = checked.value;
  return {
    ok: true,
    change: (current) => ({
      quietPeriods: [...current.quietPeriods.filter((other) => other.id !== period.id), period],
    }),
    stay: { notices: [scope.t("setup.quiet.added", { label: period.label })] },
  };
}

/** The shown groups' edits, with one group left out (the one being removed). */
export function editedGroups(draft: SetupDraft, input: CardActionInput, payload: SetupPayload, without?: string) {
  const forms = groupFormsOf(input, payload, draft.groups).filter((form) => form.id !== without);
  const typed = typedValuesOf(payload, [
    ...forms.flatMap((form) => [groupNameInput(form.id), groupAreasInput(form.id)]),
    "newGroupName",
  ]);
  return {
    checked: checkGroupForms(
      forms,
      draft.groups.filter((group) => group.id !== without),
    ),
    typed,
  };
}

/**
 * Another model words the definition of success differently and has its own word for the
 * people served: the definition is to be entered again (the old text stays beside the field)
 * and the word goes back to the new model's.
 */
function modelChanged(current: SetupDraft, value: Pick<SetupDraft, "model" | "modelVersion" | "cycle">) {
  const previous = current.successDefinition.trim() || current.previousSuccessDefinition;
  return {
    ...value,
    successDefinition: "",
    ...(previous ? { previousSuccessDefinition: previous } : {}),
    servedTerm: { ...QUALITY_MODELS[value.model].servedTerm },
  };
}

function modelNotice(scope: TurnScope, draft: SetupDraft, model: ModelId): string {
  const served = QUALITY_MODELS[model].servedTerm[scope.locale];
  const term = QUALITY_MODELS[model].successDefinitionTerm[scope.locale];
  return scope.t(draft.successDefinition.trim() ? "setup.modelChanged.definition" : "setup.modelChanged", {
    model: QUALITY_MODELS[model].abbreviation,
    term,
    served,
  });
}
