/** Builds the prompt card (and its edit variant) from a catalog prompt, the organisation and the member's language. */
import { renderPromptCard, type CardButton } from "../../cards";
import {
  ANSWER_MAX_LENGTH,
  ANSWER_PASTE_MAX_LENGTH,
  DOCUMENT_DATE_MAX_LENGTH,
  DOCUMENT_TITLE_MAX_LENGTH,
  EVIDENCE_MAX_LENGTH,
  type Answer,
} from "../domain/answer";
import { fillPrompt, type CatalogPrompt } from "../domain/catalog/prompt-catalog";
import { areaNameIn, type OrgConfig } from "../domain/org-config";
import { findArea, findDimension, QUALITY_MODELS, type AreaId } from "../domain/quality-models";
import { formatDate } from "../i18n/format";
import { cardResult, type FlowResult, type TurnScope } from "../turn-scope";
import { asksForDocument, asksForStatus, storedDetails, type KeptDetails } from "./answer-details";

/**
 * Who reads the card: language, time zone and roles (a quality officer sees the prompt's id).
 * A turn's scope is one; the scheduler builds one for a member who did not write.
 */
export type CardReader = Pick<TurnScope, "t" | "locale" | "timeZone" | "roles">;

export interface KeptInput extends Partial<KeptDetails> {
  answer: string;
  evidence: string;
}

/** "LQW · QB 2 · Bedarfserschließung", with the organisation's own name for an unverified area. */
export function areaLine(scope: CardReader, org: OrgConfig, area: AreaId): string {
  const model = QUALITY_MODELS[org.model];
  const number = findArea(org.model, area).number;
  return scope.t("prompt.areaLine", { model: model.abbreviation, number, area: areaName(scope, org, area) });
}

export function areaName(scope: CardReader, org: OrgConfig, area: AreaId): string {
  return areaNameIn(org, area, scope.locale);
}

interface PromptCardOptions {
  scope: CardReader;
  org: OrgConfig;
  prompt: CatalogPrompt;
  deliveryId: string;
  kept?: KeptInput;
  notice?: string;
  /** The person's own earlier answer, quoted on a follow-up. */
  previous?: Pick<Answer, "text" | "createdAt">;
  isFollowUp?: boolean;
}

export function presentPrompt(options: PromptCardOptions): FlowResult {
  const { scope, org, prompt, deliveryId, kept, notice, previous, isFollowUp } = options;
  const { t, locale } = scope;
  const ids = { deliveryId };
  const snoozeOption = (key: "hour" | "tomorrow" | "nextWeek"): CardButton => ({
    title: t(`prompt.snooze.${key}`),
    verb: "prompt.snooze",
    data: { ...ids, until: key },
  });
  const secondary: CardButton[] = [{ title: t("prompt.skip"), verb: "prompt.skip", data: ids }];
  if (!isFollowUp) secondary.push({ title: t("prompt.another"), verb: "prompt.another", data: ids });
  return cardResult(
    renderPromptCard({
      ...common(scope, org, prompt, kept ?? {}, kept?.evidence ?? ""),
      previousAnswerLabel: previous
        ? t("prompt.previousAnswer", { date: formatDate(previous.createdAt, locale, scope.timeZone) })
        : "",
      previousAnswer: previous?.text ?? "",
      notice: notice ?? "",
      answer: kept?.answer ?? "",
      evidence: kept?.evidence ?? "",
      submit: { title: t("prompt.submit"), verb: "answer.submit", data: ids, style: "positive" },
      secondaryActions: secondary,
      snoozeTitle: isFollowUp ? "" : t("prompt.later"),
      snoozeQuestion: t("prompt.laterQuestion"),
      snoozeOptions: isFollowUp ? [] : [snoozeOption("hour"), snoozeOption("tomorrow"), snoozeOption("nextWeek")],
    }),
  );
}

interface EditCardOptions {
  scope: CardReader;
  org: OrgConfig;
  prompt: CatalogPrompt;
  answer: Answer;
  etag: string;
  kept?: KeptInput;
  notice?: string;
  /** On a conflict: the version someone else saved, shown above the kept text. */
  current?: Pick<Answer, "text" | "createdAt">;
}

