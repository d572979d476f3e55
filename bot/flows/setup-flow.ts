/**
 * Setup for quality officers ("einrichtung"): seven short cards from quality model to summary.
 * Each step is checked before it is kept in the organisation's setup draft, so a lost card or a
 * second officer loses nothing; "Einrichtung abschließen" writes the configuration with the
 * ETag the draft started from and records what changed in the audit log.
 */
import { renderNoticeCard } from "../../cards";
import { localDateAt } from "../domain/calendar";
import type { OrgConfig } from "../domain/org-config";
import { QUALITY_MODELS, type ModelId } from "../domain/quality-models";
import {
  changedSetupFields,
  configFromDraft,
  newSetupDraft,
  setupDraftFromConfig,
  setupStepAt,
  setupStepNumber,
  type SetupDraft,
  type SetupStep,
} from "../domain/setup-draft";
import {
  addGroup,
  checkCycleForm,
  checkDetailsForm,
  checkGroupForms,
  checkOwnersForm,
  checkQuietPeriodForm,
  checkScheduleForm,
  removeGroup,
  type SetupProblem,
} from "../domain/setup-rules";
import { isAppError } from "../errors";
import { formatDateTime } from "../i18n/format";
import type { CardActionInput } from "./card-input";
import type { Versioned } from "../store";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { FlowDeps } from "./flow-deps";
import { nextRunOf } from "./next-run";
import {
  cycleFormOf,
  detailsFormOf,
  groupFormsOf,
  ownersFormOf,
  quietPeriodFormOf,
  readSetupPayload,
  scheduleFormOf,
  typedValuesOf,
  type SetupPayload,
  type TypedValues,
} from "./setup-input";
import { pageCount, renderSetupStep, type SetupPerson, type StepView } from "./setup-steps";

const CYCLE_INPUTS = ["model", "modelVersion", "cycleKind", "cycleStart", "selfReportDue", "testatExpiry"];
const SCHEDULE_INPUTS = ["weekday", "time", "frequency", "timeZone"];
const QUIET_INPUTS = ["quietLabel", "quietFrom", "quietTo"];
const DETAILS_INPUTS = ["threshold", "language", "successDefinition", "servedTermDe", "servedTermEn", "orgName"];

/** A step's inputs, checked: the draft change to keep, or what to show again. */
type StepOutcome =
  | {
      ok: true;
      change: (current: SetupDraft) => Partial<SetupDraft>;
      stay?: { notices: string[]; page?: number };
      /** Said on the next card. */
      notices?: string[];
    }
  | { ok: false; problems: SetupProblem[]; typed: TypedValues; page?: number };

interface Loaded {
  draft: SetupDraft;
  isStored: boolean;
  base: Versioned<OrgConfig> | undefined;
  /** The organisation's installed members: who may own an area, and their names. */
  people: SetupPerson[];
}

export interface OpenOptions {
  step?: number;
  /** Opened because something needed the organisation's configuration: say why. */
  isBeforeSetup?: boolean;
}

