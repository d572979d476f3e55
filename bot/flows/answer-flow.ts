/**
 * Answering, opening, editing and deleting one's own answers. A submitted text is either
 * stored or the card comes back with the text kept and a clear message; retries converge.
 */
import { z } from "zod";
import { cardInputs, renderNoticeCard, renderSavedAnswerCard, type CardButton } from "../../cards";
import { checkAnswerText, ANSWER_MAX_LENGTH, EVIDENCE_MAX_LENGTH, type Answer } from "../domain/answer";
import type { Delivery } from "../domain/delivery";
import { fillPrompt, findPrompt, type CatalogPrompt } from "../domain/catalog/prompt-catalog";
import { answerId as deriveAnswerId } from "../domain/ids";
import { requirementIdsForPrompt, type ReportBasis } from "../domain/report-basis";
import type { OrgConfig } from "../domain/org-config";
import { findDimension } from "../domain/quality-models";
import { AppError, isAppError } from "../errors";
import { formatDateAndTime } from "../i18n/format";
import type { CardActionInput } from "./card-input";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { idSchema, readInput, typedTextSchema } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import type { ActionHandler, TurnSender } from "./flow-routes";
import { areaLine, presentEdit, presentPrompt, type KeptInput } from "../presenters/prompt-presenter";
import {
  answerDetailsInput,
  describeDetails,
  detailsProblem,
  detailsToStore,
  keptDetails,
  type KeptDetails,
} from "../presenters/answer-details";

/** The prompt card's typed inputs, as an answer and as its edit. */
const typedAnswer = cardInputs("prompt", { answer: typedTextSchema, evidence: typedTextSchema, ...answerDetailsInput });
const submitInput = z.object({ deliveryId: idSchema, ...typedAnswer });
const editInput = z.object({ answerId: idSchema, etag: z.string().min(1).max(200), ...typedAnswer });
const answerInput = z.object({ answerId: idSchema });
/** All a submit's reads need of the card: checked again, with the typed text, by `submitInput`. */
const submitTarget = z.object({ deliveryId: idSchema });

/** What answering needs from the composition root. */
type AnswerDeps = Pick<FlowDeps, "repos" | "logger">;

/** The card's typed texts as they are kept on the card when they cannot be stored. */
type Kept = KeptInput & KeptDetails;

function keptOf(values: z.infer<typeof submitInput> | z.infer<typeof editInput>): Kept {
  return { answer: values.answer, evidence: values.evidence.trim(), ...keptDetails(values) };
}

/**
 * The organisation's report basis, for the requirements the quality officer tagged the prompt
 * with, as read at most 30 s ago (`withReportBasisCache` says what a stale tag means). Only
 * bookkeeping for the drafts (which also read the tags at compile time): when it cannot be
 * read, the answer is stored without them rather than not at all. Never rejects.
 */
async function readReportBasis(deps: AnswerDeps, orgId: string): Promise<ReportBasis | undefined> {
  try {
    return await deps.repos.reportBasis.getRecent(orgId);
  } catch (error) {
    deps.logger.warn("answer.requirement_tags_unread", { code: isAppError(error) ? error.code : "INTERNAL" });
    return undefined;
  }
}

function requirementTagsOf(basis: ReportBasis | undefined, promptId: string): string[] {
  return basis ? requirementIdsForPrompt(basis.requirements, promptId).slice(0, 20) : [];
}

/** Why the typed input cannot be stored, as a message for the card; undefined when it can. */
function problemWith(scope: TurnScope, kept: KeptInput): string | undefined {
  const problem = checkAnswerText(kept.answer);
  if (problem === "empty") return scope.t("answer.problem.empty");
  if (problem === "tooLong")
    return scope.t("answer.problem.tooLong", { length: [...kept.answer].length, max: ANSWER_MAX_LENGTH });
  if ([...kept.evidence].length > EVIDENCE_MAX_LENGTH)
    return scope.t("answer.problem.evidenceTooLong", { max: EVIDENCE_MAX_LENGTH });
  return detailsProblem(scope.t, kept);
}

