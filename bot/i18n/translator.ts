/** Looks up user-facing text by key and fills `{name}` parameters. */
import type { Locale } from "../domain/quality-models";
import { de, type MessageKey } from "./messages-de";
import { en } from "./messages-en";

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { de, en };

export function fillPlaceholders(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function translator(locale: Locale): Translate {
  return (key, params) => fillPlaceholders(CATALOGS[locale][key], params);
}

/** Teams sends locales like "de-DE" or "en-US"; anything not English is German. */
export function localeFromTeams(teamsLocale: string | undefined): Locale {
  return teamsLocale?.toLowerCase().startsWith("en") ? "en" : "de";
}

export const MESSAGE_CATALOGS = CATALOGS;
