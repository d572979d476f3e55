/**
 * The organisation's members in text, however they are written: "Anna Schneider", "anna schneider",
 * "Schneider, Anna", "A. Schneider", "Anna S.", "Koehler" for "Köhler", "Annas", or a first or last
 * name alone. A name part that is also an everyday word ("Winter", "Koch") counts alone only where
 * the text says it is a person ("Kollegin Winter", "Koch hat …"); salutations are found in person-names.
 */
import { foldName, foldNameWithoutUmlauts } from "./fold";
import {
  isDeterminer,
  isParticle,
  isPersonVerb,
  isRoleWord,
  isTitleWord,
  makesNextANoun,
  namePartKind,
  type NamePartKind,
} from "./name-words";
import type { Span } from "./span";
import { isAllCaps, isCapitalised, isInitial, isSentenceStart, withoutGenitive, type WordToken } from "./word-tokens";

export interface NamedPerson {
  /** As Teams has it: "Dr. Anna-Lena Müller", "Müller, Anna (Sprachen)". */
  name: string;
  /** What the name becomes: the pseudonym, or the consented name in a named draft. */
  replacement: string;
  /** Whose name it is, so that a draft can swap the pseudonym for a consented name. */
  memberId?: string;
}

interface MemberEntry {
  replacement: string;
  firstParts: ReadonlySet<string>;
  lastParts: ReadonlySet<string>;
  initials: ReadonlySet<string>;
}

interface PartEntry {
  members: Set<number>;
  /** The most ambiguous kind of the words behind this key. */
  kind: NamePartKind;
}

const AMBIGUITY: Readonly<Record<NamePartKind, number>> = { name: 0, noun: 1, word: 2, everyday: 3 };

export interface MemberNameIndex {
  members: readonly MemberEntry[];
  parts: ReadonlyMap<string, PartEntry>;
}

/** The organisation's members, ready to be looked up word by word. */
export function indexMemberNames(people: readonly NamedPerson[], keepTerms: ReadonlySet<string>): MemberNameIndex {
  const members: MemberEntry[] = [];
  const parts = new Map<string, PartEntry>();
  for (const person of people) {
    const words = nameWords(person.name);
    if (words.length === 0) continue;
    const index = members.length;
    const first = words.length > 1 ? words.slice(0, -1) : [];
    const last = words.slice(-1);
    const entry: MemberEntry = {
      replacement: person.replacement,
      firstParts: new Set(first.flatMap(partKeys)),
      lastParts: new Set(last.flatMap(partKeys)),
      initials: new Set(words.flatMap((word) => word.split("-")).map((word) => foldName(word.charAt(0)))),
    };
    members.push(entry);
    for (const word of words) {
      for (const part of [word, ...(word.includes("-") ? word.split("-") : [])]) {
        // Half of a double name alone ("Maria" of "Eva-Maria") needs the text to say it is a person.
        const kind = part === word ? namePartKind(part, keepTerms) : "everyday";
        for (const key of partKeys(part)) {
          const known = parts.get(key);
          if (!known) parts.set(key, { members: new Set([index]), kind });
          else {
            known.members.add(index);
            if (AMBIGUITY[kind] > AMBIGUITY[known.kind]) known.kind = kind;
          }
        }
      }
    }
  }
  return { members, parts };
}

/** "Dr. Müller, Anna-Lena (Sprachen)" → ["Anna-Lena", "Müller"]: titles, particles and additions dropped, "Last, First" turned round. */
function nameWords(displayName: string): string[] {
  const plain = displayName.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").split(/\s[-–|/]\s|\|/)[0] ?? "";
  const [before, after] = plain.split(",", 2).map((part) => part.trim());
  const ordered = after ? `${after} ${before}` : (before ?? "");
  return ordered
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))
    .filter((word) => word.length > 0 && !isTitleWord(word) && !isParticle(word.toLowerCase()));
}

function partKeys(word: string): string[] {
  return [...new Set([foldName(word), foldNameWithoutUmlauts(word)])];
}

/** Where members are named in `tokens` (of `text`), each span with the member's replacement or "[Name]" when two share the words. */
export function findMemberNames(
  text: string,
  tokens: readonly WordToken[],
  index: MemberNameIndex,
  ambiguous: string,
): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length;) {
    const run = longestRun(text, tokens, i, index);
    if (run) {
      spans.push(spanOf(tokens, i, run.last, run.members, index, ambiguous));
      i = run.last + 1;
      continue;
    }
    const single = lookUp(tokens[i] as WordToken, index);
    if (single && isNamedAlone(text, tokens, i, single))
      spans.push(spanOf(tokens, i, i, single.members, index, ambiguous));
    i += 1;
  }
  return spans;
}

/** Whether the word is part of a member's name, in any of the forms `findMemberNames` looks for. */
export function namesSomeMember(word: string, index: MemberNameIndex): boolean {
  return lookUpWord(word, index) !== undefined;
}

function lookUp(token: WordToken, index: MemberNameIndex): PartEntry | undefined {
  return lookUpWord(token.text, index);
}

