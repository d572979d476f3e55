/** What personal data becomes in a draft, in the draft's language. */
import type { Locale } from "../../domain/quality-models";
import type { RedactionKind } from "./span";

export const PLACEHOLDERS: Readonly<Record<Locale, Readonly<Record<Exclude<RedactionKind, "member">, string>>>> = {
  de: {
    name: "[Name]",
    email: "[E-Mail]",
    phone: "[Telefon]",
    address: "[Adresse]",
    birthDate: "[Geburtsdatum]",
    link: "[Link]",
    iban: "[IBAN]",
  },
  en: {
    name: "[name]",
    email: "[email]",
    phone: "[phone]",
    address: "[address]",
    birthDate: "[date of birth]",
    link: "[link]",
    iban: "[IBAN]",
  },
};
