/**
 * The setup steps as a table, one entry per step: its name and intro, the inputs its card
 * sends, how they are checked, and the card sections that show them. A new step is a new id in
 * SETUP_STEPS (bot/domain/setup-draft.ts) plus an entry here; the flow and the card need no change.
 */
import type { SetupCardSection, SetupInputId } from "../../cards";
import type { SetupDraft, SetupStep } from "../domain/setup-draft";
import type { MessageKey } from "../i18n/translator";
import type { TurnScope } from "../turn-scope";
import type { TypedValues } from "./setup-input";
import { configSections } from "./setup-describe";
import {
  checkCycleStep,
  checkDetailsStep,
  checkGroupsStep,
  checkOwnersStep,
  checkQuietPeriodsStep,
  checkScheduleStep,
  checkSummaryStep,
  type StepInput,
  type StepOutcome,
} from "./setup-step-checks";
import {
  cycleSections,
  detailsSections,
  groupSections,
  ownersSections,
  quietSections,
  scheduleSections,
  type StepContext,
} from "./setup-steps";

/** What a step's card shows: the draft, or what was typed after a problem, and the page of groups. */
interface StepCardInput {
  scope: TurnScope;
  draft: SetupDraft;
  typed: TypedValues;
  page: number;
  context: StepContext;
}

export interface SetupStepEntry {
  /** The step's name in the progress line ("Schritt 2 von 7: Zeitplan"). */
  name: MessageKey;
  intro: MessageKey;
  /**
   * The step's fixed inputs: after a problem their typed values are shown again, not the draft's.
   * Groups and owners add one input per group or area (setup-input.ts) and keep those themselves.
   */
  inputs: readonly SetupInputId[];
  check: (step: StepInput) => StepOutcome;
  render: (card: StepCardInput) => SetupCardSection[];
}

export const SETUP_STEP_TABLE: Record<SetupStep, SetupStepEntry> = {
  cycle: {
    name: "setup.step.cycle",
    intro: "setup.intro.cycle",
    inputs: ["model", "modelVersion", "cycleKind", "cycleStart", "selfReportDue", "testatExpiry"],
    check: checkCycleStep,
    render: ({ scope, draft, typed }) => cycleSections(scope, draft, typed),
  },
  schedule: {
    name: "setup.step.schedule",
    intro: "setup.intro.schedule",
    inputs: ["weekday", "time", "frequency", "timeZone"],
    check: checkScheduleStep,
    render: ({ scope, draft, typed }) => scheduleSections(scope, draft, typed),
  },
  quietPeriods: {
    name: "setup.step.quietPeriods",
    intro: "setup.intro.quietPeriods",
    inputs: ["quietLabel", "quietFrom", "quietTo"],
    check: checkQuietPeriodsStep,
    render: ({ scope, draft, typed }) => quietSections(scope, draft, typed),
  },
  groups: {
    name: "setup.step.groups",
    intro: "setup.intro.groups",
    inputs: ["newGroupName"],
    check: checkGroupsStep,
    render: ({ scope, draft, typed, page }) => groupSections(scope, draft, typed, page),
  },
  owners: {
    name: "setup.step.owners",
    intro: "setup.intro.owners",
    inputs: [],
    check: checkOwnersStep,
    render: ({ scope, draft, typed, context }) => ownersSections(scope, draft, typed, context.people ?? []),
  },
  details: {
    name: "setup.step.details",
    intro: "setup.intro.details",
    inputs: ["threshold", "language", "successDefinition", "servedTermDe", "servedTermEn", "orgName"],
    check: checkDetailsStep,
    render: ({ scope, draft, typed }) => detailsSections(scope, draft, typed),
  },
  summary: {
    name: "setup.step.summary",
    intro: "setup.intro.summary",
    inputs: [],
    check: checkSummaryStep,
    render: ({ scope, draft, context }) =>
      configSections(scope, draft, { today: context.today, people: context.people }),
  },
};
