/**
 * What a typed chat message that is no command can mean: a short thanks, or the answer to a
 * prompt the member still has open. Pure rules; the flow offers, the member decides.
 */
import type { Delivery } from "./delivery";
import { spellOutUmlauts } from "./german-letters";

/** A prompt older than this is no longer taken as the question a typed message answers. */
const TYPED_ANSWER_PROMPT_MAX_AGE_DAYS = 28;
/** The typed-answer card asks about this many open prompts at most (newest first). */
export const TYPED_ANSWER_MAX_CHOICES = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The prompts a typed message may answer, newest first: delivered (the card reached the
 * member), neither answered nor replaced (open, or snoozed: "later" still means this question),
 * and sent within the last TYPED_ANSWER_PROMPT_MAX_AGE_DAYS days.
 */
export function promptsAwaitingTypedAnswer(deliveries: readonly Delivery[], now: Date): Delivery[] {
  const oldest = now.getTime() - TYPED_ANSWER_PROMPT_MAX_AGE_DAYS * DAY_MS;
  return deliveries
    .filter((d) => d.state === "sent" && (d.response === "open" || d.response === "snoozed"))
    .filter((d) => {
      const sentAt = Date.parse(d.sentAt ?? d.createdAt);
      return Number.isFinite(sentAt) && sentAt >= oldest && sentAt <= now.getTime() + DAY_MS;
    })
    .sort((a, b) => Date.parse(b.sentAt ?? b.createdAt) - Date.parse(a.sentAt ?? a.createdAt))
    .slice(0, TYPED_ANSWER_MAX_CHOICES);
}

const THANKS = new Set([
  "danke",
  "danke schoen",
  "dankeschoen",
  "danke sehr",
  "vielen dank",
  "herzlichen dank",
  "besten dank",
  "danke dir",
  "danke ihnen",
  "ok danke",
  "okay danke",
  "super danke",
  "prima danke",
  "merci",
  "thanks",
  "thank you",
  "thanks a lot",
  "thank you very much",
  "many thanks",
  "thx",
  "ty",
  "cheers",
]);

/** Emoji a person sends as thanks or approval; skin tones and variation selectors are ignored. */
const THANKS_EMOJI = /^(?:\u{1F44D}|\u{1F64F}|\u{1F60A}|\u{1F642}|\u{2764}|\u{1F44C}|\u{1F31E}|\u{1F917})+$/u;

/** "danke", "Vielen Dank!", "thanks :)", "👍": a short thanks, nothing to store. */
export function isShortThanks(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  const emojiOnly = trimmed.replace(/[\s\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}/gu, "");
  if (emojiOnly && THANKS_EMOJI.test(emojiOnly)) return true;
  const words = spellOutUmlauts(trimmed.toLowerCase().normalize("NFC"))
    .replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}/gu, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return THANKS.has(words);
}
