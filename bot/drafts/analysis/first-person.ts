/**
 * First person in staff answers. A Selbstreport speaks for the organisation ("wir"); one person's
 * view ("Ich finde …") stays that person's quote, but a practice several people describe in the
 * first person can be written as "wir" — when every "ich" and its verb can be turned with
 * confidence. Otherwise the text is left as it is and the caller keeps it as a quote.
 */

const FIRST_PERSON =
  /(?<![\p{L}\p{N}])(?:ich|mich|mir|mein|meine|meinem|meinen|meiner|meines|I|me|my)(?![\p{L}\p{N}])/iu;

/** True when the text speaks in the first person singular. */
export function isFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(text);
}

/** "Ich finde …", "meiner Meinung nach", "I think": one person's view, which stays theirs even where "wir" would parse. */
const PERSONAL_VIEW =
  /(?<![\p{L}])(?:ich\s+(?:finde|fand|glaube|denke|meine|halte|hoffe|wünsche|fände|persönlich)|(?:finde|fand|glaube|denke|meine|halte|hoffe|wünsche)\s+ich|aus\s+meiner\s+sicht|meiner\s+meinung|I\s+(?:think|feel|believe|find|hope))(?![\p{L}])/iu;

/** True when the text gives one person's view rather than describing a practice. */
export function isPersonalView(text: string): boolean {
  return PERSONAL_VIEW.test(text);
}

/** 1st person singular → plural of verbs that do not follow the "-e → -en" rule. */
const IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  bin: "sind",
  hab: "haben",
  kann: "können",
  will: "wollen",
  muss: "müssen",
  darf: "dürfen",
  soll: "sollen",
  mag: "mögen",
  weiß: "wissen",
  tu: "tun",
  tue: "tun",
  war: "waren",
  gab: "gaben",
  sah: "sahen",
  ging: "gingen",
  kam: "kamen",
  bekam: "bekamen",
  fand: "fanden",
  nahm: "nahmen",
  las: "lasen",
  schrieb: "schrieben",
  sprach: "sprachen",
  besprach: "besprachen",
  tat: "taten",
  ließ: "ließen",
  hielt: "hielten",
  blieb: "blieben",
  stand: "standen",
  rief: "riefen",
  lud: "luden",
  bot: "boten",
  traf: "trafen",
  trug: "trugen",
  gewann: "gewannen",
  begann: "begannen",
  lief: "liefen",
  fing: "fingen",
  erhielt: "erhielten",
  bat: "baten",
};

/** Verbs on "-eln" whose first person drops the "e": "sammle" → "sammeln". */
const ELN_VERBS = new Set([
  "sammle",
  "handle",
  "wechsle",
  "regle",
  "entwickle",
  "behandle",
  "vermittle",
  "zweifle",
  "plaudre",
]);

const POSSESSIVES: Readonly<Record<string, string>> = {
  mein: "unser",
  meine: "unsere",
  meinem: "unserem",
  meinen: "unseren",
  meiner: "unserer",
  meines: "unseres",
};

const SUBORDINATORS = new Set([
  "dass",
  "daß",
  "wenn",
  "weil",
  "damit",
  "ob",
  "als",
  "wie",
  "bevor",
  "nachdem",
  "sobald",
  "während",
  "obwohl",
  "da",
  "was",
  "wo",
  "falls",
  "seit",
  "seitdem",
  "sodass",
  "bis",
]);

/** Words that can stand right after "ich" and are not its verb. */
const NOT_VERBS = new Set(["als", "persönlich", "selbst", "auch", "nur", "noch", "schon", "immer", "dann", "so"]);

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * The text in the "wir" form, or undefined when some first-person word could not be turned
 * safely (an unknown verb, "ich" in a position the rules do not cover, English text).
 */
export function toOrganisationVoice(text: string): string | undefined {
  if (!isFirstPerson(text)) return text;
  if (/(?<![\p{L}])(?:I|me|my)(?![\p{L}])/u.test(text)) return undefined;
  const tokens: Token[] = [...text.matchAll(/[\p{L}\p{N}ß]+/gu)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const replacements = new Map<number, string>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const lower = token.word.toLowerCase();
    if (lower === "mir" || lower === "mich") replacements.set(index, keepCase(token.word, "uns"));
    else if (POSSESSIVES[lower]) replacements.set(index, keepCase(token.word, POSSESSIVES[lower]));
    else if (lower === "ich") {
      const verbIndex = findVerb(tokens, index, text);
      if (verbIndex === undefined) return undefined;
      const verb = tokens[verbIndex] as Token;
      const plural = pluralOf(verb.word);
      if (!plural) return undefined;
      replacements.set(index, keepCase(token.word, "wir"));
      replacements.set(verbIndex, plural);
      if (!turnCoordinatedVerbs(tokens, Math.max(index, verbIndex), text, replacements)) return undefined;
    }
  }
  let result = "";
  let at = 0;
  tokens.forEach((token, index) => {
    const replacement = replacements.get(index);
    if (replacement === undefined) return;
    result += text.slice(at, token.start) + replacement;
    at = token.end;
  });
  return result + text.slice(at);
}