function lookUpWord(word: string, index: MemberNameIndex): PartEntry | undefined {
  const direct = index.parts.get(foldName(word)) ?? index.parts.get(foldNameWithoutUmlauts(word));
  if (direct) return direct;
  const stem = withoutGenitive(word);
  return stem === undefined
    ? undefined
    : (index.parts.get(foldName(stem)) ?? index.parts.get(foldNameWithoutUmlauts(stem)));
}

/** Two or more tokens that together name one member: "Anna Schneider", "Schneider, Anna", "A. Schneider", "Anna S.". */
function longestRun(
  text: string,
  tokens: readonly WordToken[],
  start: number,
  index: MemberNameIndex,
): { last: number; members: ReadonlySet<number> } | undefined {
  let members: Set<number> | undefined;
  let found: { last: number; members: ReadonlySet<number> } | undefined;
  let fullParts = 0;
  for (let i = start; i < tokens.length; i += 1) {
    const token = tokens[i] as WordToken;
    if (i > start && !/^(?:\.?\s+|,\s*|\.)$/u.test(text.slice((tokens[i - 1] as WordToken).end, token.start))) break;
    const part = lookUp(token, index);
    // "Jörg weiß …": a part that is also a word counts in a full name only when written as a name.
    if (part && (part.kind === "word" || part.kind === "everyday") && !isCapitalised(token.text)) break;
    const matching = part ? part.members : isInitial(text, token) ? membersWithInitial(token.text, index) : undefined;
    if (!matching) break;
    const narrowed: Set<number> = members
      ? new Set([...members].filter((member) => matching.has(member)))
      : new Set(matching);
    if (narrowed.size === 0) break;
    members = narrowed;
    if (part) fullParts += 1;
    // Two tokens of the same member, at least one of them a real part (not only initials): a name.
    if (i > start && fullParts > 0 && coversFirstAndLast(tokens, start, i, members, index))
      found = { last: i, members };
  }
  return found;
}

/** "Anna Schneider" or "Schneider, Anna" but not "Anna Lena" of two members who share both first names. */
function coversFirstAndLast(
  tokens: readonly WordToken[],
  start: number,
  last: number,
  members: ReadonlySet<number>,
  index: MemberNameIndex,
): boolean {
  for (const member of members) {
    const entry = index.members[member] as MemberEntry;
    const keys = tokens.slice(start, last + 1).map((token) => foldName(withoutGenitive(token.text) ?? token.text));
    const plainKeys = tokens.slice(start, last + 1).map((token) => foldName(token.text));
    const hasLast = [...keys, ...plainKeys].some((key) => entry.lastParts.has(key));
    const hasFirst =
      [...keys, ...plainKeys].some((key) => entry.firstParts.has(key)) ||
      tokens.slice(start, last + 1).some((token) => token.text.length === 1);
    if ((hasLast || entry.lastParts.size === 0) && (hasFirst || entry.firstParts.size === 0)) return true;
  }
  return false;
}

function membersWithInitial(letter: string, index: MemberNameIndex): Set<number> {
  const initial = foldName(letter);
  const members = new Set<number>();
  index.members.forEach((member, position) => {
    if (member.initials.has(initial)) members.add(position);
  });
  return members;
}

/**
 * A first or last name alone: a plain name always (lower case from four letters); a rarer noun
 * ("Müller") when capitalised and no article or adjective makes it a noun; an everyday word
 * ("Winter") only after a role ("Kollegin Winter") or before a verb of a person ("Winter hat").
 */
function isNamedAlone(text: string, tokens: readonly WordToken[], i: number, part: PartEntry): boolean {
  const token = tokens[i] as WordToken;
  const word = token.text;
  if (part.kind === "name") return isCapitalised(word) || word.length >= 4;
  if (!isCapitalised(word) && !isAllCaps(word)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const isAdjacent = (left: WordToken | undefined, right: WordToken | undefined) =>
    left !== undefined && right !== undefined && /^\s+$/.test(text.slice(left.end, right.start));
  const hasBefore = before !== undefined && isAdjacent(before, token);
  if (hasBefore && isRoleWord(before.text)) return true;
  if (part.kind === "noun") return !(hasBefore && makesNextANoun(before.text));
  if (part.kind === "word" && !isSentenceStart(text, token) && !(hasBefore && isDeterminer(before.text))) return true;
  if (hasBefore && isDeterminer(before.text)) return false;
  return after !== undefined && isAdjacent(token, after) && isPersonVerb(after.text);
}

function spanOf(
  tokens: readonly WordToken[],
  first: number,
  last: number,
  members: ReadonlySet<number>,
  index: MemberNameIndex,
  ambiguous: string,
): Span {
  const start = (tokens[first] as WordToken).start;
  const end = (tokens[last] as WordToken).end;
  const only = members.size === 1 ? index.members[[...members][0] as number] : undefined;
  return { start, end, kind: only ? "member" : "name", replacement: only?.replacement ?? ambiguous };
}
