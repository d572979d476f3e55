/**
 * Setup for quality officers ("einrichtung"): seven short cards from quality model to summary.
 * Each step is checked before it is kept in the organisation's setup draft, so a lost card or a
 * second officer loses nothing; "Einrichtung abschließen" writes the configuration with the
 * ETag the draft started from and records what changed in the audit log. The steps themselves
 * (inputs, checks, cards) are the table in setup-step-table.ts.
 */
import { renderNoticeCard } from "../../cards";
import type { OrgConfig } from "../domain/org-config";
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
import { addGroup, checkCycleForm, removeGroup, type SetupProblem } from "../domain/setup-rules";
import { isAppError } from "../errors";
import { formatDateTime } from "../i18n/format";
import type { Repositories, Versioned } from "../store";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { CardActionInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import { nextRunOf } from "./next-run";
import { readSetupPayload, typedValuesOf, type SetupPayload, type TypedValues } from "./setup-input";
import { renderSetupStep, type StepView } from "./setup-step-card";
import { addQuietPeriod, editedGroups, todayOf, type StepInput, type StepOutcome } from "./setup-step-checks";
import { SETUP_STEP_TABLE } from "./setup-step-table";
import { pageCount, type SetupPerson } from "./setup-steps";
import { recordAudit } from "./audit-entry";

/** The draft a turn works on, with what it is compared against and who may own areas. */
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

/** The stored draft, or a new one from the stored configuration (or from scratch). */
async function loadSetup(repos: Repositories, scope: TurnScope): Promise<Loaded> {
  const orgId = scope.member.orgId;
  const [stored, base, people] = await Promise.all([
    repos.setupDrafts.get(orgId),
    repos.orgs.getVersioned(orgId),
    installedPeople(repos, orgId),
  ]);
  if (stored) return { draft: stored.value, isStored: true, base, people };
  const draft = base
    ? setupDraftFromConfig(base.value, base.etag, scope.member.memberId, scope.now)
    : newSetupDraft(orgId, todayOf(scope), scope.member.memberId, scope.now);
  return { draft, isStored: false, base, people };
}

async function installedPeople(repos: Repositories, orgId: string): Promise<SetupPerson[]> {
  const people: SetupPerson[] = [];
  for await (const page of repos.members.listByOrg(orgId))
    for (const member of page)
      if (member.isInstalled) people.push({ memberId: member.memberId, name: member.name, roles: member.roles });
  return people;
}

/** Keeps a step's change in the draft, applied to whatever is stored by then. */
function keepStep(
  repos: Repositories,
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

const showStep = (scope: TurnScope, loaded: Loaded, draft: SetupDraft, step: SetupStep, view?: StepView) =>
  renderSetupStep(scope, draft, step, { today: todayOf(scope), base: loaded.base?.value, people: loaded.people }, view);

/** What a step's check reads from this turn's card. */
function stepInput(scope: TurnScope, loaded: Loaded, step: SetupStep, input: CardActionInput, payload: SetupPayload) {
  return {
    scope,
    draft: loaded.draft,
    people: loaded.people,
    input,
    payload,
    typed: typedValuesOf(payload, SETUP_STEP_TABLE[step].inputs),
  } satisfies StepInput;
}

/** Checks the shown step, keeps it, and shows the next or previous one (or the same when it must stay). */
async function moveStep(
  repos: Repositories,
  scope: TurnScope,
  input: CardActionInput,
  direction: 1 | -1,
): Promise<FlowResult> {
  const loaded = await loadSetup(repos, scope);
  const payload = readSetupPayload(input);
  const step = setupStepAt(payload.step ?? loaded.draft.step);
  const outcome = SETUP_STEP_TABLE[step].check(stepInput(scope, loaded, step, input, payload));
  if (!outcome.ok)
    return showStep(scope, loaded, loaded.draft, step, {
      problems: outcome.problems,
      typed: outcome.typed,
      page: outcome.page,
    });
  const target = outcome.stay ? step : setupStepAt(setupStepNumber(step) + direction);
  const draft = await keepStep(repos, scope, loaded.draft, outcome.change, target);
  return showStep(scope, loaded, draft, target, outcome.stay ?? { notices: outcome.notices ?? [] });
}

/** Applies an outcome on a step that stays put (add, remove, page). */
async function stayOn(
  repos: Repositories,
  scope: TurnScope,
  loaded: Loaded,
  step: SetupStep,
  outcome: StepOutcome,
  notices: string[] = [],
  page?: number,
) {
  if (!outcome.ok)
    return showStep(scope, loaded, loaded.draft, step, {
      problems: outcome.problems,
      typed: outcome.typed,
      page: outcome.page ?? page,
    });
  const draft = await keepStep(repos, scope, loaded.draft, outcome.change, step);
  return showStep(scope, loaded, draft, step, {
    notices: [...notices, ...(outcome.stay?.notices ?? [])],
    page: outcome.stay?.page ?? page,
  });
}

async function openSetup(repos: Repositories, scope: TurnScope, options: OpenOptions = {}): Promise<FlowResult> {
  const loaded = await loadSetup(repos, scope);
  const step = setupStepAt(options.step ?? loaded.draft.step);
  const notices: string[] = [];
  if (options.isBeforeSetup && !loaded.base) notices.push(scope.t("setup.notSetUp"));
  if (loaded.isStored && options.step === undefined)
    notices.push(
      scope.t("setup.resumed", { date: formatDateTime(loaded.draft.updatedAt, scope.locale, scope.timeZone) }),
    );
  return showStep(scope, loaded, loaded.draft, step, { notices });
}

async function addQuietPeriodOnCard(repos: Repositories, scope: TurnScope, input: CardActionInput) {
  const loaded = await loadSetup(repos, scope);
  const payload = readSetupPayload(input);
  const outcome = addQuietPeriod(stepInput(scope, loaded, "quietPeriods", input, payload));
  return stayOn(repos, scope, loaded, "quietPeriods", outcome);
}

async function removeQuietPeriods(repos: Repositories, scope: TurnScope, input: CardActionInput) {
  const loaded = await loadSetup(repos, scope);
  const ids = readSetupPayload(input)
    .value("quietRemove")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0)
    return showStep(scope, loaded, loaded.draft, "quietPeriods", {
      notices: [scope.t("setup.quiet.nothingSelected")],
    });
  const removed = loaded.draft.quietPeriods.filter((period) => ids.includes(period.id)).length;
  const outcome: StepOutcome = {
    ok: true,
    change: (current) => ({ quietPeriods: current.quietPeriods.filter((period) => !ids.includes(period.id)) }),
  };
  return stayOn(repos, scope, loaded, "quietPeriods", outcome, [scope.t("setup.quiet.removed", { count: removed })]);
}

/** The groups card again, with what was typed and the problems with it. */
const refused = (problems: SetupProblem[], typed: TypedValues, page: number): StepOutcome => ({
  ok: false,
  problems,
  typed,
  page,
});

async function addGroupOnCard(repos: Repositories, scope: TurnScope, input: CardActionInput) {
  const loaded = await loadSetup(repos, scope);
  const payload = readSetupPayload(input);
  const { checked, typed } = editedGroups(loaded.draft, input, payload);
  if (!checked.ok) return stayOn(repos, scope, loaded, "groups", refused(checked.problems, typed, payload.page));
  const added = addGroup(payload.value("newGroupName"), checked.value);
  if (!added.ok) return stayOn(repos, scope, loaded, "groups", refused(added.problems, typed, payload.page));
  const name = payload.value("newGroupName").trim();
  return stayOn(
    repos,
    scope,
    loaded,
    "groups",
    { ok: true, change: () => ({ groups: added.value }) },
    [scope.t("setup.groups.added", { name })],
    pageCount(added.value.length) - 1,
  );
}

async function removeGroupOnCard(repos: Repositories, scope: TurnScope, input: CardActionInput) {
  const loaded = await loadSetup(repos, scope);
  const payload = readSetupPayload(input);
  const group = loaded.draft.groups.find((candidate) => candidate.id === payload.groupId);
  if (!group) return showStep(scope, loaded, loaded.draft, "groups", { page: payload.page });
  const remaining = removeGroup(group.id, loaded.draft.groups);
  if (!remaining.ok)
    return showStep(scope, loaded, loaded.draft, "groups", { problems: remaining.problems, page: payload.page });
  const { checked, typed } = editedGroups(loaded.draft, input, payload, group.id);
  if (!checked.ok) return stayOn(repos, scope, loaded, "groups", refused(checked.problems, typed, payload.page));
  const page = Math.min(payload.page, pageCount(checked.value.length) - 1);
  const removed = scope.t("setup.groups.removed", { name: group.name });
  const outcome: StepOutcome = { ok: true, change: () => ({ groups: checked.value }) };
  return stayOn(repos, scope, loaded, "groups", outcome, [removed], page);
}

/** Another page of groups, keeping what was typed on this one. */
async function turnGroupPage(repos: Repositories, scope: TurnScope, input: CardActionInput) {
  const loaded = await loadSetup(repos, scope);
  const payload = readSetupPayload(input);
  const { checked, typed } = editedGroups(loaded.draft, input, payload);
  if (!checked.ok) return stayOn(repos, scope, loaded, "groups", refused(checked.problems, typed, payload.page));
  const outcome: StepOutcome = { ok: true, change: () => ({ groups: checked.value }) };
  return stayOn(repos, scope, loaded, "groups", outcome, [], payload.toPage ?? payload.page);
}

/** "Einrichtung abschließen": the draft checked again, saved against the ETag it started from, audited. */
async function finishSetup(repos: Repositories, scope: TurnScope): Promise<FlowResult> {
  const loaded = await loadSetup(repos, scope);
  const { draft, base } = loaded;
  if (!loaded.isStored) return showStep(scope, loaded, draft, "summary");
  const problems = recheckDates(scope, draft);
  if (problems.length > 0) return showStep(scope, loaded, draft, "cycle", { problems });
  if (base?.etag !== draft.base?.etag) return rebaseDraft(repos, scope, loaded);
  const parsed = configFromDraft(draft, base?.value, scope.now);
  if (!parsed.success)
    return showStep(scope, loaded, draft, "summary", {
      notices: [scope.t("error.invalidInput", { correlationId: scope.activityId })],
    });
  const changed = changedSetupFields(base?.value, parsed.data);
  if (changed.length > 0) {
    try {
      await repos.orgs.save(parsed.data, base?.etag);
    } catch (error) {
      if (isAppError(error, "CONFLICT")) return rebaseDraft(repos, scope, await loadSetup(repos, scope));
      throw error;
    }
    await recordAudit(repos, scope, "config.changed", {
      fields: changed.join(","),
      fieldCount: changed.length,
      isFirstSetup: base === undefined,
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
function recheckDates(scope: TurnScope, draft: SetupDraft): SetupProblem[] {
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
async function rebaseDraft(repos: Repositories, scope: TurnScope, loaded: Loaded): Promise<FlowResult> {
  const current = loaded.base;
  const draft = await keepStep(
    repos,
    scope,
    loaded.draft,
    () => ({ base: current ? { etag: current.etag, model: current.value.model } : undefined }),
    "summary",
  );
  return showStep(scope, loaded, draft, "summary", { notices: [scope.t("setup.conflict")] });
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

async function discardSetup(repos: Repositories, scope: TurnScope): Promise<FlowResult> {
  await repos.setupDrafts.delete(scope.member.orgId);
  return textResult(scope.t(scope.org ? "setup.discarded" : "setup.discardedNotSetUp"));
}

export function createSetupFlow({ repos }: FlowDeps) {
  return {
    open: (scope: TurnScope, options?: OpenOptions) => openSetup(repos, scope, options),
    openFromCard: (scope: TurnScope, input: CardActionInput) =>
      openSetup(repos, scope, { step: readSetupPayload(input).step ?? 1 }),
    next: (scope: TurnScope, input: CardActionInput) => moveStep(repos, scope, input, 1),
    back: (scope: TurnScope, input: CardActionInput) => moveStep(repos, scope, input, -1),
    quietAdd: (scope: TurnScope, input: CardActionInput) => addQuietPeriodOnCard(repos, scope, input),
    quietRemove: (scope: TurnScope, input: CardActionInput) => removeQuietPeriods(repos, scope, input),
    groupAdd: (scope: TurnScope, input: CardActionInput) => addGroupOnCard(repos, scope, input),
    groupRemove: (scope: TurnScope, input: CardActionInput) => removeGroupOnCard(repos, scope, input),
    groupPage: (scope: TurnScope, input: CardActionInput) => turnGroupPage(repos, scope, input),
    finish: (scope: TurnScope) => finishSetup(repos, scope),
    discard: (scope: TurnScope) => discardSetup(repos, scope),
  };
}
