/**
 * Links to a person (OneDrive, profiles, chats, links carrying an address or user name) and
 * IBANs. Links to documents stay: they are evidence.
 */
import { spansOf, type Span } from "./span";

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu;
/** What every URL contains: most answers have none, and this test is far cheaper than URL. */
const MAY_HAVE_URL = /https?:\/\/|www\./i;
const PERSONAL_URL = [
  /-my\.sharepoint\.com\//i,
  /\/personal\//i,
  /\/users?\//i,
  /\/~/,
  /\/(?:profile|profil|people|person|mitarbeiter(?:innen)?|team)\//i,
  /(?:linkedin\.com\/in|xing\.com\/profile|facebook\.com|instagram\.com|twitter\.com|(?:^|\/\/|\.)x\.com)\//i,
  /teams\.microsoft\.com\/l\/chat\//i,
  /[?&](?:e?-?mail|user|upn|name)=/i,
  /%40|@/,
];
/** What every IBAN starts with. */
const MAY_HAVE_IBAN = /(?:DE|AT|CH)\d/;
/** DE, AT and CH IBANs, with or without the usual groups of four. */
const IBAN =
  /(?<![\p{L}\p{N}])(?:DE\d{2}(?:\s?\d{4}){4}\s?\d{2}|AT\d{2}(?:\s?\d{4}){4}|CH\d{2}(?:\s?[0-9A-Z]{4}){4}\s?[0-9A-Z])(?![\p{L}\p{N}])/gu;

/** `links`: the text's links, where the caller has found them already. */
export function findPersonalLinks(text: string, links: readonly Span[] = findLinks(text)): Span[] {
  return [
    ...links.filter((span) => PERSONAL_URL.some((pattern) => pattern.test(text.slice(span.start, span.end)))),
    ...(MAY_HAVE_IBAN.test(text) ? spansOf(text, IBAN, "iban") : []),
  ];
}

/** Where a link starts and ends: names and addresses inside a document link are part of its path, not of the text. */
export function findLinks(text: string): Span[] {
  return MAY_HAVE_URL.test(text) ? spansOf(text, URL, "link") : [];
}
