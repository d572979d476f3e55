/** The gaps of one area: reflection dimensions with no or thin evidence, as the coverage model sees them. */
import type { CellCoverage } from "../domain/coverage-types";
import { DIMENSIONS, type AreaId, type Locale } from "../domain/quality-models";
import type { DraftGap } from "./draft";
import type { DraftTexts } from "./draft-texts";

export function findSectionGaps(
  area: AreaId,
  coverage: readonly CellCoverage[],
  hasStatements: (dimension: DraftGap["dimension"]) => boolean,
  texts: DraftTexts,
  locale: Locale,
): DraftGap[] {
  const gaps: DraftGap[] = [];
  for (const dimension of DIMENSIONS) {
    const name = dimension.name[locale];
    const cell = coverage.find((candidate) => candidate.area === area && candidate.dimension === dimension.id);
    if (cell?.status === "thin") {
      gaps.push({
        dimension: dimension.id,
        status: "thin",
        text: texts.gapThin(name, cell.answers, cell.contributors),
      });
    } else if (cell?.status === "none" || (!cell && !hasStatements(dimension.id))) {
      // A cell the coverage does not know about counts as empty only when the draft has nothing for it either.
      gaps.push({ dimension: dimension.id, status: "none", text: texts.gapNone(name) });
    }
  }
  return gaps;
}
