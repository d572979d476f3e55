/**
 * The coverage map and per-area drill-down of the progress summary: every area × dimension over
 * the answers released so far (see anonymity-release.ts), the same in every view a manager can
 * pick, with numbers only where the cell rule allows them (see anonymity-cells.ts).
 */
import { discloseCells, type CellDisclosure } from "./anonymity-cells";
import { coverageStatus, type CoverageThresholds } from "./coverage";
import type { AnswerFact } from "./coverage-types";
import type { AreaProgress, CellCounts, ProgressCell } from "./progress-types";
import { AREA_IDS, DIMENSION_IDS, type AreaId } from "./quality-models";

/** An answer that a step released, and the last day that step covers. */
export interface ReleasedFact {
  fact: AnswerFact;
  through: string;
}

interface CellTally {
  answers: number;
  people: Set<string>;
  through?: string;
}

/** Every area of the model, in order, each with its five dimensions. */
export function areaProgress(
  released: readonly ReleasedFact[],
  thresholds: CoverageThresholds,
  threshold: number,
): AreaProgress[] {
  const cells = new Map<string, CellTally>();
  const keyOf = (area: AreaId, dimension: string) => `${area}/${dimension}`;
  for (const area of AREA_IDS)
    for (const dimension of DIMENSION_IDS) cells.set(keyOf(area, dimension), { answers: 0, people: new Set() });
  for (const { fact, through } of released) {
    const cell = cells.get(keyOf(fact.area, fact.dimension));
    if (!cell) continue;
    cell.answers += 1;
    cell.people.add(fact.memberId);
    if (!cell.through || through > cell.through) cell.through = through;
  }
  const ordered = [...cells.values()];
  const disclosure = discloseCells(ordered, threshold);
  return AREA_IDS.map((area, row) => ({
    area,
    cells: DIMENSION_IDS.map((dimension, column): ProgressCell => {
      const index = row * DIMENSION_IDS.length + column;
      const cell = ordered[index] as CellTally;
      return cellProgress(dimension, cell, disclosure[index] as CellDisclosure, thresholds, threshold);
    }),
  }));
}

function cellProgress(
  dimension: ProgressCell["dimension"],
  cell: CellTally,
  disclosure: CellDisclosure,
  thresholds: CoverageThresholds,
  threshold: number,
): ProgressCell {
  if (disclosure === "fewerThan") return { dimension, status: "fewerThan", counts: { kind: "fewerThan", threshold } };
  const isEnough = coverageStatus(cell.answers, cell.people.size, thresholds) === "enough";
  const counts: CellCounts =
    disclosure === "shown"
      ? { kind: "shown", answers: cell.answers, people: cell.people.size }
      : { kind: "withheld", threshold };
  return {
    dimension,
    status: isEnough ? "enough" : "thin",
    counts,
    ...(isEnough ? {} : { lacking: cell.answers < thresholds.enoughAnswers ? "answers" : "people" }),
    ...(cell.through ? { updatedThrough: cell.through } : {}),
  };
}
