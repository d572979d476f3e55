/**
 * The coverage map and per-area drill-down of the progress summary: the coverage model's cells,
 * with contributor counts below the anonymity threshold reduced to "fewer than k".
 */
import { peopleCount } from "./anonymity";
import { computeCoverage, type CoverageThresholds } from "./coverage";
import type { AnswerFact } from "./coverage-types";
import type { AreaId } from "./quality-models";
import type { AreaProgress } from "./progress-types";

export function areaProgress(
  facts: readonly AnswerFact[],
  areas: readonly AreaId[],
  thresholds: CoverageThresholds,
  threshold: number,
): AreaProgress[] {
  const cells = computeCoverage(facts, thresholds, areas);
  const peopleByArea = new Map<AreaId, Set<string>>(areas.map((area) => [area, new Set<string>()]));
  for (const fact of facts) peopleByArea.get(fact.area)?.add(fact.memberId);

  return areas.map((area) => {
    const ofArea = cells.filter((cell) => cell.area === area);
    const newest = ofArea.reduce<string | undefined>(
      (latest, cell) =>
        cell.newestAnswerAt && (!latest || Date.parse(cell.newestAnswerAt) > Date.parse(latest))
          ? cell.newestAnswerAt
          : latest,
      undefined,
    );
    return {
      area,
      answers: ofArea.reduce((sum, cell) => sum + cell.answers, 0),
      contributors: peopleCount(peopleByArea.get(area)?.size ?? 0, threshold),
      ...(newest ? { newestAnswerAt: newest } : {}),
      cells: ofArea.map((cell) => ({
        dimension: cell.dimension,
        status: cell.status,
        answers: cell.answers,
        contributors: peopleCount(cell.contributors, threshold),
        ...(cell.newestAnswerAt ? { newestAnswerAt: cell.newestAnswerAt } : {}),
      })),
    };
  });
}
