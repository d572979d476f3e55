/** The gaps of one area: reflection dimensions with no or thin evidence, as the coverage model sees them. */
import type { CellCoverage } from "../domain/coverage-types";
import { DIMENSIONS, type AreaId, type DimensionId, type Locale } from "../domain/quality-models";
import type { DraftGap } from "./draft";
import type { DraftTexts } from "./draft-texts";

export function findSectionGaps(
  area: AreaId,
  coverage: readonly CellCoverage[],
  hasStatements: (dimension: DimensionId) => boolean,
  texts: DraftTexts,
  locale: Locale,
): DraftGap[] {
  const gaps: DraftGap[] = [];
  for (const dimension of DIMENSIONS) {
    const name = dimension.name[locale];
    const cell = coverage.find((candidate) => candidate.area === area && candidate.dimension === dimension.id);
    if (cell?.status === "thin") {
      gaps.push({
        rule: "coverage.thin",
        dimension: dimension.id,
        text: texts.gapThin(name, cell.answers, cell.contributors),
      });
    } else if (cell?.status === "none" || (!cell && !hasStatements(dimension.id))) {
      // A cell the coverage does not know about counts as empty only when the draft has nothing for it either.
      gaps.push({ rule: "coverage.none", dimension: dimension.id, text: texts.gapNone(name) });
    }
  }
  return gaps;
}
