/** The BCP 47 tag behind each of our locales, for `Intl` formatting and plural rules. */
import type { Locale } from "../domain/quality-models";

export const LANGUAGE_TAG: Readonly<Record<Locale, string>> = { de: "de-DE", en: "en-GB" };
