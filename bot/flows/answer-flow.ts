/**
 * Answering, opening, editing and deleting one's own answers. A submitted text is either
 * stored or the card comes back with the text kept and a clear message; retries converge.
 */
import { z } from "zod";
import { renderNoticeCard, renderSavedAnswerCard, type CardButton } from "../../cards";
import { checkAnswerText, ANSWER_MAX_LENGTH, EVIDENCE_MAX_LENGTH, type Answer } from "../domain/answer";
import { fillPrompt, findPrompt } from "../domain/catalog/prompt-catalog";
import { answerId as deriveAnswerId } from "../domain/ids";
import { requirementIdsForPrompt } from "../domain/report-basis";
import type { OrgConfig } from "../domain/org-config";
import { findDimension } from "../domain/quality-models";
import { AppError, isAppError } from "../errors";
import { formatDateAndTime } from "../i18n/format";
import type { CardActionInput } from "./card-input";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { idSchema, readInput, typedTextSchema } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import { areaLine, presentEdit, presentPrompt, type KeptInput } from "../presenters/prompt-presenter";
import {
  answerDetailsInput,
  describeDetails,
  detailsProblem,
  detailsToStore,
  keptDetails,
  type KeptDetails,
} from "../presenters/answer-details";

const submitInput = z.object({
  deliveryId: idSchema,
  answer: typedTextSchema,
  evidence: typedTextSchema,
  ...answerDetailsInput,
});
const editInput = z.object({
  answerId: idSchema,
  etag: z.string().min(1).max(200),
  answer: typedTextSchema,
  evidence: typedTextSchema,
  ...answerDetailsInput,
});
const answerInput = z.object({ answerId: idSchema });

