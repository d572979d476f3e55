/**
 * The one function that removes personal data from staff text, for structured drafts and before
 * anything goes to an LLM alike: members' names become their pseudonym (or consented name), other
 * people's names, e-mail addresses, phone numbers, street addresses, dates of birth, IBANs and links
 * to personal pages become placeholders. docs/pseudonymisation.md lists what is and is not caught.
 */
import type { Locale } from "../../domain/quality-models";
import { findBirthDates } from "./birth-dates";
import { findEmailAddresses } from "./email-addresses";
import { rememberPerWord } from "../word-memory";
import { foldName } from "./fold";
import {
  findMemberNames,
  indexMemberNames,
  namesSomeMember,
  type MemberNameIndex,
  type NamedPerson,
} from "./member-names";
import { isParticle, isRoleWord, isSalutation, isTitleWord } from "./name-words";
import { findPersonNames, mayOpenPersonName } from "./person-names";
import { findLinks, findPersonalLinks } from "./personal-links";
import { findPhoneNumbers } from "./phone-numbers";
import { PLACEHOLDERS } from "./placeholders";
import { withoutOverlaps, type RedactionKind, type Span } from "./span";
import { findStreetAddresses } from "./street-addresses";
import { someWord, wordTokens } from "./word-tokens";
import { wordsOfPlain, type PlainWords } from "../plain-words";

export interface RedactionContext {
  /** Every member with a name (not only consenting ones), with what their name becomes. */
  people: readonly NamedPerson[];
  /**
   * The organisation's own words, never taken for names: its name and places ("Volkshochschule
   * Musterstadt", "Außenstelle Nordstadt"), group names. Words, not whole phrases, count.
   */
  keepTerms?: readonly string[];
  /** Language of the placeholders; default "de". */
  locale?: Locale;
}

interface Redaction {
  kind: RedactionKind;
  replacement: string;
}

export interface RedactedText {
  text: string;
  /** What was replaced, in order; never the original text. */
  redactions: Redaction[];
}

interface PreparedContext {
  members: MemberNameIndex;
  keepTerms: ReadonlySet<string>;
  placeholders: (typeof PLACEHOLDERS)[Locale];
  /** Whether a word can start or be a name (see `mayNameSomeone`), per word seen. */
  /** Whether a word may be part of a name, remembered per word (see mayNameSomeone). */
  isNameWord: (word: string) => boolean;
}

/** Built once per context object: the member index of a large organisation is not rebuilt per answer. */
const prepared = new WeakMap<RedactionContext, PreparedContext>();

/** `words`: the text's plain words when the caller has split it already (see ../plain-words). */
export function redactPersonalData(text: string, context: RedactionContext, words?: PlainWords): RedactedText {
  const ready = prepare(context);
  const found = findAll(text, ready, words);
  if (found.length === 0) return { text, redactions: [] };
  const spans = withoutOverlaps(found);
  let result = "";
  let position = 0;
  const redactions: Redaction[] = [];
  for (const span of spans) {
    const replacement = replacementOf(span, ready);
    result += text.slice(position, span.start) + replacement;
    position = span.end;
    redactions.push({ kind: span.kind, replacement });
  }
  return { text: result + text.slice(position), redactions };
}

function replacementOf(span: Span, ready: PreparedContext): string {
  if (span.kind === "member") return span.replacement ?? ready.placeholders.name;
  return span.replacement ?? ready.placeholders[span.kind];
}

function prepare(context: RedactionContext): PreparedContext {
  const known = prepared.get(context);
  if (known) return known;
  const keepTerms = new Set(
    (context.keepTerms ?? [])
      .flatMap((term) => term.split(/[^\p{L}]+/u))
      .filter((word) => word.length >= 3)
      .map(foldName),
  );
  const members = indexMemberNames(context.people, keepTerms);
  const ready: PreparedContext = {
    members,
    keepTerms,
    placeholders: PLACEHOLDERS[context.locale ?? "de"],
    isNameWord: rememberPerWord((word) => mayOpenPersonName(word) || namesSomeMember(word, members)),
  };
  prepared.set(context, ready);
  return ready;
}

/**
 * What every link, e-mail address, phone number, street address, date of birth and IBAN has in it
 * (each finder's own first look): one look settles it for most answers, which hold none of them.
 */
const MAY_HOLD_CONTACT_DATA = /\d|@|https?:\/\/|www\.|(?<!\p{L})[aä]t(?!\p{L})/iu;

