/**
 * "kennungen" / "prompt ids": the catalogue's prompts of one quality area with their ids, for the
 * quality officer who files answers under requirements with „; Fragen: …“ in the grundlagen list.
 * One area per card (all prompts on one card would pass Teams' card size), with buttons to the
 * neighbouring areas; the typed command opens a new card, so a grundlagen form being filled in
 * stays as it is.
 */
import { z } from "zod";
import { renderNoticeCard, type CardButton } from "../../cards";
import { fillPrompt, promptsForCell } from "../domain/catalog/prompt-catalog";
import { isAreaElevenSplit } from "../domain/cycle";
import type { OrgConfig } from "../domain/org-config";
import { AREA_IDS, areaIdSchema, DIMENSION_IDS, findArea, findDimension, type AreaId } from "../domain/quality-models";
import { areaFromText } from "../domain/report-basis";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import type { FlowRoutes } from "./flow-routes";

const areaInput = z.object({ area: areaIdSchema });

/** The area's prompts as the organisation's members get them, in the order of the five moves. */
function promptFacts(scope: TurnScope, org: OrgConfig, area: AreaId): { title: string; value: string }[] {
  return DIMENSION_IDS.flatMap((dimension) =>
    promptsForCell(org.model, area, dimension, isAreaElevenSplit(org.cycle)).map((prompt) => ({
      title: prompt.id,
      value: `${findDimension(dimension).name[scope.locale]}: ${fillPrompt(prompt.text, org, scope.locale)}`,
    })),
  );
}

function promptListCard(scope: TurnScope, org: OrgConfig, area: AreaId): FlowResult {
  const { t } = scope;
  const { number, name } = findArea(org.model, area);
  const facts = promptFacts(scope, org, area);
  const at = AREA_IDS.indexOf(area);
  const neighbour = (id: AreaId | undefined, key: "promptList.previous" | "promptList.next"): CardButton[] =>
    id
      ? [{ title: t(key, { number: findArea(org.model, id).number }), verb: "reportBasis.prompts", data: { area: id } }]
      : [];
  return cardResult(
    renderNoticeCard({
      title: t("promptList.title", { number, name: name[scope.locale] }),
      lines: [t("promptList.intro", { example: facts[0]?.title ?? "" })],
      facts,
      actions: [
        ...neighbour(AREA_IDS[at - 1], "promptList.previous"),
        ...neighbour(AREA_IDS[at + 1], "promptList.next"),
        { title: t("promptList.back"), verb: "reportBasis.open" },
      ],
    }),
  );
}

/** `kennungen`, `kennungen 5`, `kennungen QB 5` or `kennungen Controlling`; QB 1 without an area. */
function fromCommand(scope: TurnScope, args: string): FlowResult {
  const { org } = scope;
  if (!org) return textResult(scope.t("prompt.notSetUp"));
  const area = args.trim() === "" ? AREA_IDS[0] : areaFromText(org.model, args);
  return area ? promptListCard(scope, org, area) : textResult(scope.t("promptList.unknownArea"));
}

export const promptListRoutes: FlowRoutes = {
  commands: { promptIds: fromCommand },
  actions: {
    "reportBasis.prompts": (scope, input) => {
      if (!scope.org) return textResult(scope.t("prompt.notSetUp"));
      return promptListCard(scope, scope.org, readInput(input, areaInput).area);
    },
  },
};
