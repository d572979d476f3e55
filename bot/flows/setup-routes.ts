/** The quality officers' administration: setup, roles and overview, as commands and card verbs. */
import type { FlowDeps } from "./flow-deps";
import type { FlowRoutes } from "./flow-routes";
import { createOverviewFlow } from "./overview-flow";
import { createRolesFlow } from "./roles-flow";
import { createSetupFlow } from "./setup-flow";

export function setupRoutes(deps: FlowDeps): FlowRoutes {
  const setup = createSetupFlow(deps);
  const roles = createRolesFlow(deps);
  const overview = createOverviewFlow(deps);
  return {
    commands: {
      setup: (scope) => setup.open(scope),
      roles: (scope, args) => roles.fromCommand(scope, args),
      overview: (scope) => overview.open(scope),
    },
    actions: {
      "setup.open": (scope, input) => setup.openFromCard(scope, input),
      "setup.next": (scope, input) => setup.next(scope, input),
      "setup.back": (scope, input) => setup.back(scope, input),
      "setup.quietAdd": (scope, input) => setup.quietAdd(scope, input),
      "setup.quietRemove": (scope, input) => setup.quietRemove(scope, input),
      "setup.groupAdd": (scope, input) => setup.groupAdd(scope, input),
      "setup.groupRemove": (scope, input) => setup.groupRemove(scope, input),
      "setup.groupPage": (scope, input) => setup.groupPage(scope, input),
      "setup.finish": (scope) => setup.finish(scope),
      "setup.discard": (scope) => setup.discard(scope),
      "roles.open": (scope) => roles.open(scope),
      "roles.search": (scope, input) => roles.search(scope, input),
      "roles.change": (scope, input) => roles.change(scope, input),
      "overview.open": (scope) => overview.open(scope),
    },
  };
}