function savedAnswerActions(scope: TurnScope, answer: Answer, offerFollowUp: boolean): CardButton[] {
  const { t } = scope;
  const data = { answerId: answer.answerId };
  const actions: CardButton[] = [
    { title: t("answer.edit"), verb: "answer.edit", data },
    { title: t("answer.delete"), verb: "answer.deleteConfirm", data, style: "destructive" },
    { title: t("answer.myAnswers"), verb: "answers.list" },
  ];
  if (offerFollowUp) actions.unshift({ title: t("answer.followUp"), verb: "prompt.followUp", data, style: "positive" });
  return actions;
}

function savedCard(scope: TurnScope, org: OrgConfig, answer: Answer, status: string, offerFollowUp: boolean) {
  const { t, locale, timeZone } = scope;
  const prompt = findPrompt(answer.promptId);
  const dimensionName = findDimension(answer.dimension).name[locale];
  const edited = answer.history.length > 0;
  return cardResult(
    renderSavedAnswerCard({
      status,
      areaLine: areaLine(scope, org, answer.area),
      dimensionName,
      question: prompt ? fillPrompt(prompt.text, org, locale) : dimensionName,
      answer: answer.text,
      evidenceLabel: t("answer.evidence"),
      evidence: answer.evidence ?? "",
      details: describeDetails(t, answer),
      meta: edited
        ? t("answer.metaEdited", {
            date: formatDateAndTime(answer.createdAt, locale, timeZone),
            edited: formatDateAndTime(answer.updatedAt, locale, timeZone),
          })
        : t("answer.meta", { date: formatDateAndTime(answer.createdAt, locale, timeZone) }),
      followUpText: offerFollowUp ? t("answer.followUpOffer") : "",
      actions: savedAnswerActions(scope, answer, offerFollowUp),
    }),
  );
}

/** The member's own answer, or nothing (another member's id reads as not found). */
async function ownAnswer(deps: AnswerDeps, scope: TurnScope, answerId: string) {
  const stored = await deps.repos.answers.getVersioned(scope.member.orgId, answerId);
  return stored && stored.value.memberId === scope.member.memberId ? stored : undefined;
}

function notFound(scope: TurnScope): FlowResult {
  return cardResult(
    renderNoticeCard({
      title: scope.t("answer.notFound"),
      actions: [{ title: scope.t("answer.myAnswers"), verb: "answers.list" }],
    }),
  );
}

/** An edit of an answer deleted meanwhile (on another device): said so, and the typed text shown to copy. */
function deletedWhileEditing(scope: TurnScope, kept: KeptInput): FlowResult {
  return cardResult(
    renderNoticeCard({
      title: scope.t("answer.deletedWhileEditing"),
      lines: [kept.answer, kept.evidence].filter((line) => line.trim() !== ""),
      actions: [{ title: scope.t("answer.myAnswers"), verb: "answers.list" }],
    }),
  );
}

/** The answer to store for a delivery, from the typed input and the prompt it answers. */
function newAnswerOf(
  scope: TurnScope,
  org: OrgConfig,
  prompt: CatalogPrompt,
  deliveryId: string,
  kept: Kept,
  requirementIds: string[],
): Answer {
  const now = scope.now.toISOString();
  return {
    orgId: org.orgId,
    answerId: deriveAnswerId(deliveryId, scope.member.memberId),
    promptInstanceId: deliveryId,
    memberId: scope.member.memberId,
    promptId: prompt.id,
    model: org.model,
    area: prompt.area,
    dimension: prompt.dimension,
    ...(prompt.part ? { part: prompt.part } : {}),
    ...(scope.member.group ? { group: scope.member.group } : {}),
    text: kept.answer.trim(),
    ...(kept.evidence ? { evidence: kept.evidence } : {}),
    ...detailsToStore(prompt.dimension, kept),
    ...(requirementIds.length > 0 ? { requirementIds } : {}),
    createdAt: now,
    updatedAt: now,
    history: [],
  };
}