export function presentEdit(options: EditCardOptions): FlowResult {
  const { scope, org, prompt, answer, etag, kept, notice, current } = options;
  const { t } = scope;
  const ids = { answerId: answer.answerId, etag };
  return cardResult(
    renderPromptCard({
      ...common(scope, org, prompt, kept ?? storedDetails(answer), kept?.evidence ?? answer.evidence ?? ""),
      previousAnswerLabel: current ? t("answer.currentVersion") : "",
      previousAnswer: current?.text ?? "",
      notice: notice ?? "",
      noticeColor: current ? "Warning" : "Attention",
      answer: kept?.answer ?? answer.text,
      evidence: kept?.evidence ?? answer.evidence ?? "",
      submit: { title: t("answer.save"), verb: "answer.saveEdit", data: ids, style: "positive" },
      secondaryActions: [{ title: t("answer.cancel"), verb: "answer.open", data: { answerId: answer.answerId } }],
    }),
  );
}

/** The Nachweis fields of an Ergebnisse card and the decided/proposal choice of a Schlussfolgerungen card. */
function detailFields(scope: CardReader, prompt: CatalogPrompt, details: Partial<KeptDetails>, evidence: string) {
  const { t } = scope;
  const document = asksForDocument(prompt.dimension)
    ? {
        heading: t("prompt.document.heading"),
        hint: t("prompt.document.hint"),
        titleLabel: t("prompt.document.title"),
        titlePlaceholder: t("prompt.document.titlePlaceholder"),
        titleMaxLength: DOCUMENT_TITLE_MAX_LENGTH,
        dateLabel: t("prompt.document.date"),
        datePlaceholder: t("prompt.document.datePlaceholder"),
        dateMaxLength: DOCUMENT_DATE_MAX_LENGTH,
        placeLabel: t("prompt.document.place"),
        placePlaceholder: t("prompt.document.placePlaceholder"),
        ...details.document,
      }
    : undefined;
  const conclusion = asksForStatus(prompt.dimension)
    ? {
        label: t("prompt.conclusion.label"),
        decided: t("prompt.conclusion.decided"),
        proposal: t("prompt.conclusion.proposal"),
        value: details.status ?? "",
      }
    : undefined;
  // Ergebnisse name their Nachweis in its own fields; an earlier free line stays editable.
  const showEvidence = !document || evidence !== "";
  return { document, conclusion, showEvidence };
}

function common(
  scope: CardReader,
  org: OrgConfig,
  prompt: CatalogPrompt,
  details: Partial<KeptDetails>,
  evidence: string,
) {
  const { t, locale } = scope;
  const dimension = findDimension(prompt.dimension);
  return {
    ...detailFields(scope, prompt, details, evidence),
    areaLine: areaLine(scope, org, prompt.area),
    dimensionName: dimension.name[locale],
    dimensionMeaning: dimension.meaning[locale],
    question: fillPrompt(prompt.text, org, locale),
    factLine: prompt.kind === "fact" ? t("prompt.factLine") : "",
    guidance: fillPrompt(prompt.guidance, org, locale),
    exampleLabel: t("prompt.exampleLabel"),
    example: fillPrompt(prompt.example, org, locale),
    promptIdLine: scope.roles.has("qualityOfficer") ? t("prompt.idLine", { id: prompt.id }) : "",
    answerLabel: t("prompt.answerLabel", {
      max: ANSWER_MAX_LENGTH.toLocaleString(locale === "de" ? "de-DE" : "en-GB"),
    }),
    answerPlaceholder: t("prompt.answerPlaceholder"),
    answerRequiredMessage: t("prompt.answerRequired"),
    maxLength: ANSWER_PASTE_MAX_LENGTH,
    evidenceLabel: t("prompt.evidenceLabel"),
    evidencePlaceholder: t("prompt.evidencePlaceholder"),
    evidenceMaxLength: EVIDENCE_MAX_LENGTH,
    guidanceTitle: t("prompt.guidance"),
    guidanceHideTitle: t("prompt.guidanceHide"),
  };
}
