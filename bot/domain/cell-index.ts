/**
 * Area × dimension cells numbered 0 … 54 (area order, then dimension order), so that per-member
 * and per-organisation tallies can live in small arrays instead of string-keyed maps.
 */
import { AREA_IDS, DIMENSION_IDS, type AreaId, type DimensionId } from "./quality-models";

export interface Cell {
  area: AreaId;
  dimension: DimensionId;
}

export const CELL_COUNT = AREA_IDS.length * DIMENSION_IDS.length;

const AREA_INDEX = new Map<AreaId, number>(AREA_IDS.map((area, index) => [area, index]));
const DIMENSION_INDEX = new Map<DimensionId, number>(DIMENSION_IDS.map((dimension, index) => [dimension, index]));

const CELLS: readonly Cell[] = AREA_IDS.flatMap((area) => DIMENSION_IDS.map((dimension) => ({ area, dimension })));

/** The cell's number, or -1 for an area or dimension this build does not know. */
export function cellIndex(area: AreaId, dimension: DimensionId): number {
  const row = AREA_INDEX.get(area);
  const column = DIMENSION_INDEX.get(dimension);
  return row === undefined || column === undefined ? -1 : row * DIMENSION_IDS.length + column;
}

export function cellAt(index: number): Cell {
  const cell = CELLS[index];
  if (!cell) throw new Error(`no cell ${index}`);
  return cell;
}

/** The cells of some areas, each area once, in the order given. */
export function cellsOfAreas(areas: readonly AreaId[]): number[] {
  const seen = new Set<AreaId>();
  const cells: number[] = [];
  for (const area of areas) {
    if (seen.has(area)) continue;
    seen.add(area);
    for (const dimension of DIMENSION_IDS) cells.push(cellIndex(area, dimension));
  }
  return cells;
}