/** What a submit reads before it writes: the delivery and the report basis, both settled (never rejecting). */
interface SubmitReads {
  orgId: string;
  deliveryId: string;
  settled: Promise<[PromiseSettledResult<Delivery | undefined>, PromiseSettledResult<ReportBasis | undefined>]>;
}

/** Starts a submit's reads; the report basis beside the delivery, one store round trip less before the write. */
function startSubmitReads(deps: AnswerDeps, orgId: string, deliveryId: string): SubmitReads {
  const settled = Promise.allSettled([deps.repos.deliveries.get(orgId, deliveryId), readReportBasis(deps, orgId)]);
  return { orgId, deliveryId, settled };
}

/** The prompt the member answers, from the delivery only they received. */
function deliveredPrompt(scope: TurnScope, delivery: Delivery | undefined) {
  const prompt = delivery && findPrompt(delivery.promptId);
  if (!delivery || delivery.memberId !== scope.member.memberId || !prompt)
    throw new AppError("NOT_FOUND", "delivery for answer");
  return { delivery, prompt, isFollowUp: delivery.kind === "followUp" };
}

/** The prompt card as it is shown again, with the typed text, when the answer cannot be stored. */
interface PromptCardAgain {
  org: OrgConfig;
  prompt: CatalogPrompt;
  deliveryId: string;
  kept: Kept;
  isFollowUp: boolean;
}

/** What became of a new answer's write: stored, or a card to show instead, and whether an answer to the prompt exists. */
type NewAnswerOutcome = { saved: Answer } | { shown: FlowResult; answerExists: boolean };

/** Stores a new answer, or the card that keeps the typed text when it cannot be stored. */
async function storeNewAnswer(
  deps: AnswerDeps,
  scope: TurnScope,
  answer: Answer,
  card: PromptCardAgain,
): Promise<NewAnswerOutcome> {
  try {
    return { saved: (await deps.repos.answers.saveNew(answer)).value };
  } catch (error) {
    if (isAppError(error, "STORE_UNAVAILABLE"))
      return {
        shown: presentPrompt({ scope, ...card, notice: scope.t("answer.storeUnavailable") }),
        answerExists: false,
      };
    if (isAppError(error, "CONFLICT")) {
      // Another device saved a different text for this prompt: show both, lose neither.
      const current = await deps.repos.answers.getVersioned(card.org.orgId, answer.answerId);
      if (current)
        return {
          shown: presentEdit({
            scope,
            org: card.org,
            prompt: card.prompt,
            answer: current.value,
            etag: current.etag,
            kept: card.kept,
            notice: scope.t("answer.alreadyAnswered"),
            current: current.value,
          }),
          answerExists: true,
        };
    }
    throw error;
  }
}

/**
 * Marks the delivery answered; its new ETag, or undefined when the mark failed. The status is
 * bookkeeping and must not undo a stored answer for the user: a failure is logged, and the
 * scheduler checks for a stored answer before it reminds.
 */
async function markDeliveryAnswered(
  deps: AnswerDeps,
  scope: TurnScope,
  delivery: Delivery,
): Promise<string | undefined> {
  try {
    return await deps.repos.deliveries.markAnswered(delivery.orgId, delivery.deliveryId, scope.now);
  } catch (error) {
    deps.logger.warn("answer.delivery_not_marked", { code: isAppError(error) ? error.code : "INTERNAL" });
    return undefined;
  }
}

/**
 * Puts back the delivery's response when it was marked answered but no answer was stored: an
 * "answered" prompt gets no reminder and can no longer be skipped or snoozed, and the member
 * is about to resubmit it. Left as it is when the mark failed anyway, or when the delivery
 * changed since (another device's submit marked it again). When this fails too (the store went
 * down between the mark and this), the prompt stays "answered" until the member resubmits.
 */
