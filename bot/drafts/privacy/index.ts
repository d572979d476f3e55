/** Removing personal data from staff text: the public surface of bot/drafts/privacy. */
export { redactPersonalData, type RedactionContext } from "./redact-personal-data";
export type { NamedPerson } from "./member-names";
export { PLACEHOLDERS } from "./placeholders";
export { keyedPseudonyms, PSEUDONYM_PREFIX } from "./keyed-pseudonyms";