export function createAnswerFlow(deps: FlowDeps) {
  const { repos } = deps;

  /**
   * The requirements the quality officer tagged this prompt with. Only bookkeeping for the
   * drafts (which also read the tags at compile time): when it cannot be read, the answer is
   * stored without it rather than not at all.
   */
  async function requirementTagsOf(orgId: string, promptId: string): Promise<string[]> {
    try {
      const basis = await repos.reportBasis.get(orgId);
      return basis ? requirementIdsForPrompt(basis.value.requirements, promptId).slice(0, 20) : [];
    } catch (error) {
      deps.logger.warn("answer.requirement_tags_unread", { code: isAppError(error) ? error.code : "INTERNAL" });
      return [];
    }
  }

  /** Why the typed input cannot be stored, as a message for the card; undefined when it can. */
  function problemWith(scope: TurnScope, kept: KeptInput): { notice: string; kept: KeptInput } | undefined {
    const problem = checkAnswerText(kept.answer);
    if (problem === "empty") return { notice: scope.t("answer.problem.empty"), kept };
    if (problem === "tooLong")
      return {
        notice: scope.t("answer.problem.tooLong", { length: [...kept.answer].length, max: ANSWER_MAX_LENGTH }),
        kept,
      };
    if ([...kept.evidence].length > EVIDENCE_MAX_LENGTH)
      return { notice: scope.t("answer.problem.evidenceTooLong", { max: EVIDENCE_MAX_LENGTH }), kept };
    const details = detailsProblem(scope.t, kept);
    if (details) return { notice: details, kept };
    return undefined;
  }

  function savedCard(
    scope: TurnScope,
    org: OrgConfig,
    answer: Answer,
    status: string,
    offerFollowUp: boolean,
  ): FlowResult {
    const { t, locale, timeZone } = scope;
    const prompt = findPrompt(answer.promptId);
    const actions: CardButton[] = [
      { title: t("answer.edit"), verb: "answer.edit", data: { answerId: answer.answerId } },
      {
        title: t("answer.delete"),
        verb: "answer.deleteConfirm",
        data: { answerId: answer.answerId },
        style: "destructive",
      },
      { title: t("answer.myAnswers"), verb: "answers.list" },
    ];
    if (offerFollowUp)
      actions.unshift({
        title: t("answer.followUp"),
        verb: "prompt.followUp",
        data: { answerId: answer.answerId },
        style: "positive",
      });
    const edited = answer.history.length > 0;
    return cardResult(
      renderSavedAnswerCard({
        status,
        areaLine: areaLine(scope, org, answer.area),
        dimensionName: findDimension(answer.dimension).name[locale],
        question: prompt ? fillPrompt(prompt.text, org, locale) : findDimension(answer.dimension).name[locale],
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
        actions,
      }),
    );
  }

  async function ownAnswer(scope: TurnScope, answerId: string) {
    const stored = await repos.answers.getVersioned(scope.member.orgId, answerId);
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

  return {
    async submit(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const org = scope.org;
      if (!org) return textResult(scope.t("prompt.notSetUp"));
      const values = readInput(input, submitInput);
      const { deliveryId, answer: typed, evidence } = values;
      const kept: KeptInput & KeptDetails = { answer: typed, evidence: evidence.trim(), ...keptDetails(values) };
      const delivery = await repos.deliveries.get(org.orgId, deliveryId);
      const prompt = delivery && findPrompt(delivery.promptId);
      if (!delivery || delivery.memberId !== scope.member.memberId || !prompt)
        throw new AppError("NOT_FOUND", "delivery for answer");
      const isFollowUp = delivery.kind === "followUp";

      const problem = problemWith(scope, kept);
      if (problem)
        return presentPrompt({
          scope,
          org,
          prompt,
          deliveryId,
          kept: problem.kept,
          notice: problem.notice,
          isFollowUp,
        });

      const requirementIds = await requirementTagsOf(org.orgId, prompt.id);
      const now = scope.now.toISOString();
      const answer: Answer = {
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
        text: typed.trim(),
        ...(kept.evidence ? { evidence: kept.evidence } : {}),
        ...detailsToStore(prompt.dimension, kept),
        ...(requirementIds.length > 0 ? { requirementIds } : {}),
        createdAt: now,
        updatedAt: now,
        history: [],
      };

      let saved: { value: Answer; etag: string };
      try {
        saved = await repos.answers.saveNew(answer);
      } catch (error) {
        if (isAppError(error, "STORE_UNAVAILABLE"))
          return presentPrompt({
            scope,
            org,
            prompt,
            deliveryId,
            kept,
            notice: scope.t("answer.storeUnavailable"),
            isFollowUp,
          });
        if (isAppError(error, "CONFLICT")) {
          // Another device saved a different text for this prompt: show both, lose neither.
          const current = await repos.answers.getVersioned(org.orgId, answer.answerId);
          if (current)
            return presentEdit({
              scope,
              org,
              prompt,
              answer: current.value,
              etag: current.etag,
              kept,
              notice: scope.t("answer.alreadyAnswered"),
              current: current.value,
            });
        }
        throw error;
      }

      try {
        await repos.deliveries.markAnswered(org.orgId, deliveryId, scope.now);
      } catch (error) {
        // The answer is stored; the delivery's status is bookkeeping and must not undo that for the user.
        deps.logger.warn("answer.delivery_not_marked", { code: isAppError(error) ? error.code : "INTERNAL" });
      }
      const offerFollowUp = saved.value.dimension === "results" && !isFollowUp;
      return savedCard(scope, org, saved.value, scope.t("answer.saved"), offerFollowUp);
    },

    async open(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const org = scope.org;
      const { answerId } = readInput(input, answerInput);
      const stored = await ownAnswer(scope, answerId);
      if (!org || !stored) return notFound(scope);
      return savedCard(scope, org, stored.value, scope.t("answer.saved"), false);
    },

    async edit(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const org = scope.org;
      const { answerId } = readInput(input, answerInput);
      const stored = await ownAnswer(scope, answerId);
      const prompt = stored && findPrompt(stored.value.promptId);
      if (!org || !stored || !prompt) return notFound(scope);
      return presentEdit({ scope, org, prompt, answer: stored.value, etag: stored.etag });
    },

    async saveEdit(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const org = scope.org;
      const values = readInput(input, editInput);
      const { answerId, etag, answer: typed, evidence } = values;
      const kept: KeptInput & KeptDetails = { answer: typed, evidence: evidence.trim(), ...keptDetails(values) };
      const stored = await ownAnswer(scope, answerId);
      const prompt = stored && findPrompt(stored.value.promptId);
      if (!stored) return deletedWhileEditing(scope, kept);
      if (!org || !prompt) return notFound(scope);

      const problem = problemWith(scope, kept);
      if (problem)
        return presentEdit({
          scope,
          org,
          prompt,
          answer: stored.value,
          etag,
          kept: problem.kept,
          notice: problem.notice,
        });

      try {
        const saved = await repos.answers.edit(
          org.orgId,
          answerId,
          {
            text: typed.trim(),
            evidence: kept.evidence || undefined,
            ...detailsToStore(stored.value.dimension, kept, stored.value),
          },
          etag,
          scope.now,
        );
        return savedCard(scope, org, saved.value, scope.t("answer.updated"), false);
      } catch (error) {
        if (isAppError(error, "NOT_FOUND")) return deletedWhileEditing(scope, kept);
        if (isAppError(error, "STORE_UNAVAILABLE"))
          return presentEdit({
            scope,
            org,
            prompt,
            answer: stored.value,
            etag,
            kept,
            notice: scope.t("answer.storeUnavailable"),
          });
        if (isAppError(error, "CONFLICT")) {
          const current = (await repos.answers.getVersioned(org.orgId, answerId)) ?? stored;
          return presentEdit({
            scope,
            org,
            prompt,
            answer: current.value,
            etag: current.etag,
            kept,
            notice: scope.t("answer.editConflict"),
            current: current.value,
          });
        }
        throw error;
      }
    },

    async confirmDelete(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { answerId } = readInput(input, answerInput);
      if (!(await ownAnswer(scope, answerId))) return notFound(scope);
      return cardResult(
        renderNoticeCard({
          title: scope.t("answer.deleteConfirm.title"),
          titleColor: "Attention",
          lines: [scope.t("answer.deleteConfirm.text")],
          actions: [
            {
              title: scope.t("answer.deleteConfirm.yes"),
              verb: "answer.delete",
              data: { answerId },
              style: "destructive",
            },
            { title: scope.t("answer.deleteConfirm.no"), verb: "answer.open", data: { answerId } },
          ],
        }),
      );
    },

    async remove(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { answerId } = readInput(input, answerInput);
      try {
        await repos.answers.delete(scope.member.orgId, answerId, scope.member.memberId);
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
    },
  };
}

export type AnswerFlow = ReturnType<typeof createAnswerFlow>;
