/** Every flow's routes, joined. A new flow adds one line here. */
import { deliveryStatusRoutes } from "./delivery-status-flow";
import { exportRoutes } from "./export-flow";
import { mergeRoutes } from "./flow-routes";
import { progressRoutes } from "./progress-flow";
import { promptListRoutes } from "./prompt-list-flow";
import { reportBasisRoutes } from "./report-basis-flow";
import type { FlowDeps } from "./flow-deps";
import { setupRoutes } from "./setup-routes";
import { staffRoutes } from "./staff-routes";
import { welcomeRoutes } from "./welcome-flow";

export function createRoutes(deps: FlowDeps): ReturnType<typeof mergeRoutes> {
  return mergeRoutes([
    welcomeRoutes(deps.isLocalMode),
    staffRoutes(deps),
    deliveryStatusRoutes(deps),
    setupRoutes(deps),
    progressRoutes(deps),
    exportRoutes(deps),
    reportBasisRoutes(deps),
    promptListRoutes,
  ]);
}

export type { FlowDeps, DraftServices } from "./flow-deps";
export { runDraftJobInBackground } from "./export-flow";
export { createPromptChooser } from "./prompt-chooser";
export { onboardingCard } from "./staff-routes";