async function takeBackMark(deps: AnswerDeps, delivery: Delivery, markedEtag: string | undefined) {
  if (markedEtag === undefined) return;
  const { response, respondedAt, updatedAt } = delivery;
  try {
    await deps.repos.deliveries.undoAnswered(
      delivery.orgId,
      delivery.deliveryId,
      { response, respondedAt, updatedAt },
      markedEtag,
    );
  } catch (error) {
    deps.logger.warn("answer.delivery_mark_kept", { code: isAppError(error) ? error.code : "INTERNAL" });
  }
}

/**
 * Stores a new answer while its delivery is marked answered, so that the member's card waits
 * for one store round trip instead of two. The answer and its delivery are in different
 * containers (no transaction spans both): when the write did not leave an answer to the prompt,
 * the mark is taken back before the card is shown.
 */
async function storeAndMarkAnswered(
  deps: AnswerDeps,
  scope: TurnScope,
  answer: Answer,
  card: PromptCardAgain,
  delivery: Delivery,
): Promise<NewAnswerOutcome> {
  const marking = markDeliveryAnswered(deps, scope, delivery);
  let outcome: NewAnswerOutcome;
  try {
    outcome = await storeNewAnswer(deps, scope, answer, card);
  } catch (error) {
    await takeBackMark(deps, delivery, await marking);
    throw error;
  }
  const markedEtag = await marking;
  if ("shown" in outcome && !outcome.answerExists) await takeBackMark(deps, delivery, markedEtag);
  return outcome;
}

async function submitAnswer(
  deps: AnswerDeps,
  scope: TurnScope,
  input: CardActionInput,
  readAhead?: SubmitReads,
): Promise<FlowResult> {
  const org = scope.org;
  if (!org) return textResult(scope.t("prompt.notSetUp"));
  const values = readInput(input, submitInput);
  const { deliveryId } = values;
  const kept = keptOf(values);
  const reads =
    readAhead?.orgId === org.orgId && readAhead.deliveryId === deliveryId
      ? readAhead
      : startSubmitReads(deps, org.orgId, deliveryId);
  const [read, basis] = await reads.settled;
  if (read.status === "rejected") throw read.reason;
  const { delivery, prompt, isFollowUp } = deliveredPrompt(scope, read.value);
  const card = { org, prompt, deliveryId, kept, isFollowUp };

  const problem = problemWith(scope, kept);
  if (problem) return presentPrompt({ scope, ...card, notice: problem });

  const requirementIds = requirementTagsOf(basis.status === "fulfilled" ? basis.value : undefined, prompt.id);
  const stored = await storeAndMarkAnswered(
    deps,
    scope,
    newAnswerOf(scope, org, prompt, deliveryId, kept, requirementIds),
    card,
    delivery,
  );
  if ("shown" in stored) return stored.shown;
  const offerFollowUp = stored.saved.dimension === "results" && !isFollowUp;
  return savedCard(scope, org, stored.saved, scope.t("answer.saved"), offerFollowUp);
}

/**
 * A submit whose reads start before the turn's member is read (they need only the sender's
 * organisation and the card's delivery id), so the member, the delivery and the report basis
 * arrive in one store round trip. The delivery is still checked against the member, and nothing
 * is written, before the member is known.
 */
function submitReadingAhead(deps: AnswerDeps, sender: TurnSender, input: CardActionInput): ActionHandler {
  const target = submitTarget.safeParse(input.data);
  const readAhead = target.success ? startSubmitReads(deps, sender.orgId, target.data.deliveryId) : undefined;
  return (scope, sameInput) => submitAnswer(deps, scope, sameInput, readAhead);
}

async function openAnswer(deps: AnswerDeps, scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
  const org = scope.org;
  const { answerId } = readInput(input, answerInput);
  const stored = await ownAnswer(deps, scope, answerId);
  if (!org || !stored) return notFound(scope);
  return savedCard(scope, org, stored.value, scope.t("answer.saved"), false);
}

