/**
 * "fortschritt" / "progress" for managers and quality officers: the summary card with filters,
 * and a drill-down per quality area. Who may see it is checked before (bot/flows/route-access.ts),
 * from the server's roles, never from card data.
 */
import { z } from "zod";
import { cardInputs, renderProgressAreaCard, renderProgressCard } from "../../cards";
import type { OrgConfig } from "../domain/org-config";
import { computeProgressSummary } from "../domain/progress";
import { progressFiltersSchema, type ProgressFilters } from "../domain/progress-types";
import { areaIdSchema } from "../domain/quality-models";
import type { CardActionInput } from "./card-input";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import type { FlowRoutes } from "./flow-routes";
import { loadProgressData } from "./progress-loader";
import { progressAreaCardData, progressCardData } from "../presenters/progress-presenter";

/** The progress card's filters are its inputs; the area comes from the button. */
const filtersInput = z.object(cardInputs("progress", progressFiltersSchema.shape));
const areaInputSchema = filtersInput.extend({ area: areaIdSchema });

const DEFAULT_FILTERS: ProgressFilters = { period: "cycle", group: "all" };

export function progressRoutes(deps: FlowDeps): FlowRoutes {
  async function summarize(scope: TurnScope, org: OrgConfig, filters: ProgressFilters) {
    const started = deps.clock.now().getTime();
    const data = await loadProgressData(deps.repos, org.orgId);
    const summary = computeProgressSummary({ config: org, ...data, filters, now: scope.now });
    deps.logger.info("progress.summarized", {
      durationMs: deps.clock.now().getTime() - started,
      count: data.facts.length,
    });
    return summary;
  }

  /** Runs the handler for a set-up organisation only (who may see progress is checked before: route-access.ts). */
  function allowed(
    scope: TurnScope,
    handler: (org: OrgConfig) => Promise<FlowResult>,
  ): Promise<FlowResult> | FlowResult {
    if (!scope.org) return textResult(scope.t("progress.notSetUp"));
    return handler(scope.org);
  }

  const show = (scope: TurnScope, filters: () => ProgressFilters) =>
    allowed(scope, async (org) => {
      const summary = await summarize(scope, org, filters());
      return cardResult(renderProgressCard(progressCardData(summary, org, scope)));
    });

  const area = (scope: TurnScope, input: CardActionInput) =>
    allowed(scope, async (org) => {
      const { area: areaId, ...filters } = readInput(input, areaInputSchema);
      const summary = await summarize(scope, org, filters);
      const found = summary.figures?.areas.find((candidate) => candidate.area === areaId);
      // No figures any more, or the area is not the group's: the overview says why.
      if (!found) return cardResult(renderProgressCard(progressCardData(summary, org, scope)));
      return cardResult(renderProgressAreaCard(progressAreaCardData(summary, found, org, scope)));
    });

  return {
    commands: { progress: (scope) => show(scope, () => DEFAULT_FILTERS) },
    actions: {
      "progress.show": (scope, input) => show(scope, () => readInput(input, filtersInput)),
      "progress.area": (scope, input) => area(scope, input),
    },
  };
}
