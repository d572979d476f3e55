/**
 * The gaps the progress summary names: cells whose evidence since the cycle start is none or
 * thin, most urgent first by the same score the rotation uses to pick the next cells (weighted
 * by how close the Selbstreport is). So "the next rounds ask for it" is what actually happens,
 * as long as someone is asked about the area and the cycle is still running.
 */
import { computeCoverage } from "./coverage";
import type { AnswerFact } from "./coverage-types";
import { deadlineWeight, type CyclePhase } from "./cycle";
import type { OrgConfig } from "./org-config";
import type { ProgressGap, ProgressMember } from "./progress-types";
import { DIMENSION_IDS, type AreaId } from "./quality-models";
import { areasForMember, evidenceScore } from "./rotation";

const TOP_GAPS = 5;

export function topGaps(
  config: OrgConfig,
  cycleFacts: readonly AnswerFact[],
  areas: readonly AreaId[],
  members: readonly ProgressMember[],
  phase: CyclePhase,
  now: Date,
): ProgressGap[] {
  const thresholds = config.coverageThresholds;
  const weight = deadlineWeight(config.cycle, now, config.schedule.timeZone);
  const askedAreas = new Set<AreaId>();
  const memberGroups = new Set(members.filter((member) => member.isInstalled).map((member) => member.group));
  for (const group of memberGroups) for (const area of areasForMember(config, group)) askedAreas.add(area);

  return computeCoverage(cycleFacts, thresholds, areas)
    .map((cell, order) => ({
      cell,
      score: evidenceScore(cell.answers, cell.contributors, thresholds, weight),
      // Equal scores go round the areas (every area's rationale, then procedures …), not five cells of QB 1.
      spread: (order % DIMENSION_IDS.length) * areas.length + Math.floor(order / DIMENSION_IDS.length),
    }))
    .filter(({ cell }) => cell.status !== "enough")
    .sort((a, b) => a.score - b.score || a.spread - b.spread)
    .slice(0, TOP_GAPS)
    .map(({ cell }) => ({
      area: cell.area,
      dimension: cell.dimension,
      lack: cell.answers === 0 ? "none" : cell.answers < thresholds.enoughAnswers ? "fewAnswers" : "fewPeople",
      nextStep: phase === "report-overdue" ? "cycleOver" : askedAreas.has(cell.area) ? "nextRounds" : "noGroupAsked",
    }));
}