async function editAnswer(deps: AnswerDeps, scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
  const org = scope.org;
  const { answerId } = readInput(input, answerInput);
  const stored = await ownAnswer(deps, scope, answerId);
  const prompt = stored && findPrompt(stored.value.promptId);
  if (!org || !stored || !prompt) return notFound(scope);
  return presentEdit({ scope, org, prompt, answer: stored.value, etag: stored.etag });
}

async function saveEditedAnswer(deps: AnswerDeps, scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
  const org = scope.org;
  const values = readInput(input, editInput);
  const { answerId, etag } = values;
  const kept = keptOf(values);
  const stored = await ownAnswer(deps, scope, answerId);
  const prompt = stored && findPrompt(stored.value.promptId);
  if (!stored) return deletedWhileEditing(scope, kept);
  if (!org || !prompt) return notFound(scope);
  const card = { scope, org, prompt, answer: stored.value, etag, kept };

  const problem = problemWith(scope, kept);
  if (problem) return presentEdit({ ...card, notice: problem });

  try {
    const change = {
      text: kept.answer.trim(),
      evidence: kept.evidence || undefined,
      ...detailsToStore(stored.value.dimension, kept, stored.value),
    };
    const saved = await deps.repos.answers.edit(org.orgId, answerId, change, etag, scope.now);
    return savedCard(scope, org, saved.value, scope.t("answer.updated"), false);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return deletedWhileEditing(scope, kept);
    if (isAppError(error, "STORE_UNAVAILABLE"))
      return presentEdit({ ...card, notice: scope.t("answer.storeUnavailable") });
    if (isAppError(error, "CONFLICT")) {
      const current = (await deps.repos.answers.getVersioned(org.orgId, answerId)) ?? stored;
      return presentEdit({
        ...card,
        answer: current.value,
        etag: current.etag,
        notice: scope.t("answer.editConflict"),
        current: current.value,
      });
    }
    throw error;
  }
}

async function confirmDeleteAnswer(deps: AnswerDeps, scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
  const { answerId } = readInput(input, answerInput);
  if (!(await ownAnswer(deps, scope, answerId))) return notFound(scope);
  return cardResult(
    renderNoticeCard({
      title: scope.t("answer.deleteConfirm.title"),
      titleColor: "Attention",
      lines: [scope.t("answer.deleteConfirm.text")],
      actions: [
        { title: scope.t("answer.deleteConfirm.yes"), verb: "answer.delete", data: { answerId }, style: "destructive" },
        { title: scope.t("answer.deleteConfirm.no"), verb: "answer.open", data: { answerId } },
      ],
    }),
  );
}

async function deleteAnswer(deps: AnswerDeps, scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
  const { answerId } = readInput(input, answerInput);
  try {
    await deps.repos.answers.delete(scope.member.orgId, answerId, scope.member.memberId);
  } catch (error) {
    // Deleting twice (double click) is not an error for the person.
    if (!isAppError(error, "NOT_FOUND")) throw error;
  }
  return cardResult(
    renderNoticeCard({
      title: scope.t("answer.deleted"),
      actions: [{ title: scope.t("answer.myAnswers"), verb: "answers.list" }],
    }),
  );
}

export function createAnswerFlow(deps: FlowDeps) {
  return {
    submit: (scope: TurnScope, input: CardActionInput) => submitAnswer(deps, scope, input),
    submitReadingAhead: (sender: TurnSender, input: CardActionInput) => submitReadingAhead(deps, sender, input),
    open: (scope: TurnScope, input: CardActionInput) => openAnswer(deps, scope, input),
    edit: (scope: TurnScope, input: CardActionInput) => editAnswer(deps, scope, input),
    saveEdit: (scope: TurnScope, input: CardActionInput) => saveEditedAnswer(deps, scope, input),
    confirmDelete: (scope: TurnScope, input: CardActionInput) => confirmDeleteAnswer(deps, scope, input),
    remove: (scope: TurnScope, input: CardActionInput) => deleteAnswer(deps, scope, input),
  };
}

export type AnswerFlow = ReturnType<typeof createAnswerFlow>;
