/** "Meine Antworten": the member's own answers, newest first, page by page, filtered by area. */
import { z } from "zod";
import { cardInputs, renderAnswerListCard, type CardButton } from "../../cards";
import { normalizeCommandText } from "../commands";
import { AREA_IDS, findArea, findDimension, type AreaId } from "../domain/quality-models";
import { formatDateAndTime } from "../i18n/format";
import type { CardActionInput } from "./card-input";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import { areaName } from "../presenters/prompt-presenter";

const PAGE_SIZE = 5;
const EXCERPT_LENGTH = 180;

/** The filter's "all areas" choice (a choice needs a non-empty value). */
const ALL_AREAS = "all";

const listInput = z.object({
  ...cardInputs("answer-list", { area: z.union([z.enum(AREA_IDS), z.literal(ALL_AREAS), z.literal("")]).optional() }),
  /** The continuation token on the "more" button. */
  page: z.string().max(4000).optional(),
});

export function createMyAnswersFlow(deps: FlowDeps) {
  async function list(
    scope: TurnScope,
    area: AreaId | undefined,
    continuationToken: string | undefined,
  ): Promise<FlowResult> {
    const org = scope.org;
    if (!org) return textResult(scope.t("prompt.notSetUp"));
    const { t, locale, timeZone } = scope;
    const page = await deps.repos.answers.listForMember(scope.member.orgId, scope.member.memberId, {
      area,
      pageSize: PAGE_SIZE,
      continuationToken,
    });
    const actions: CardButton[] = [];
    if (page.continuationToken)
      actions.push({
        title: t("answers.more"),
        verb: "answers.list",
        data: { area: area ?? ALL_AREAS, page: page.continuationToken },
      });
    return cardResult(
      renderAnswerListCard({
        title: t("answers.title"),
        subtitle: t("answers.subtitle", { count: page.answers.length }),
        filterLabel: t("answers.filter"),
        filterTitle: t("answers.filterApply"),
        selectedArea: area ?? ALL_AREAS,
        areaChoices: [
          { title: t("answers.filterAll"), value: ALL_AREAS },
          ...AREA_IDS.map((id) => ({
            title: `QB ${findArea(org.model, id).number} ${areaName(scope, org, id)}`,
            value: id,
          })),
        ],
        emptyText: t("answers.empty"),
        items: page.answers.map((answer) => ({
          heading: t("answers.heading", {
            date: formatDateAndTime(answer.createdAt, locale, timeZone),
            number: findArea(org.model, answer.area).number,
            area: areaName(scope, org, answer.area),
            dimension: findDimension(answer.dimension).name[locale],
          }),
          excerpt:
            answer.text.length > EXCERPT_LENGTH ? `${answer.text.slice(0, EXCERPT_LENGTH).trimEnd()} …` : answer.text,
          openTitle: t("answers.open"),
          openData: { verb: "answer.open", answerId: answer.answerId },
        })),
        actions,
      }),
    );
  }

  return {
    /** "meine antworten [bereich]": the area may be named in the command. */
    fromCommand(scope: TurnScope, args: string): Promise<FlowResult> {
      return list(scope, scope.org && args ? matchArea(scope, args) : undefined, undefined);
    },

    fromCard(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { area, page } = readInput(input, listInput);
      return list(scope, area && area !== ALL_AREAS ? area : undefined, page || undefined);
    },
  };
}

/** "Leitbild", "qb 2", "2" or a name with a typo prefix → the area. */
function matchArea(scope: TurnScope, text: string): AreaId | undefined {
  const org = scope.org;
  if (!org) return undefined;
  const wanted = normalizeCommandText(text).replace(/^qb\s*/, "");
  return AREA_IDS.find((id) => {
    const area = findArea(org.model, id);
    const names = [area.name.de, area.name.en, areaName(scope, org, id)].map(normalizeCommandText);
    return String(area.number) === wanted || names.some((name) => name.startsWith(wanted) && wanted.length >= 3);
  });
}
