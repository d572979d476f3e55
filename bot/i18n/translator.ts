/**
 * Looks up user-facing text by key, picks the plural form for `{count}` with `Intl.PluralRules`,
 * and fills `{name}` parameters.
 */
import type { Locale } from "../domain/quality-models";
import { MESSAGES, type MessageKey, type PluralMessageKey } from "./catalog";
import { LANGUAGE_TAG } from "./language-tag";
import type { MessageText } from "./message-definition";

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;
/** A text about a number names the number `count`; the type makes callers pass it. */
type MessageArgs<Key extends MessageKey> = Key extends PluralMessageKey
  ? [params: MessageParams & { count: number }]
  : [params?: MessageParams];
export type Translate = <Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>) => string;

const PLURAL_RULES: Record<Locale, Intl.PluralRules> = {
  de: new Intl.PluralRules(LANGUAGE_TAG.de),
  en: new Intl.PluralRules(LANGUAGE_TAG.en),
};

function fillPlaceholders(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

function chooseForm(text: MessageText, locale: Locale, count: unknown): string {
  if (typeof text === "string") return text;
  const category = typeof count === "number" ? PLURAL_RULES[locale].select(count) : "other";
  return category === "one" ? text.one : text.other;
}

export function translator(locale: Locale): Translate {
  return (key, ...[params]) => fillPlaceholders(chooseForm(MESSAGES[key][locale], locale, params?.count), params);
}

/** Teams sends locales like "de-DE" or "en-US"; anything not English is German. */
export function localeFromTeams(teamsLocale: string | undefined): Locale {
  return teamsLocale?.toLowerCase().startsWith("en") ? "en" : "de";
}
