/**
 * How a catalogue entry is written: German and English side by side, either one text or, for a
 * text about a number, one text per plural form (chosen by `Intl.PluralRules` from `{count}`).
 */
import type { Locale } from "../domain/quality-models";

/** The plural forms German and English have (`Intl.PluralRules` cardinal categories). */
export interface PluralForms {
  one: string;
  other: string;
}

export type MessageText = string | PluralForms;

export type MessageDefinition = Record<Locale, MessageText>;

export type MessageDefinitions = Record<string, MessageDefinition>;
