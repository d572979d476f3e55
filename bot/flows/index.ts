/** Every flow's routes, joined. A new flow adds one line here. */
import { mergeRoutes, type FlowRoutes } from "./flow-routes";
import type { FlowDeps } from "./flow-deps";
import { staffRoutes } from "./staff-routes";
import { welcomeRoutes } from "./welcome-flow";

export function createRoutes(deps: FlowDeps): Required<FlowRoutes> {
  return mergeRoutes([welcomeRoutes(), staffRoutes(deps)]);
}

export type { FlowDeps, PromptChooser, DownloadLinks } from "./flow-deps";
export { createPromptChooser } from "./prompt-chooser";
export { onboardingCard } from "./staff-routes";
