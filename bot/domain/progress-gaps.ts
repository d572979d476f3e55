/**
 * The gaps the progress summary names: cells of the coverage map that are not yet "enough",
 * those with answers from fewer than k people first, then those short of answers, then those
 * short of different people; equal ones go round the areas (every area's rationale, then
 * procedures …) rather than naming five cells of one area. Only what the map shows decides the
 * order, so the list tells no more than the map. A gap nobody can be asked about (no member's
 * group and audiences reach a prompt of the cell, and nobody owns its facts) says so.
 */
import { cellIndex } from "./cell-index";
import type { CyclePhase } from "./cycle";
import type { OrgConfig } from "./org-config";
import { cellsAskedOf } from "./prompt-audience";
import type { AreaProgress, ProgressCell, ProgressGap, ProgressMember } from "./progress-types";

const TOP_GAPS = 5;
const LACK_ORDER: ProgressGap["lack"][] = ["fewerThan", "fewAnswers", "fewPeople"];

export function topGaps(
  config: Pick<OrgConfig, "groups" | "areaOwners" | "model" | "cycle">,
  areas: readonly AreaProgress[],
  members: readonly ProgressMember[],
  phase: CyclePhase,
): ProgressGap[] {
  const askedCells = cellsAskedOf(
    config,
    members.filter((member) => member.isInstalled),
  );

  return areas
    .flatMap((area, row) =>
      area.cells.map((cell, column) => ({
        area: area.area,
        cell,
        spread: column * areas.length + row,
      })),
    )
    .filter(({ cell }) => cell.status !== "enough")
    .map(({ area, cell, spread }) => ({ area, cell, spread, lack: lackOf(cell) }))
    .sort((a, b) => LACK_ORDER.indexOf(a.lack) - LACK_ORDER.indexOf(b.lack) || a.spread - b.spread)
    .slice(0, TOP_GAPS)
    .map(({ area, cell, lack }) => ({
      area,
      dimension: cell.dimension,
      lack,
      nextStep:
        phase === "report-overdue"
          ? "cycleOver"
          : askedCells.has(cellIndex(area, cell.dimension))
            ? "nextRounds"
            : "noGroupAsked",
    }));
}

function lackOf(cell: ProgressCell): ProgressGap["lack"] {
  if (cell.status === "fewerThan") return "fewerThan";
  return cell.lacking === "people" ? "fewPeople" : "fewAnswers";
}