export function createSetupFlow(deps: FlowDeps) {
  const { repos } = deps;

  const todayOf = (scope: TurnScope) => localDateAt(scope.now, scope.org?.schedule.timeZone ?? scope.timeZone);

  async function load(scope: TurnScope): Promise<Loaded> {
    const orgId = scope.member.orgId;
    const [stored, base, people] = await Promise.all([
      repos.setupDrafts.get(orgId),
      repos.orgs.getVersioned(orgId),
      peopleOf(orgId),
    ]);
    if (stored) return { draft: stored.value, isStored: true, base, people };
    const draft = base
      ? setupDraftFromConfig(base.value, base.etag, scope.member.memberId, scope.now)
      : newSetupDraft(orgId, todayOf(scope), scope.member.memberId, scope.now);
    return { draft, isStored: false, base, people };
  }

  async function peopleOf(orgId: string): Promise<SetupPerson[]> {
    const people: SetupPerson[] = [];
    for await (const page of repos.members.listByOrg(orgId))
      for (const member of page)
        if (member.isInstalled) people.push({ memberId: member.memberId, name: member.name, roles: member.roles });
    return people;
  }

  /** Keeps a step's change in the draft, applied to whatever is stored by then. */
  function keep(
    scope: TurnScope,
    loaded: SetupDraft,
    change: (current: SetupDraft) => Partial<SetupDraft>,
    step: SetupStep,
  ) {
    return repos.setupDrafts.update(scope.member.orgId, (current) => {
      const draft = current ?? loaded;
      return {
        ...draft,
        ...change(draft),
        step: setupStepNumber(step),
        updatedAt: scope.now.toISOString(),
        updatedBy: scope.member.memberId,
      };
    });
  }

  const show = (scope: TurnScope, loaded: Loaded, draft: SetupDraft, step: SetupStep, view?: StepView) =>
    renderSetupStep(
      scope,
      draft,
      step,
      { today: todayOf(scope), base: loaded.base?.value, people: loaded.people },
      view,
    );

  function checkStep(
    scope: TurnScope,
    loaded: Loaded,
    step: SetupStep,
    input: CardActionInput,
    payload: SetupPayload,
  ): StepOutcome {
    const draft = loaded.draft;
    const failed = (problems: SetupProblem[], inputs: string[]): StepOutcome => ({
      ok: false,
      problems,
      typed: typedValuesOf(payload, inputs),
    });
    switch (step) {
      case "cycle": {
        const checked = checkCycleForm(cycleFormOf(payload), todayOf(scope), draft);
        if (!checked.ok) {
          const outcome = failed(checked.problems, CYCLE_INPUTS);
          // The old model's version is not offered again for the new one.
          if (!outcome.ok && checked.problems.some((problem) => problem.code === "versionForNewModel"))
            outcome.typed = { ...outcome.typed, modelVersion: "" };
          return outcome;
        }
        if (checked.value.model === draft.model) return { ok: true, change: () => checked.value };
        return {
          ok: true,
          change: (current) => modelChanged(current, checked.value),
          notices: [modelNotice(scope, draft, checked.value.model)],
        };
      }
      case "schedule": {
        const checked = checkScheduleForm(scheduleFormOf(payload));
        return checked.ok
          ? { ok: true, change: () => ({ schedule: checked.value }) }
          : failed(checked.problems, SCHEDULE_INPUTS);
      }
      case "quietPeriods": {
        // Typed a new period but pressed "Weiter": add it rather than drop it.
        const form = quietPeriodFormOf(payload);
        if ([form.quietLabel, form.quietFrom, form.quietTo].every((value) => value.trim() === ""))
          return { ok: true, change: () => ({}) };
        return addQuietPeriod(scope, draft, payload);
      }
      case "groups": {
        const { checked: edited, typed: typedGroups } = editedGroups(draft, input, payload);
        if (!edited.ok) return { ok: false, problems: edited.problems, typed: typedGroups, page: payload.page };
        const newName = payload.value("newGroupName");
        if (newName.trim() === "") return { ok: true, change: () => ({ groups: edited.value }) };
        const added = addGroup(newName, edited.value);
        if (!added.ok) return { ok: false, problems: added.problems, typed: typedGroups, page: payload.page };
        return {
          ok: true,
          change: () => ({ groups: added.value }),
          stay: {
            notices: [scope.t("setup.groups.added", { name: newName.trim() })],
            page: pageCount(added.value.length) - 1,
          },
        };
      }
      case "owners": {
        const form = ownersFormOf(
          input,
          payload,
          QUALITY_MODELS[draft.model].areas.map((area) => area.id),
        );
        const members = new Set(loaded.people.map((person) => person.memberId));
        const checked = checkOwnersForm(form, draft.areaOwners ?? {}, members);
        if (checked.ok) return { ok: true, change: () => ({ areaOwners: checked.value }) };
        return { ok: false, problems: checked.problems, typed: form };
      }
      case "details": {
        const checked = checkDetailsForm(detailsFormOf(payload), draft.model);
        return checked.ok ? { ok: true, change: () => checked.value } : failed(checked.problems, DETAILS_INPUTS);
      }
      case "summary":
        return { ok: true, change: () => ({}) };
    }
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

  function addQuietPeriod(scope: TurnScope, draft: SetupDraft, payload: SetupPayload): StepOutcome {
    const checked = checkQuietPeriodForm(quietPeriodFormOf(payload), draft.quietPeriods, todayOf(scope));
    if (!checked.ok) return { ok: false, problems: checked.problems, typed: typedValuesOf(payload, QUIET_INPUTS) };
    const period = checked.value;
    return {
      ok: true,
      change: (current) => ({
        quietPeriods: [...current.quietPeriods.filter((other) => other.id !== period.id), period],
      }),
      stay: { notices: [scope.t("setup.quiet.added", { label: period.label })] },
    };
  }

  /** Checks the shown step, keeps it, and shows `target` (or the same step when it must stay). */
  async function move(scope: TurnScope, input: CardActionInput, direction: 1 | -1): Promise<FlowResult> {
    const loaded = await load(scope);
    const payload = readSetupPayload(input);
    const step = setupStepAt(payload.step ?? loaded.draft.step);
    const outcome = checkStep(scope, loaded, step, input, payload);
    if (!outcome.ok)
      return show(scope, loaded, loaded.draft, step, {
        problems: outcome.problems,
        typed: outcome.typed,
        page: outcome.page,
      });
    const target = outcome.stay ? step : setupStepAt(setupStepNumber(step) + direction);
    const draft = await keep(scope, loaded.draft, outcome.change, target);
    return show(scope, loaded, draft, target, outcome.stay ?? { notices: outcome.notices ?? [] });
  }

  /** Applies an outcome on a step that stays put (add, remove, page). */
  async function stayOn(
    scope: TurnScope,
    loaded: Loaded,
    step: SetupStep,
    outcome: StepOutcome,
    notices: string[] = [],
    page?: number,
  ) {
    if (!outcome.ok)
      return show(scope, loaded, loaded.draft, step, {
        problems: outcome.problems,
        typed: outcome.typed,
        page: outcome.page ?? page,
      });
    const draft = await keep(scope, loaded.draft, outcome.change, step);
    return show(scope, loaded, draft, step, {
      notices: [...notices, ...(outcome.stay?.notices ?? [])],
      page: outcome.stay?.page ?? page,
    });
  }

  /** The shown groups' edits, with one group left out (the one being removed). */
  function editedGroups(draft: SetupDraft, input: CardActionInput, payload: SetupPayload, without?: string) {
    const forms = groupFormsOf(input, payload, draft.groups).filter((form) => form.id !== without);
    const typed = typedValuesOf(payload, [
      ...forms.flatMap((form) => [`groupName_${form.id}`, `groupAreas_${form.id}`]),
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

  async function finish(scope: TurnScope): Promise<FlowResult> {
    const loaded = await load(scope);
    const { draft, base } = loaded;
    if (!loaded.isStored) return show(scope, loaded, draft, "summary");
    const problems = recheck(scope, draft);
    if (problems.length > 0) return show(scope, loaded, draft, "cycle", { problems });
    if (base?.etag !== draft.base?.etag) return rebase(scope, loaded);
    const parsed = configFromDraft(draft, base?.value, scope.now);
    if (!parsed.success)
      return show(scope, loaded, draft, "summary", {
        notices: [scope.t("error.invalidInput", { correlationId: scope.activityId })],
      });
    const changed = changedSetupFields(base?.value, parsed.data);
    if (changed.length > 0) {
      try {
        await repos.orgs.save(parsed.data, base?.etag);
      } catch (error) {
        if (isAppError(error, "CONFLICT")) return rebase(scope, await load(scope));
        throw error;
      }
      await repos.audit.record({
        orgId: scope.member.orgId,
        at: scope.now.toISOString(),
        actorMemberId: scope.member.memberId,
        action: "config.changed",
        details: { fields: changed.join(","), fieldCount: changed.length, isFirstSetup: base === undefined },
      });
      // Answers are kept until the certification period ends: a new cycle moves that date.
      if (base && changed.includes("cycle")) await repos.answers.reapplyRetention(scope.member.orgId);
    }
    await repos.setupDrafts.delete(scope.member.orgId);
    return doneCard(
      scope,
      parsed.data,
      await nextRunOf(repos, parsed.data, scope.now),
      base === undefined ? "first" : changed.length > 0 ? "changed" : "unchanged",
    );
  }

  /** Dates move on while a draft waits: the due date may have passed since step 1. */
  function recheck(scope: TurnScope, draft: SetupDraft): SetupProblem[] {
    const checked = checkCycleForm(
      {
        model: draft.model,
        modelVersion: draft.modelVersion,
        cycleKind: draft.cycle.kind,
        cycleStart: draft.cycle.start,
        selfReportDue: draft.cycle.selfReportDue,
        testatExpiry: draft.cycle.testatExpiry ?? "",
      },
      todayOf(scope),
      draft,
    );
    return checked.ok ? [] : checked.problems;
  }

  /** Someone saved the configuration since this draft began: keep the input, compare anew. */
  async function rebase(scope: TurnScope, loaded: Loaded): Promise<FlowResult> {
    const current = loaded.base;
    const draft = await keep(
      scope,
      loaded.draft,
      () => ({ base: current ? { etag: current.etag, model: current.value.model } : undefined }),
      "summary",
    );
    return show(scope, loaded, draft, "summary", { notices: [scope.t("setup.conflict")] });
  }

  function doneCard(
    scope: TurnScope,
    config: OrgConfig,
    next: Date | undefined,
    outcome: "first" | "changed" | "unchanged",
  ): FlowResult {
    const { t, locale } = scope;
    return cardResult(
      renderNoticeCard({
        title: t("setup.done.title"),
        titleColor: "Good",
        lines: [
          outcome === "first"
            ? t("setup.done.first", { name: config.name })
            : t(outcome === "changed" ? "setup.done.changed" : "setup.summary.unchanged"),
          next
            ? t("setup.done.nextRun", { date: formatDateTime(next, locale, config.schedule.timeZone) })
            : t("setup.done.noNextRun"),
          t("setup.done.rolesHint"),
        ],
        actions: [
          { title: t("setup.action.overview"), verb: "overview.open" },
          { title: t("setup.action.roles"), verb: "roles.open" },
        ],
      }),
    );
  }

  async function open(scope: TurnScope, options: OpenOptions = {}): Promise<FlowResult> {
    const loaded = await load(scope);
    const step = setupStepAt(options.step ?? loaded.draft.step);
    const notices: string[] = [];
    if (options.isBeforeSetup && !loaded.base) notices.push(scope.t("setup.notSetUp"));
    if (loaded.isStored && options.step === undefined)
      notices.push(
        scope.t("setup.resumed", { date: formatDateTime(loaded.draft.updatedAt, scope.locale, scope.timeZone) }),
      );
    return show(scope, loaded, loaded.draft, step, { notices });
  }

  return {
    open,

    openFromCard: (scope: TurnScope, input: CardActionInput) =>
      open(scope, { step: readSetupPayload(input).step ?? 1 }),

    next: (scope: TurnScope, input: CardActionInput) => move(scope, input, 1),
    back: (scope: TurnScope, input: CardActionInput) => move(scope, input, -1),

    quietAdd: async (scope: TurnScope, input: CardActionInput) => {
      const loaded = await load(scope);
      return stayOn(scope, loaded, "quietPeriods", addQuietPeriod(scope, loaded.draft, readSetupPayload(input)));
    },

    quietRemove: async (scope: TurnScope, input: CardActionInput) => {
      const loaded = await load(scope);
      const ids = readSetupPayload(input)
        .value("quietRemove")
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean);
      if (ids.length === 0)
        return show(scope, loaded, loaded.draft, "quietPeriods", { notices: [scope.t("setup.quiet.nothingSelected")] });
      const removed = loaded.draft.quietPeriods.filter((period) => ids.includes(period.id)).length;
      const outcome: StepOutcome = {
        ok: true,
        change: (current) => ({ quietPeriods: current.quietPeriods.filter((period) => !ids.includes(period.id)) }),
      };
      return stayOn(scope, loaded, "quietPeriods", outcome, [scope.t("setup.quiet.removed", { count: removed })]);
    },

    groupAdd: async (scope: TurnScope, input: CardActionInput) => {
      const loaded = await load(scope);
      const payload = readSetupPayload(input);
      const { checked, typed } = editedGroups(loaded.draft, input, payload);
      if (!checked.ok)
        return stayOn(scope, loaded, "groups", { ok: false, problems: checked.problems, typed, page: payload.page });
      const added = addGroup(payload.value("newGroupName"), checked.value);
      if (!added.ok)
        return stayOn(scope, loaded, "groups", { ok: false, problems: added.problems, typed, page: payload.page });
      const name = payload.value("newGroupName").trim();
      return stayOn(
        scope,
        loaded,
        "groups",
        { ok: true, change: () => ({ groups: added.value }) },
        [scope.t("setup.groups.added", { name })],
        pageCount(added.value.length) - 1,
      );
    },

    groupRemove: async (scope: TurnScope, input: CardActionInput) => {
      const loaded = await load(scope);
      const payload = readSetupPayload(input);
      const group = loaded.draft.groups.find((candidate) => candidate.id === payload.groupId);
      if (!group) return show(scope, loaded, loaded.draft, "groups", { page: payload.page });
      const remaining = removeGroup(group.id, loaded.draft.groups);
      if (!remaining.ok)
        return show(scope, loaded, loaded.draft, "groups", { problems: remaining.problems, page: payload.page });
      const { checked, typed } = editedGroups(loaded.draft, input, payload, group.id);
      if (!checked.ok)
        return stayOn(scope, loaded, "groups", { ok: false, problems: checked.problems, typed, page: payload.page });
      const page = Math.min(payload.page, pageCount(checked.value.length) - 1);
      const removed = scope.t("setup.groups.removed", { name: group.name });
      return stayOn(scope, loaded, "groups", { ok: true, change: () => ({ groups: checked.value }) }, [removed], page);
    },

    groupPage: async (scope: TurnScope, input: CardActionInput) => {
      const loaded = await load(scope);
      const payload = readSetupPayload(input);
      const { checked, typed } = editedGroups(loaded.draft, input, payload);
      if (!checked.ok)
        return stayOn(scope, loaded, "groups", { ok: false, problems: checked.problems, typed, page: payload.page });
      return stayOn(
        scope,
        loaded,
        "groups",
        { ok: true, change: () => ({ groups: checked.value }) },
        [],
        payload.toPage ?? payload.page,
      );
    },

    finish: (scope: TurnScope) => finish(scope),

    discard: async (scope: TurnScope) => {
      await repos.setupDrafts.delete(scope.member.orgId);
      return textResult(scope.t(scope.org ? "setup.discarded" : "setup.discardedNotSetUp"));
    },
  };
}
