/**
 * Prompts a member works with: ask for one ("frage"), another one, skip, snooze, and the
 * optional follow-up on evaluation after an answer about results.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { renderNoticeCard } from "../../cards";
import type { Delivery } from "../domain/delivery";
import { fillPrompt, findPrompt, type CatalogPrompt } from "../domain/catalog/prompt-catalog";
import { onDemandDeliveryId } from "../domain/ids";
import type { OrgConfig } from "../domain/org-config";
import { memberCalendar } from "../domain/schedule";
import { SNOOZE_CHOICES, snoozeUntil } from "../domain/snooze";
import { AppError } from "../errors";
import { formatDateTime } from "../i18n/format";
import type { CardActionInput } from "./card-input";
import { cardResult, textResult, type FlowResult, type TurnScope } from "../turn-scope";
import { idSchema, readInput } from "./card-input";
import type { FlowDeps } from "./flow-deps";
import { presentPrompt } from "../presenters/prompt-presenter";

export function createPromptFlow(deps: FlowDeps) {
  const { repos } = deps;

  /** The member's own delivery, or undefined when it is gone or belongs to someone else. */
  async function ownDelivery(scope: TurnScope, deliveryId: string): Promise<Delivery | undefined> {
    const delivery = await repos.deliveries.get(scope.member.orgId, deliveryId);
    return delivery && delivery.memberId === scope.member.memberId ? delivery : undefined;
  }

  /** Records a prompt the member asked for and closes any other open one (one open prompt per person). */
  async function startOnDemand(
    scope: TurnScope,
    org: OrgConfig,
    prompt: CatalogPrompt,
    deliveryId: string,
    kind: Delivery["kind"] = "onDemand",
  ): Promise<Delivery> {
    const now = scope.now.toISOString();
    const delivery: Delivery = {
      orgId: org.orgId,
      deliveryId,
      memberId: scope.member.memberId,
      kind,
      promptId: prompt.id,
      area: prompt.area,
      dimension: prompt.dimension,
      periodKey: now.slice(0, 10),
      dueAt: now,
      // Shown in the reply itself, so the outbox has nothing to send.
      state: "sent",
      response: "open",
      attempts: 0,
      sentAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await closeOpenPrompts(scope, delivery.deliveryId);
    await repos.deliveries.recordIfAbsent(delivery);
    return (await repos.deliveries.get(org.orgId, delivery.deliveryId)) ?? delivery;
  }

  async function closeOpenPrompts(scope: TurnScope, exceptDeliveryId: string): Promise<void> {
    const open = await repos.deliveries.listOpenForMember(scope.member.orgId, scope.member.memberId);
    for (const other of open) {
      if (other.deliveryId === exceptDeliveryId) continue;
      await repos.deliveries.update(scope.member.orgId, other.deliveryId, (d) =>
        d.response === "open" || d.response === "snoozed"
          ? { ...d, response: "replaced", updatedAt: scope.now.toISOString() }
          : d,
      );
    }
  }

  /**
   * A new prompt now ("frage", "Andere Frage"). Its id derives from the prompt the member asked
   * for last, as the member document said when the turn began: asks that arrive at once derive
   * the same id and open one prompt; the next ask derives a new one; a redelivered ask (same
   * activity id) shows the prompt it opened.
   */
  async function newPrompt(scope: TurnScope, excludePromptIds: readonly string[] = []): Promise<FlowResult> {
    const org = scope.org;
    if (!org) return textResult(scope.t("prompt.notSetUp"));
    const asked = scope.member.askedPrompt;
    if (asked?.activityId === scope.activityId) {
      const redelivered = await ownDelivery(scope, asked.deliveryId);
      const prompt = redelivered && findPrompt(redelivered.promptId);
      if (prompt) return presentPrompt({ scope, org, prompt, deliveryId: asked.deliveryId });
    }
    const deliveryId = await nextAskedDeliveryId(scope, asked?.deliveryId);
    const prompt = await deps.prompts.choose(org, scope.member, scope.now, { excludePromptIds });
    if (!prompt) return textResult(scope.t("prompt.noPromptNow"));
    const delivery = await startOnDemand(scope, org, prompt, deliveryId);
    await repos.members.update(scope.member.orgId, scope.member.memberId, (current) =>
      current.askedPrompt?.deliveryId === asked?.deliveryId
        ? { ...current, askedPrompt: { deliveryId, activityId: scope.activityId } }
        : current,
    );
    const shown = findPrompt(delivery.promptId) ?? prompt;
    return presentPrompt({ scope, org, prompt: shown, deliveryId: delivery.deliveryId });
  }

  /**
   * The id after `previous`. One that already exists and is no longer open was left by an ask
   * whose process died before recording it on the member: the chain moves past it.
   */
  async function nextAskedDeliveryId(scope: TurnScope, previous: string | undefined): Promise<string> {
    let deliveryId = askedDeliveryIdAfter(scope.member.memberId, previous);
    for (let step = 0; step < MAX_STALE_ASKS; step++) {
      const existing = await repos.deliveries.get(scope.member.orgId, deliveryId);
      if (!existing || existing.response === "open") return deliveryId;
      deliveryId = askedDeliveryIdAfter(scope.member.memberId, deliveryId);
    }
    return deliveryId;
  }

  const deliveryInput = z.object({ deliveryId: idSchema });

  function promptGone(scope: TurnScope): FlowResult {
    return cardResult(
      renderNoticeCard({
        title: scope.t("promptGone.text"),
        actions: [{ title: scope.t("prompt.another"), verb: "prompt.new" }],
      }),
    );
  }

  return {
    /** "frage" (or the "Andere Frage" button of a notice): a new prompt now. */
    ask: (scope: TurnScope) => newPrompt(scope),

    async another(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { deliveryId } = readInput(input, deliveryInput);
      const current = await ownDelivery(scope, deliveryId);
      if (current) {
        await repos.deliveries.update(scope.member.orgId, deliveryId, (d) =>
          d.response === "answered" ? d : { ...d, response: "replaced", updatedAt: scope.now.toISOString() },
        );
      }
      return newPrompt(scope, current ? [current.promptId] : []);
    },

    async skip(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { deliveryId } = readInput(input, deliveryInput);
      if (!(await ownDelivery(scope, deliveryId))) return promptGone(scope);
      await repos.deliveries.update(scope.member.orgId, deliveryId, (d) =>
        d.response === "answered"
          ? d
          : { ...d, response: "skipped", respondedAt: scope.now.toISOString(), updatedAt: scope.now.toISOString() },
      );
      return cardResult(
        renderNoticeCard({
          title: scope.t("skip.title"),
          lines: [scope.t("skip.text")],
          actions: [{ title: scope.t("prompt.another"), verb: "prompt.new" }],
        }),
      );
    },

    /**
     * "Später": back at a working moment the member means (see snoozeUntil). The card keeps the
     * question, says when it comes back, and offers to answer now after all.
     */
    async snooze(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { deliveryId, until } = readInput(input, deliveryInput.extend({ until: z.enum(SNOOZE_CHOICES) }));
      const delivery = await ownDelivery(scope, deliveryId);
      const prompt = delivery && findPrompt(delivery.promptId);
      if (!delivery || !prompt || !scope.org) return promptGone(scope);
      const snoozedUntil = snoozeUntil(memberCalendar(scope.org, scope.member), scope.now, until).toISOString();
      await repos.deliveries.update(scope.member.orgId, deliveryId, (d) =>
        d.response === "answered" ? d : { ...d, response: "snoozed", snoozedUntil, updatedAt: scope.now.toISOString() },
      );
      return cardResult(
        renderNoticeCard({
          title: scope.t("snooze.remindAt", { date: formatDateTime(snoozedUntil, scope.locale, scope.timeZone) }),
          lines: [fillPrompt(prompt.text, scope.org, scope.locale)],
          actions: [
            { title: scope.t("snooze.answerNow"), verb: "prompt.unsnooze", data: { deliveryId }, style: "positive" },
          ],
        }),
      );
    },

    /** "Doch jetzt antworten": the snooze is undone and the question is back, open. */
    async unsnooze(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const { deliveryId } = readInput(input, deliveryInput);
      if (!(await ownDelivery(scope, deliveryId))) return promptGone(scope);
      await repos.deliveries.update(scope.member.orgId, deliveryId, (d) =>
        d.response === "snoozed"
          ? { ...d, response: "open", snoozedUntil: undefined, updatedAt: scope.now.toISOString() }
          : d,
      );
      return this.show(scope, deliveryId);
    },

    /** At most one follow-up per answer: its delivery id derives from the answer. */
    async followUp(scope: TurnScope, input: CardActionInput): Promise<FlowResult> {
      const org = scope.org;
      if (!org) return textResult(scope.t("prompt.notSetUp"));
      const { answerId } = readInput(input, z.object({ answerId: idSchema }));
      const stored = await repos.answers.getVersioned(scope.member.orgId, answerId);
      if (!stored || stored.value.memberId !== scope.member.memberId)
        throw new AppError("NOT_FOUND", "answer for follow-up");
      const answer = stored.value;
      const prompt = await deps.prompts.choose(org, scope.member, scope.now, {
        cell: { area: answer.area, dimension: "evaluation" },
      });
      if (!prompt) return textResult(scope.t("prompt.noPromptNow"));
      const deliveryId = onDemandDeliveryId(scope.member.memberId, digest(`followup\n${answerId}`));
      const delivery = await startOnDemand(scope, org, prompt, deliveryId, "followUp");
      const shown = findPrompt(delivery.promptId) ?? prompt;
      return presentPrompt({
        scope,
        org,
        prompt: shown,
        deliveryId: delivery.deliveryId,
        previous: answer,
        isFollowUp: true,
      });
    },

    /** Shows a delivered prompt again (a scheduled card or a reminder opened later). */
    async show(scope: TurnScope, deliveryId: string): Promise<FlowResult> {
      const org = scope.org;
      const delivery = await ownDelivery(scope, deliveryId);
      const prompt = delivery && findPrompt(delivery.promptId);
      if (!org || !delivery || !prompt) return promptGone(scope);
      return presentPrompt({ scope, org, prompt, deliveryId, isFollowUp: delivery.kind === "followUp" });
    },
  };
}

/** How many stale ids an ask steps over before it takes the next one regardless. */
const MAX_STALE_ASKS = 3;

/** A short, fixed-length key for a delivery id (base64url: no character Cosmos refuses in ids). */
function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** The id of the prompt a member asks for after `previous` (or their first). */
function askedDeliveryIdAfter(memberId: string, previous: string | undefined): string {
  return onDemandDeliveryId(memberId, digest(`asked\n${previous ?? ""}`));
}
