/**
 * The coverage model: how much evidence the organisation has per quality area × reflection
 * dimension, and whether that is enough for the Selbstreport. Feeds the progress summary, the
 * export's list of gaps and the rotation.
 */
import { compareTimestamps } from "./calendar";
import type { AnswerFact, CellCoverage, CoverageStatus } from "./coverage-types";
import type { OrgConfig } from "./org-config";
import { AREA_IDS, DIMENSION_IDS, type AreaId, type DimensionId } from "./quality-models";

export type CoverageThresholds = OrgConfig["coverageThresholds"];

/** "enough" needs both: enough answers, and from enough different people. */
export function coverageStatus(answers: number, contributors: number, thresholds: CoverageThresholds): CoverageStatus {
  if (answers === 0) return "none";
  return answers >= thresholds.enoughAnswers && contributors >= thresholds.enoughContributors ? "enough" : "thin";
}

const DIMENSION_INDEX = new Map<DimensionId, number>(DIMENSION_IDS.map((dimension, index) => [dimension, index]));

/**
 * Coverage of every area × dimension cell of the given areas, in area order and then dimension
 * order; cells without answers are included with status "none". Facts for other areas are
 * ignored. One pass over the facts.
 */
export function computeCoverage(
  facts: readonly AnswerFact[],
  thresholds: CoverageThresholds,
  areas: readonly AreaId[] = AREA_IDS,
): CellCoverage[] {
  const dimensionCount = DIMENSION_IDS.length;
  const areaIndex = new Map<AreaId, number>(areas.map((area, index) => [area, index]));
  const cellCount = areas.length * dimensionCount;
  const answers = new Int32Array(cellCount);
  const contributors = new Int32Array(cellCount);
  const newest = new Array<string | undefined>(cellCount).fill(undefined);
  // Per member, the cells they already count as a contributor in: one map lookup per fact
  // instead of one set per cell.
  const cellsByMember = new Map<string, Uint8Array>();

  for (const fact of facts) {
    const row = areaIndex.get(fact.area);
    const column = DIMENSION_INDEX.get(fact.dimension);
    if (row === undefined || column === undefined) continue;
    const cell = row * dimensionCount + column;
    answers[cell] = (answers[cell] ?? 0) + 1;
    let counted = cellsByMember.get(fact.memberId);
    if (!counted) {
      counted = new Uint8Array(cellCount);
      cellsByMember.set(fact.memberId, counted);
    }
    if (counted[cell] === 0) {
      counted[cell] = 1;
      contributors[cell] = (contributors[cell] ?? 0) + 1;
    }
    const previous = newest[cell];
    if (previous === undefined || compareTimestamps(fact.createdAt, previous) > 0) newest[cell] = fact.createdAt;
  }

  const result: CellCoverage[] = [];
  areas.forEach((area, row) => {
    DIMENSION_IDS.forEach((dimension, column) => {
      const cell = row * dimensionCount + column;
      const count = answers[cell] ?? 0;
      const people = contributors[cell] ?? 0;
      const newestAnswerAt = newest[cell];
      result.push({
        area,
        dimension,
        answers: count,
        contributors: people,
        ...(newestAnswerAt === undefined ? {} : { newestAnswerAt }),
        status: coverageStatus(count, people, thresholds),
      });
    });
  });
  return result;
}
