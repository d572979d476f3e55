/**
 * The redaction contexts of one draft: what names typed into answers become in the draft itself
 * (pseudonyms, or in a named draft a consenting member's name) and in anything sent to an LLM
 * (pseudonyms only). The organisation's name and group names are never taken for names.
 */
import { lookUpMember, type DraftAnswer, type DraftInput } from "./draft-input";
import type { PlainWords } from "./plain-words";
import { redactPersonalData, type RedactionContext } from "./privacy";
import { rememberPerWord } from "./word-memory";

type PrivacyInput = Pick<DraftInput, "knownNames" | "attribution" | "members" | "organisation" | "locale">;

export function draftRedactionContext(input: PrivacyInput): RedactionContext {
  const people = (input.knownNames ?? []).map((person) => {
    if (input.attribution !== "named" || person.memberId === undefined) return person;
    const consentedName = lookUpMember(input.members, person.memberId)?.displayName?.trim();
    return consentedName ? { ...person, replacement: consentedName } : person;
  });
  return { people, keepTerms: organisationTerms(input), locale: input.locale ?? "de" };
}

/** For text that leaves for an LLM: every member becomes their pseudonym, consent or not. */
export function llmRedactionContext(input: PrivacyInput): RedactionContext {
  return { people: input.knownNames ?? [], keepTerms: organisationTerms(input), locale: input.locale ?? "de" };
}

function organisationTerms(input: PrivacyInput): string[] {
  return [input.organisation.name, ...Object.values(input.organisation.groupNames ?? {})];
}

/** What typed text becomes with personal data removed. */
export type TypedTextRedaction = (typed: string) => string;

/**
 * Redaction of the short texts typed beside an answer (evidence, document titles and places), each
 * distinct text once per draft: the same Nachweis is named in answer after answer, and its
 * redaction (a date in it runs every contact-data finder) depends on nothing but the text.
 */
export function rememberedTypedRedaction(privacy: RedactionContext): TypedTextRedaction {
  return rememberPerWord((typed) => redactPersonalData(typed, privacy).text);
}

/**
 * The answer with personal data removed from everything a person typed: text, evidence, the
 * documents' titles and places. `textWords`: the answer text's plain words, when the caller has them;
 * `redact`: how the typed texts beside it are redacted (a draft remembers them, see above).
 */
export function withoutPersonalData(
  answer: DraftAnswer,
  privacy: RedactionContext,
  textWords?: PlainWords,
  redact: TypedTextRedaction = (typed) => redactPersonalData(typed, privacy).text,
): DraftAnswer {
  const text = redactPersonalData(answer.text, privacy, textWords).text;
  const evidence = answer.evidence === undefined ? undefined : redact(answer.evidence);
  const documents = answer.documents?.map((document) => {
    const title = redact(document.title);
    const place = document.place === undefined ? undefined : redact(document.place);
    return title === document.title && place === document.place ? document : { ...document, title, place };
  });
  const isUnchanged =
    text === answer.text &&
    evidence === answer.evidence &&
    (documents ?? []).every((document, index) => document === answer.documents?.[index]);
  return isUnchanged ? answer : { ...answer, text, evidence, documents };
}
