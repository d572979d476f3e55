/**
 * Removes personal data from staff text before it leaves for an LLM: the organisation's member
 * names (replaced by their pseudonym), salutations with a surname, e-mail addresses, German
 * phone numbers and links to personal pages. Links to documents stay: they are evidence.
 */

export interface KnownName {
  /** A member's display name as Teams has it, e.g. "Dr. Anna-Lena Müller" or "Müller, Anna". */
  name: string;
  /** What the name becomes, e.g. the member's pseudonym "Person 7". */
  replacement: string;
}

export interface PseudonymizedText {
  text: string;
  replacements: number;
}

export type Pseudonymizer = (text: string) => PseudonymizedText;

export const PLACEHOLDERS = { name: "[Name]", email: "[E-Mail]", phone: "[Telefon]", link: "[Link]" } as const;

const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";
const TITLES = new Set([
  "dr",
  "prof",
  "med",
  "phil",
  "rer",
  "nat",
  "dipl",
  "ing",
  "mag",
  "frau",
  "herr",
  "von",
  "van",
  "de",
  "der",
  "zu",
]);
/** A first or last name alone shorter than this is too likely to be a word. */
const MIN_NAME_PART_LENGTH = 3;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu;
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
const EMAIL = /(?:mailto:)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;
const SEPARATOR = "[ \\t\\-/.]{0,3}";
const PHONE = new RegExp(
  [
    // +49 30 1234567, 0049 (0)30 12 34 56-7, +49-171-1234567
    `(?:\\+|00)49${SEPARATOR}(?:\\(0\\)${SEPARATOR})?[1-9](?:${SEPARATOR}\\d){5,13}`,
    // 030 1234567, (030) 123 45 67, 0171/1234567, 0 30 - 12 34 56
    `\\(?0[ \\t]?[1-9](?:[ \\t]?\\d){1,4}\\)?${SEPARATOR}\\d(?:${SEPARATOR}\\d){3,10}`,
  ]
    .map((pattern) => `${NOT_WORD_BEFORE}(?<!\\+)${pattern}(?!\\d)`)
    .join("|"),
  "gu",
);
const SALUTATION = new RegExp(
  `${NOT_WORD_BEFORE}(Frau|Herrn?|Fr\\.|Hr\\.)((?:\\s+(?:Dr\\.|Prof\\.|Dipl\\.-\\p{L}+\\.))*)\\s+(\\p{Lu}[\\p{L}'’-]*\\p{L})${NOT_WORD_AFTER}`,
  "gu",
);

export function createPseudonymizer(knownNames: readonly KnownName[]): Pseudonymizer {
  const names = compileKnownNames(knownNames);
  return (original) => {
    let replacements = 0;
    const count = (replacement: string) => () => {
      replacements += 1;
      return replacement;
    };
    let text = original.replace(URL, (url) => {
      if (!PERSONAL_URL.some((pattern) => pattern.test(url))) return url;
      replacements += 1;
      return PLACEHOLDERS.link;
    });
    text = text.replace(EMAIL, count(PLACEHOLDERS.email));
    text = text.replace(PHONE, count(PLACEHOLDERS.phone));
    // Known members keep their pseudonym (next step), so "Frau Müller" becomes "Frau Person 7".
    text = text.replace(SALUTATION, (match, salutation: string, titles: string, surname: string) => {
      if (names.isKnownPart(surname)) return match;
      replacements += 1;
      return `${salutation}${titles} ${PLACEHOLDERS.name}`;
    });
    const named = names.replace(text);
    return { text: named.text, replacements: replacements + named.replacements };
  };
}

/** Full names first (longest first), then single first and last names; a part two members share becomes "[Name]". */
function compileKnownNames(knownNames: readonly KnownName[]): {
  replace: Pseudonymizer;
  isKnownPart(word: string): boolean;
} {
  const fullNames = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const { name, replacement } of knownNames) {
    const words = nameWords(name);
    if (words.length === 0) continue;
    for (const variant of [words.join(" "), [...words].reverse().join(" ")])
      fullNames.set(variant.toLocaleLowerCase("de"), replacement);
    for (const part of new Set(words.flatMap((word) => [word, ...word.split("-")]))) {
      if (part.length < MIN_NAME_PART_LENGTH) continue;
      const known = parts.get(part);
      parts.set(part, known === undefined || known === replacement ? replacement : PLACEHOLDERS.name);
    }
  }
  const fullRegex = wordsRegex(
    [...fullNames.keys()].map((full) => full.split(" ").map(escapeRegExp).join("[\\s,]+")),
    "",
    "giu",
  );
  const partRegex = wordsRegex([...parts.keys()].map(escapeRegExp), "s?", "gu");
  const replace: Pseudonymizer = (original) => {
    let replacements = 0;
    let text = original;
    if (fullRegex) {
      text = text.replace(fullRegex, (match) => {
        replacements += 1;
        return fullNames.get(match.replace(/[\s,]+/g, " ").toLocaleLowerCase("de")) ?? PLACEHOLDERS.name;
      });
    }
    if (partRegex) {
      text = text.replace(partRegex, (_match, part: string) => {
        replacements += 1;
        return parts.get(part) ?? PLACEHOLDERS.name;
      });
    }
    return { text, replacements };
  };
  return { replace, isKnownPart: (word) => parts.has(word) };
}

/** One of the alternatives as a whole word (with an optional suffix such as a genitive "s"); longest first. */
function wordsRegex(alternatives: string[], suffix: string, flags: string): RegExp | undefined {
  if (alternatives.length === 0) return undefined;
  const pattern = alternatives.sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`${NOT_WORD_BEFORE}(${pattern})${suffix}${NOT_WORD_AFTER}`, flags);
}

/** "Dr. Müller, Anna-Lena" → ["Anna-Lena", "Müller"]: titles dropped, "Last, First" turned round. */
function nameWords(displayName: string): string[] {
  const [before, after] = displayName.split(",", 2).map((part) => part.trim());
  const ordered = after ? `${after} ${before}` : (before ?? "");
  return ordered
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))
    .filter((word) => word.length > 0 && !TITLES.has(word.toLocaleLowerCase("de")));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
