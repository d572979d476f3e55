/**
 * Names of anyone, member or not, where the text says a person is meant: after a salutation or
 * title ("Frau Albers", "Herr von der Leyen", "Dr. Meier", "Prof. Dr. Anna Schmidt", "Mr Smith"),
 * a first name with a surname ("Olga Petrenko", "Olga P."), a maiden name ("geb. Berger"), and
 * further surnames in the same list ("Frau Petrenko, Horvat und Santos").
 */
import { foldName } from "./fold";
import { isDeterminer, isParticle, isRoleWord, isSalutation, isTitleWord } from "./name-words";
import type { MemberNameIndex } from "./member-names";
import type { Span } from "./span";
import { isFirstName, isFunctionWord, isGermanNoun, isGermanNounOrCompound, isKnownSurname } from "./word-lists";
import { isAllCaps, isCapitalised, isInitial, type WordToken } from "./word-tokens";

interface NameContext {
  text: string;
  tokens: readonly WordToken[];
  members: MemberNameIndex;
  keepTerms: ReadonlySet<string>;
}

/** Spans of names introduced by salutations, titles, first names or "geb."; their replacement is decided later. */
export function findPersonNames(context: NameContext): Span[] {
  const spans: Span[] = [];
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i += 1) {
    const end = nameAfterOpener(context, i) ?? nameAfterFirstName(context, i);
    if (end === undefined) continue;
    const start = (tokens[maidenNameStart(context, i)] as WordToken).start;
    spans.push({ start, end: (tokens[end] as WordToken).end, kind: "name" });
    i = end;
  }
  return withListNeighbours(context, spans);
}

/** Whether a name found by `findPersonNames` could start at this word: a salutation, a title, "geb" or a first name. */
export function mayOpenPersonName(word: string): boolean {
  return isSalutation(word) || isTitleWord(word) || word === "geb" || isFirstNameOrDouble(word);
}

/** "Frau [Dr.] [von der] Albers [Berger]", "Dr. Meier", "geb. Berger": the index of the name's last token. */
function nameAfterOpener(context: NameContext, i: number): number | undefined {
  const { text, tokens } = context;
  const opener = tokens[i] as WordToken;
  const hasDot = text[opener.end] === ".";
  // British English writes "Dr Patel", "Prof Jones" without the dot. A single letter ("C.") is an
  // initial or an abbreviation, a title only after another one ("Dr. h. c.").
  const isTitle =
    opener.text.length > 1 &&
    isTitleWord(opener.text) &&
    isCapitalised(opener.text) &&
    (hasDot || /^(?:Dr|Prof)$/u.test(opener.text));
  const isMaidenName = opener.text === "geb" && hasDot;
  if (!isSalutation(opener.text) && !isTitle && !isMaidenName) return undefined;
  // "die Frau am Empfang", "jede Frau Anspruch": a determiner makes "Frau" a noun, unless a clear name follows.
  const isGeneric = isDeterminer(tokens[i - 1]?.text ?? "") && isCapitalised(opener.text);
  const isLowerCase = !isCapitalised(opener.text);
  let j = i + 1;
  while (j < tokens.length && isTitleWord((tokens[j] as WordToken).text) && isAdjacent(context, j - 1, j, true)) j += 1;
  while (j < tokens.length && isRoleWord((tokens[j] as WordToken).text) && isAdjacent(context, j - 1, j)) j += 1;
  const afterTitles = j;
  while (j < tokens.length && isParticle((tokens[j] as WordToken).text) && isAdjacent(context, j - 1, j, true)) j += 1;
  const first = tokens[j];
  if (!first || !isAdjacent(context, j - 1, j, true)) return undefined;
  // "Herr der Lage", "Herr über": after a particle, a noun is no surname.
  const allowNoun = !isGeneric && j === afterTitles;
  if (!isNameWord(context, first.text, { allowLowerCase: isLowerCase, allowNoun })) return undefined;
  return furtherNameWords(context, j);
}

/** "geb. Berger": the maiden name only; "geb." stays. */
function maidenNameStart(context: NameContext, i: number): number {
  const opener = context.tokens[i] as WordToken;
  return opener.text === "geb" && context.text[opener.end] === "." ? i + 1 : i;
}

