/**
 * What the worker puts into a member's chat: the prompt card (the very card the staff flow
 * shows, its buttons carrying the delivery id) or the one gentle reminder, in the member's language.
 */
import { renderNoticeCard, type AdaptiveCard } from "../../cards";
import { fillPrompt, findPrompt } from "../domain/catalog/prompt-catalog";
import type { Delivery } from "../domain/delivery";
import { effectiveLocale, type Member } from "../domain/member";
import type { OrgConfig } from "../domain/org-config";
import { effectiveTimeZone } from "../domain/schedule";
import { formatDate } from "../i18n/format";
import { translator } from "../i18n/translator";
import { areaLine, presentPrompt, type CardReader } from "../presenters/prompt-presenter";

export interface OutgoingMessage {
  card: AdaptiveCard;
  /** The notification text Teams shows for the card. */
  summary: string;
}

/** The member as the reader of a card: their language, time zone and roles. */
function readerOf(member: Member, org: OrgConfig): CardReader {
  const locale = effectiveLocale(member);
  return {
    locale,
    t: translator(locale),
    timeZone: effectiveTimeZone(org.schedule, member),
    roles: new Set(member.roles),
  };
}

/** The card for a claimed delivery; undefined when its prompt is no longer in the catalog. */
export function messageFor(delivery: Delivery, member: Member, org: OrgConfig): OutgoingMessage | undefined {
  const prompt = findPrompt(delivery.promptId);
  if (!prompt) return undefined;
  const scope = readerOf(member, org);
  const { t, locale } = scope;
  const ids = { deliveryId: delivery.deliveryId };

  if (delivery.purpose === "reminder") {
    const card = renderNoticeCard({
      title: t("delivery.reminder.title"),
      lines: [
        t("delivery.reminder.text", { date: formatDate(delivery.sentAt ?? delivery.dueAt, locale, scope.timeZone) }),
        areaLine(scope, org, prompt.area),
        fillPrompt(prompt.text, org, locale),
      ],
      actions: [
        { title: t("delivery.reminder.open"), verb: "prompt.show", data: ids, style: "positive" },
        { title: t("prompt.skip"), verb: "prompt.skip", data: ids },
      ],
    });
    return { card, summary: t("delivery.reminder.summary") };
  }

  const result = presentPrompt({
    scope,
    org,
    prompt,
    deliveryId: delivery.deliveryId,
    isFollowUp: delivery.kind === "followUp",
  });
  if (result.kind !== "card") return undefined;
  return { card: result.card, summary: t("delivery.prompt.summary") };
}