function findAll(text: string, ready: PreparedContext, words: PlainWords | undefined): Span[] {
  const mayHoldContactData = MAY_HOLD_CONTACT_DATA.test(text);
  const links = mayHoldContactData ? findLinks(text) : [];
  // Most answers name nobody: one look at each word settles that before the name rules run.
  const hasNameWord = mayNameSomeone(text, ready, words);
  const tokens = hasNameWord
    ? wordTokens(text).filter((token) => !links.some((link) => token.start >= link.start && token.end <= link.end))
    : [];
  const ambiguous = ready.placeholders.name;
  const people = hasNameWord
    ? findPersonNames({ text, tokens, members: ready.members, keepTerms: ready.keepTerms }).map((span) =>
        asMember(text, span, ready),
      )
    : [];
  // One list filled in place rather than spread together and mapped: this runs for every answer,
  // and almost every answer finds nothing.
  const spans: Span[] = [];
  if (mayHoldContactData) {
    gather(spans, text, findPersonalLinks(text, links));
    gather(spans, text, documentLinksNamingMembers(text, links, ready));
    gather(spans, text, findEmailAddresses(text));
    gather(spans, text, findPhoneNumbers(text));
    gather(spans, text, findStreetAddresses(text));
    gather(spans, text, findBirthDates(text));
  }
  gather(spans, text, people);
  if (hasNameWord) gather(spans, text, findMemberNames(text, tokens, ready.members, ambiguous));
  return spans;
}

function gather(spans: Span[], text: string, found: readonly Span[]): void {
  for (const span of found) spans.push(withInitialDot(text, span));
}

/**
 * Whether any word could be where a name is found: every name the rules find has a member's name
 * part, a salutation, a title, "geb." or a first name in it. Without one, both name rules would
 * find nothing, so they are not run. (Words inside links count here too; the rules leave them out.)
 */
function mayNameSomeone(text: string, ready: PreparedContext, shared: PlainWords | undefined): boolean {
  // A plain text's words are the ones someWord would find (../plain-words says why).
  const words = wordsOfPlain(text, shared);
  if (words === undefined) return someWord(text, ready.isNameWord);
  for (const word of words) if (ready.isNameWord(word)) return true;
  return false;
}

/** "Frau Albrecht", "Dr. Katrin Albrecht": a name found by its salutation that belongs to one member becomes the member's pseudonym. */
function asMember(text: string, span: Span, ready: PreparedContext): Span {
  const words = wordTokens(text.slice(span.start, span.end))
    .map((token) => token.text)
    .filter(
      (word) => !isSalutation(word) && !isTitleWord(word) && !isParticle(word) && !isRoleWord(word) && word !== "geb",
    );
  if (words.length === 0) return span;
  let members: Set<number> | undefined;
  for (const word of words) {
    const part = ready.members.parts.get(foldName(word));
    const initial = word.length === 1 ? foldName(word) : undefined;
    const matching = part
      ? part.members
      : initial
        ? new Set(ready.members.members.flatMap((member, index) => (member.initials.has(initial) ? [index] : [])))
        : undefined;
    if (!matching) return span;
    members = new Set([...(members ?? matching)].filter((member) => matching.has(member)));
  }
  if (!members || members.size !== 1) return span;
  const member = ready.members.members[[...members][0] as number];
  return member ? { ...span, kind: "member", replacement: member.replacement } : span;
}

/** A link to a document whose path names a member ("…/Protokoll_Schneider.docx") is personal too. */
function documentLinksNamingMembers(text: string, links: readonly Span[], ready: PreparedContext): Span[] {
  return links.filter((link) =>
    wordTokens(text.slice(link.start, link.end).replace(/[_.%/]+/g, " ")).some((token) => {
      const part = ready.members.parts.get(foldName(token.text));
      return part !== undefined && part.kind === "name";
    }),
  );
}

/** "Olga P. hat …": the initial's dot belongs to the name; at the end of a sentence it stays the full stop. */
function withInitialDot(text: string, span: Span): Span {
  const last = text.slice(span.start, span.end).match(/(?:^|[\s.])(\p{Lu})$/u);
  if (!last || text[span.end] !== "." || !/^\.(?:\s+\p{Ll}|,)/u.test(text.slice(span.end, span.end + 3))) return span;
  return { ...span, end: span.end + 1 };
}
