/**
 * The coverage map and per-area drill-down of the progress summary: every area × dimension over
 * the answers released so far (see anonymity-release.ts), the same in every view a manager can
 * pick, with numbers only where the cell rule allows them (see anonymity-cells.ts).
 */
import { discloseCells, type CellDisclosure } from "./anonymity-cells";
import { coverageStatus, type CoverageThresholds } from "./coverage";
import type { AreaProgress, CellCounts, ProgressCell } from "./progress-types";
import { AREA_IDS, DIMENSION_IDS } from "./quality-models";

/** The answers a step released into one cell, who gave them, and the last day of the latest such step. */
export interface CellTally {
  answers: number;
  people: Set<number>;
  through?: string;
}

/** One empty tally per cell of the model, in area order and then dimension order. */
export function emptyCells(): CellTally[] {
  return Array.from({ length: AREA_IDS.length * DIMENSION_IDS.length }, () => ({ answers: 0, people: new Set() }));
}

/** Every area of the model, in order, each with its five dimensions. */
export function areaProgress(
  cells: readonly CellTally[],
  thresholds: CoverageThresholds,
  threshold: number,
): AreaProgress[] {
  const disclosure = discloseCells(cells, threshold);
  return AREA_IDS.map((area, row) => ({
    area,
    cells: DIMENSION_IDS.map((dimension, column): ProgressCell => {
      const index = row * DIMENSION_IDS.length + column;
      const cell = cells[index] as CellTally;
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
