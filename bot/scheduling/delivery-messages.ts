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

/**
 * Stands in for the delivery id while a prompt card is rendered once for many members; no id
 * looks like it (ids are the store's, without control characters).
 */
const DELIVERY_ID_SLOT = "\u0000deliveryId\u0000";

/**
 * A rendered card with the delivery id's slot in it, made read-only, and for each object or array
 * that holds the slot somewhere below it, the keys leading there: a member's copy is new along
 * those keys only and shares everything else.
 */
interface CardTemplate {
  card: unknown;
  keysToSlot: WeakMap<object, readonly string[]>;
}

function cardTemplate(card: unknown): CardTemplate {
  const keysToSlot = new WeakMap<object, readonly string[]>();
  const mark = (node: unknown): boolean => {
    if (typeof node === "string") return node.includes(DELIVERY_ID_SLOT);
    if (node === null || typeof node !== "object") return false;
    const keys = Object.keys(node).filter((key) => mark((node as Record<string, unknown>)[key]));
    if (keys.length > 0) keysToSlot.set(node, keys);
    // Shared by every member's card: a change would reach them all, so none is allowed.
    Object.freeze(node);
    return keys.length > 0;
  };
  mark(card);
  return { card, keysToSlot };
}

/**
 * `node`, which holds the slot, with the slot replaced by `deliveryId`: a shallow copy of each
 * object and array on the paths to the slot (the template knows the keys), the rest shared with
 * the template (read-only). Copying only those paths, without looking at the other keys, keeps
 * a fan-out's per-member cost (and garbage) small.
 */
function withDeliveryId(node: unknown, deliveryId: string, template: CardTemplate): unknown {
  if (typeof node === "string") return node.replaceAll(DELIVERY_ID_SLOT, deliveryId);
  const keys = template.keysToSlot.get(node as object) ?? [];
  const copy = (Array.isArray(node) ? [...(node as unknown[])] : { ...(node as object) }) as Record<string, unknown>;
  for (const key of keys) copy[key] = withDeliveryId(copy[key], deliveryId, template);
  return copy;
}

/** What a prompt card depends on besides the delivery id (the organisation is fixed per cache). */
function promptCardKey(delivery: Delivery, reader: CardReader): string {
  const roles = [...reader.roles].sort().join(",");
  return [delivery.promptId, delivery.kind, reader.locale, reader.timeZone, roles].join("\u0001");
}

type MessageFor = (delivery: Delivery, member: Member) => OutgoingMessage | undefined;

/**
 * `messageFor` for one organisation's fan-out: a weekly prompt goes to thousands of members with
 * the same few cards, so each prompt card is rendered (template expansion, schema check) once per
 * prompt, kind, language, time zone and roles, and each member gets a copy with their delivery
 * id (new objects only on the paths to it). The member receives exactly what `messageFor` renders. Reminders (few, dated) render as they are.
 */
export function createMessageCache(org: OrgConfig): MessageFor {
  const cards = new Map<string, { template: CardTemplate; summary: string } | undefined>();
  const render = (delivery: Delivery, member: Member) => {
    const message = messageFor({ ...delivery, deliveryId: DELIVERY_ID_SLOT }, member, org);
    return message && { template: cardTemplate(message.card), summary: message.summary };
  };
  return (delivery, member) => {
    if (delivery.purpose === "reminder") return messageFor(delivery, member, org);
    const key = promptCardKey(delivery, readerOf(member, org));
    if (!cards.has(key)) cards.set(key, render(delivery, member));
    const cached = cards.get(key);
    if (!cached) return undefined;
    const card = withDeliveryId(cached.template.card, delivery.deliveryId, cached.template) as AdaptiveCard;
    return { card, summary: cached.summary };
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
