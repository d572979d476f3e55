/**
 * "fortschritt" / "progress" for managers and quality officers: the summary card with filters,
 * and a drill-down per quality area. Roles come from the server (TurnScope), never from card
 * data; everyone else gets a polite refusal.
 */
import { renderProgressAreaCard, renderProgressCard } from "../../cards";
import { computeProgressSummary } from "../domain/progress";
import { progressFiltersSchema, type ProgressFilters } from "../domain/progress-types";
import { areaIdSchema } from "../domain/quality-models";
import type { CardActionInput } from "../reflection-bot";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import type { FlowRoutes } from "./flow-routes";
import { loadProgressData } from "./progress-loader";
import { progressAreaCardData, progressCardData } from "./progress-presenter";

const areaInputSchema = progressFiltersSchema.extend({ area: areaIdSchema });

const DEFAULT_FILTERS: ProgressFilters = { period: "cycle", group: "all" };

export function canSeeProgress(scope: Pick<TurnScope, "roles">): boolean {
  return scope.roles.has("manager") || scope.roles.has("qualityOfficer");
}

export function progressRoutes(deps: FlowDeps): FlowRoutes {
  async function summarize(scope: TurnScope, filters: ProgressFilters) {
    const org = scope.org;
    if (!org) return undefined;
    const started = deps.clock.now().getTime();
    const data = await loadProgressData(deps.repos, org.orgId);
    const summary = computeProgressSummary({ config: org, ...data, filters, now: scope.now });
    deps.logger.info("progress.summarized", { durationMs: deps.clock.now().getTime() - started, count: data.facts.length });
    return { org, summary };
  }

  /** Checks the role first: what a card sent is not even read for someone who may not see progress. */
  function guarded(handler: (scope: TurnScope, input: CardActionInput | undefined) => Promise<FlowResult>) {
    return (scope: TurnScope, input?: CardActionInput): Promise<FlowResult> | FlowResult => {
      if (!canSeeProgress(scope)) return textResult(scope.t("progress.refused"));
      if (!scope.org) return textResult(scope.t("progress.notSetUp"));
      return handler(scope, input);
    };
  }

  const show = guarded(async (scope, input) => {
    const filters = input ? readInput(input, progressFiltersSchema) : DEFAULT_FILTERS;
    const result = await summarize(scope, filters);
    if (!result) return textResult(scope.t("progress.notSetUp"));
    return cardResult(renderProgressCard(progressCardData(result.summary, result.org, scope)));
  });

  const area = guarded(async (scope, input) => {
    const { area: areaId, ...filters } = readInput(input ?? { verb: "progress.area", data: {} }, areaInputSchema);
    const result = await summarize(scope, filters);
    if (!result) return textResult(scope.t("progress.notSetUp"));
    const found = result.summary.figures?.areas.find((candidate) => candidate.area === areaId);
    // No figures any more (or the area is not in the group): the overview explains why.
    if (!found) return cardResult(renderProgressCard(progressCardData(result.summary, result.org, scope)));
    return cardResult(renderProgressAreaCard(progressAreaCardData(result.summary, found, result.org, scope)));
  });

  return {
    commands: { progress: (scope) => show(scope) },
    actions: {
      "progress.show": (scope, input) => show(scope, input),
      "progress.area": (scope, input) => area(scope, input),
    },
  };
}