/**
 * The finite verb that goes with the "ich" at `index`: right before it ("Im Kurs verteile ich"),
 * right after it ("Ich habe"), or at the end of its subordinate clause ("…, damit ich etwas ändern kann").
 */
function findVerb(tokens: readonly Token[], index: number, text: string): number | undefined {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const clauseStartsHere = !before || /[.,;:!?(–-]\s*$/.test(text.slice(before.end, (tokens[index] as Token).start));
  if (before && !clauseStartsHere && SUBORDINATORS.has(before.word.toLowerCase())) {
    // Verb-final clause: the last word before the clause ends.
    for (let next = index + 1; next < tokens.length; next++) {
      const token = tokens[next] as Token;
      const following = tokens[next + 1];
      const gap = following ? text.slice(token.end, following.start) : text.slice(token.end);
      if (/[.,;:!?)]/.test(gap) || !following) return isVerbLike(token.word) ? next : undefined;
      if (following.word.toLowerCase() === "und" && /^\s+$/.test(gap)) return isVerbLike(token.word) ? next : undefined;
    }
    return undefined;
  }
  if (before && !clauseStartsHere && isVerbLike(before.word) && before.word === before.word.toLowerCase()) {
    return index - 1;
  }
  if (after && isVerbLike(after.word) && after.word === after.word.toLowerCase() && !NOT_VERBS.has(after.word)) {
    return index + 1;
  }
  return undefined;
}

/** Words after "und" that end like a verb but are not one ("und neue Kurse"). */
const NOT_COORDINATED_VERBS = new Set([
  "sie",
  "ihre",
  "deine",
  "meine",
  "eine",
  "keine",
  "diese",
  "jede",
  "alle",
  "viele",
  "manche",
  "welche",
  "andere",
  "neue",
  "erste",
  "zweite",
  "letzte",
  "nächste",
  "gute",
  "große",
  "kleine",
  "ganze",
  "beide",
  "einige",
  "mehrere",
  "solche",
  "unsere",
  "seine",
  "die",
  "ebenfalls",
  "gerne",
  "hoffe",
]);

/**
 * "… verteile ich die Bögen und gehe dann aus dem Raum": verbs joined to the same "ich" by "und"
 * in the rest of its sentence. False when one cannot be told from an adjective ("und kurze Pausen").
 */
function turnCoordinatedVerbs(
  tokens: readonly Token[],
  from: number,
  text: string,
  replacements: Map<number, string>,
): boolean {
  for (let index = from + 1; index < tokens.length - 1; index++) {
    const token = tokens[index] as Token;
    if (/[.!?;]/.test(text.slice((tokens[index - 1] as Token).end, token.start))) return true;
    if (token.word !== "und") continue;
    const candidate = tokens[index + 1] as Token;
    const word = candidate.word;
    if (word !== word.toLowerCase() || NOT_COORDINATED_VERBS.has(word) || !isVerbLike(word)) continue;
    if (IRREGULAR_VERBS[word] === undefined && !ELN_VERBS.has(word)) {
      const next = tokens[index + 2];
      if (next && next.word.charAt(0) !== next.word.charAt(0).toLowerCase()) return false;
    }
    const plural = pluralOf(word);
    if (!plural) return false;
    replacements.set(index + 1, plural);
  }
  return true;
}

function isVerbLike(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_VERBS[lower] !== undefined || ELN_VERBS.has(lower) || /^[a-zäöüß]{2,}e$/.test(lower);
}

function pluralOf(verb: string): string | undefined {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR_VERBS[lower];
  if (irregular) return irregular;
  if (ELN_VERBS.has(lower)) return `${lower.slice(0, -2)}eln`;
  if (/[^aeiouäöü]ere$/.test(lower)) return `${lower.slice(0, -1)}n`;
  if (lower.endsWith("e")) return `${lower}n`;
  return undefined;
}

function keepCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first === first.toUpperCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
