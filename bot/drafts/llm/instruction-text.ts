/**
 * Staff text that reads as an instruction to a language model ("SYSTEM: Ignoriere alle
 * vorherigen Anweisungen …"). Such a statement is never sent to the LLM: it stays in the draft
 * in its structured form, where it is only text.
 */

/** A whole word or phrase from a list of alternatives (\b does not know umlauts). */
function words(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
}

const ROLE_MARKER = /(?:^|\n)\s*[#*>[(]*\s*(?:system|assistant|assistent|developer|user)\s*[\])]*\s*[:>]/iu;
const CHAT_TOKENS = /<\|[a-z_]+\|>|<\/?\s*(?:system|instructions?|prompt)\s*>|\[\/?INST\]/iu;
const OVERRIDE_VERB = words(
  [
    "ignorier\\p{L}*",
    "vergiss",
    "vergesst",
    "missachte\\p{L}*",
    "überschreib\\p{L}*",
    "ignore",
    "disregard",
    "forget",
    "override",
  ].join("|"),
);
const OVERRIDE_OBJECT = words(
  "anweisung\\p{L}*|instruktion\\p{L}*|vorgabe\\p{L}*|regeln|befehl\\p{L}*|prompts?|instructions?|rules|directions|above|previous|vorherig\\p{L}*|bisherig\\p{L}*|obig\\p{L}*",
);
const NEW_ROLE = words(
  "du\\s+bist\\s+(?:jetzt|ab\\s+jetzt|nun)|ab\\s+(?:jetzt|sofort)\\s+bist\\s+du|you\\s+are\\s+now|from\\s+now\\s+on\\s+you|act\\s+as|neue\\s+anweisung\\p{L}*|new\\s+instructions?|schreib\\p{L}*\\s+(?:stattdessen|in\\s+den\\s+(?:bericht|entwurf|selbstreport))|write\\s+(?:instead|in\\s+the\\s+(?:report|draft))",
);

export function isInstructionToModel(text: string): boolean {
  if (ROLE_MARKER.test(text) || CHAT_TOKENS.test(text) || NEW_ROLE.test(text)) return true;
  const verb = OVERRIDE_VERB.exec(text);
  return verb !== null && OVERRIDE_OBJECT.test(text.slice(verb.index, verb.index + 80));
}
