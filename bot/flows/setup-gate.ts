/**
 * Until a quality officer has set the organisation up, whatever needs its configuration gets a
 * friendly "not yet set up" for staff and the setup card for quality officers; a quality
 * officer who installs the bot then sees the setup card right after the welcome.
 */
import type { CommandId } from "../commands";
import { textResult, type FlowResult, type TurnScope } from "../turn-scope";
import type { FlowDeps } from "./flow-deps";
import { createSetupFlow } from "./setup-flow";

/** Commands that cannot answer without the organisation's configuration. */
const NEEDS_CONFIGURATION: ReadonlySet<CommandId> = new Set<CommandId>([
  "prompt",
  "myAnswers",
  "settings",
  "progress",
  "export",
  "overview",
  "runSchedule",
]);

export interface SetupGate {
  /** The answer instead of the command's, while the organisation is not set up. */
  beforeCommand(scope: TurnScope, command: CommandId): Promise<FlowResult | undefined>;
  /** What follows the welcome on install, while the organisation is not set up. */
  afterWelcome(scope: TurnScope): Promise<FlowResult | undefined>;
}

export function createSetupGate(deps: FlowDeps): SetupGate {
  const setup = createSetupFlow(deps);
  const isOfficer = (scope: TurnScope) => scope.roles.has("qualityOfficer");
  return {
    async beforeCommand(scope, command) {
      if (scope.org || !NEEDS_CONFIGURATION.has(command)) return undefined;
      return isOfficer(scope) ? setup.open(scope, { isBeforeSetup: true }) : textResult(scope.t("prompt.notSetUp"));
    },
    async afterWelcome(scope) {
      return !scope.org && isOfficer(scope) ? setup.open(scope, { isBeforeSetup: true }) : undefined;
    },
  };
}