/** "Olga Petrenko", "Anna Maria Schmidt", "Olga P.", "Ivan van der Berg": a known first name and a surname. */
function nameAfterFirstName(context: NameContext, i: number): number | undefined {
  const { tokens, text } = context;
  const first = tokens[i] as WordToken;
  if (!(isCapitalised(first.text) || isAllCaps(first.text)) || !isFirstNameOrDouble(first.text)) return undefined;
  if (context.keepTerms.has(foldName(first.text))) return undefined;
  // "Mark", "Will", "Ernst": a first name that is also a word needs a surname from the list.
  const isWeak = isFunctionWord(first.text) || isGermanNoun(first.text);
  let found: number | undefined;
  let afterParticle = false;
  for (let j = i + 1; j < tokens.length && j <= i + 4 && isAdjacent(context, j - 1, j); j += 1) {
    const token = tokens[j] as WordToken;
    if (isParticle(token.text)) {
      afterParticle = true;
      continue;
    }
    if (isInitial(text, token) && text[token.end] === ".") return j;
    if (isSurname(context, token.text, isWeak)) found = j;
    if (afterParticle) break;
    // Only first names (or particles) may stand between the first name and the surname.
    if (!isFirstName(token.text) || !isCapitalised(token.text)) break;
  }
  return found === undefined ? undefined : furtherNameWords(context, found);
}

/** "Petrenko", "Müller" (listed), "Brüggemann"; not "Himmelfahrt" or "Prüfungsanmeldung" (compound nouns). */
function isSurname(context: NameContext, word: string, needsListedSurname: boolean): boolean {
  if (!isCapitalised(word) || isFunctionWord(word) || context.keepTerms.has(foldName(word))) return false;
  const isListed = isKnownSurname(word) || context.members.parts.has(foldName(word));
  return needsListedSurname ? isListed : isListed || !isGermanNounOrCompound(word);
}

/** "Olga", "Lea-Sophie", "Hans-Peter". */
function isFirstNameOrDouble(word: string): boolean {
  return isFirstName(word) || (word.includes("-") && word.split("-").every(isFirstName));
}

/** Up to three more name words: "Anna Maria Schmidt", "Albers Berger"; but "Albers Bescheid" ends at "Albers". */
function furtherNameWords(context: NameContext, j: number): number {
  const { tokens } = context;
  let last = j;
  for (let more = 0; more < 3; more += 1) {
    const next = tokens[last + 1];
    if (!next || !isAdjacent(context, last, last + 1) || !isCapitalised(next.text)) break;
    if (!isNameWord(context, next.text, { allowLowerCase: false, allowNoun: false })) break;
    last += 1;
  }
  return last;
}

function isNameWord(
  context: NameContext,
  word: string,
  options: { allowLowerCase: boolean; allowNoun: boolean },
): boolean {
  if (context.keepTerms.has(foldName(word)) || isFunctionWord(word) || isTitleWord(word)) return false;
  if (!isCapitalised(word) && !options.allowLowerCase) return false;
  if (options.allowNoun) return !isRoleWord(word);
  return !isGermanNoun(word) || isKnownSurname(word) || context.members.parts.has(foldName(word));
}

/** Only spaces between two tokens (or a title's dot when `allowDot`): names do not run across punctuation. */
function isAdjacent(context: NameContext, left: number, right: number, allowDot = false): boolean {
  const a = context.tokens[left];
  const b = context.tokens[right];
  if (!a || !b) return false;
  const gap = context.text.slice(a.end, b.start);
  return allowDot ? /^(?:\.?-?\s*|\.\s*-)$/u.test(gap) && gap.length > 0 : /^[ \t]+$/.test(gap);
}

const LIST_WORDS = new Set(["und", "and", "sowie", "oder", "or"]);

/** "Frau Petrenko, Horvat und Santos": capitalised non-nouns listed right after a name are names too. */
function withListNeighbours(context: NameContext, spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const { text, tokens } = context;
  const found = [...spans];
  for (const span of spans) {
    let index = tokens.findIndex((token) => token.end === span.end);
    while (index >= 0 && index + 1 < tokens.length) {
      let next = tokens[index + 1] as WordToken;
      const gap = text.slice((tokens[index] as WordToken).end, next.start);
      if (/^\s+$/.test(gap) && LIST_WORDS.has(next.text) && tokens[index + 2]) {
        index += 1;
        next = tokens[index + 1] as WordToken;
      } else if (!/^,\s*$/.test(gap)) break;
      if (
        !isCapitalised(next.text) ||
        isFunctionWord(next.text) ||
        isGermanNoun(next.text) ||
        context.keepTerms.has(foldName(next.text))
      )
        break;
      const last = furtherNameWords(context, index + 1);
      found.push({ start: next.start, end: (tokens[last] as WordToken).end, kind: "name" });
      index = last;
    }
  }
  return found;
}
