/** Word-level facts about names shared by the member and the non-member rules. */
import { foldName } from "./fold";
import { isFunctionWord, isGermanNoun } from "./word-lists";

/** Academic and professional titles as written before a name (without their dots). */
const TITLE_WORDS = new Set([
  "dr",
  "prof",
  "dipl",
  "ing",
  "med",
  "phil",
  "rer",
  "nat",
  "jur",
  "paed",
  "oec",
  "theol",
  "mag",
  "pd",
  "doz",
  "priv",
  "habil",
  "dent",
  "vet",
  "h",
  "c",
  "mba",
  "ba",
  "ma",
  "msc",
  "bsc",
  "llm",
]);

/** Salutations: what turns the next capitalised word into a name. */
const SALUTATIONS = new Set([
  "frau",
  "herr",
  "herrn",
  "fr",
  "hr",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "madame",
  "monsieur",
  "signora",
  "signor",
  "pani",
  "pan",
]);

/** "von der Leyen", "van Gogh", "de la Cruz", "bin Said": lower-case words inside a name. */
const NAME_PARTICLES = new Set([
  "von",
  "vom",
  "van",
  "de",
  "der",
  "den",
  "del",
  "della",
  "di",
  "da",
  "du",
  "dos",
  "das",
  "zu",
  "zur",
  "ten",
  "ter",
  "le",
  "la",
  "al",
  "el",
  "bin",
  "ibn",
  "y",
]);

/** Nouns for a person's role: "Kollegin Winter", "Kursleiter Koch" make the next word a name. */
const ROLE_WORDS = new Set(
  [
    "kollege kollegin kollegen kursleiter kursleiterin kursleitung dozent dozentin dozenten leiter leiterin",
    "fachbereichsleiter fachbereichsleiterin referent referentin chef chefin mitarbeiter mitarbeiterin",
    "teilnehmer teilnehmerin praktikant praktikantin azubi sachbearbeiter sachbearbeiterin direktor direktorin",
    "colleague teacher tutor trainer trainerin coach lehrer lehrerin beraterin berater",
  ].flatMap((line) => line.split(" ")),
);

/** Finite verbs that follow a person as the subject: "Winter hat …", "Koch meinte …". */
const PERSON_VERBS = new Set(
  [
    "hat hatte hätte ist war wird wurde sagt sagte meint meinte findet fand leitet leitete übernimmt übernahm",
    "kümmert kümmerte organisiert organisierte betreut betreute schreibt schrieb kann konnte will wollte soll",
    "sollte möchte macht machte bringt brachte erstellt erstellte prüft prüfte plant plante unterrichtet",
    "unterrichtete moderiert moderierte koordiniert koordinierte hält hielt berichtet berichtete erklärt erklärte",
    "fragt fragte bittet bat schlägt schlug arbeitet arbeitete kennt weiß wusste rief ruft schickt schickte",
    "has had is was said says leads led will can wrote writes organised organized thinks asked suggested",
  ].flatMap((line) => line.split(" ")),
);

/** Adjectives, adverbs and verbs that are surnames: written in lower case as words ("ein klein wenig", "sie weiß"). */
const LOWER_CASE_WORDS = new Set(
  [
    "klein lang lange jung schwarz weiss weiß braun roth rot gross groß kurz frank fromm kühn stark frei",
    "fröhlich lustig still gut scharf sauer süß hell alt neu reich wild mild froh will kann mag soll",
  ].flatMap((line) => line.split(" ")),
);

/**
 * Surnames and first names that are everyday nouns, used bare in staff text ("Winter 2025",
 * "in Kraft", "als Koch"), and English words, which are lower case but start sentences.
 */
const EVERYDAY_WORDS = new Set(
  [
    "winter sommer frühling herbst montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar",
    "märz april mai juni juli august september oktober november dezember ernst kraft dauer liebe zeit grund",
    "stolz streit recht ende anfang koch lehrer meister schüler bürger kaufmann leiter richter berater trainer",
    "stein berg feld wald wiese busch horn kern vogel wolf engel stern rose hahn fink kopf holz zimmer",
    "young long short black white brown green rich strong bright wise sharp hope grace may bill mark art",
    "page price cook baker hunter stone wood king hill bell little",
  ].flatMap((line) => line.split(" ")),
);

/** Determiners, possessives and numerals: after them, a capitalised word is a noun ("im Winter", "unser Koch"). */
const DETERMINERS = new Set(
  [
    "der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen im am",
    "zum zur vom beim ins ans aufs übers jede jeder jedes jedem jeden diese dieser dieses diesem diesen",
    "mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer",
    "unser unsere unseren unserem unserer euer eure alle allen vielen viele einige mehrere beide beiden",
    "welche welcher manche solche the a an this that our my your their his her its each every",
  ].flatMap((line) => line.split(" ")),
);

// toLowerCase rather than toLocaleLowerCase("de"): the same for every word (only Turkish, Azeri and
// Lithuanian differ), and these run for every word of every answer.
export function isDeterminer(word: string): boolean {
  return DETERMINERS.has(word.toLowerCase()) || /^\d+$/.test(word);
}

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

export function isSalutation(word: string): boolean {
  return SALUTATIONS.has(word.toLowerCase());
}

export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}

export function isPersonVerb(word: string): boolean {
  return PERSON_VERBS.has(word.toLowerCase());
}

export function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/**
 * How much a name part also means something else. "everyday": a common noun ("Winter", "Koch")
 * or one of the organisation's own terms; alone, it counts only where the text makes it a person.
 * "word": a word written in lower case ("weiß", "klein", "will"); capitalised inside a sentence it is
 * the name. "noun": a rarer German noun ("Müller", "Fenster"), a name unless an article or adjective
 * stands before it. "name": nothing else.
 */
export type NamePartKind = "everyday" | "word" | "noun" | "name";

export function namePartKind(word: string, keepTerms: ReadonlySet<string>): NamePartKind {
  const lower = word.toLowerCase();
  if (word.length < 3 || keepTerms.has(foldName(word)) || EVERYDAY_WORDS.has(lower)) return "everyday";
  if (LOWER_CASE_WORDS.has(lower) || isFunctionWord(word)) return "word";
  return isGermanNoun(word) ? "noun" : "name";
}

/** "die", "neue", "drei", "12": a word after which a capitalised word is a noun. */
export function makesNextANoun(word: string): boolean {
  return (
    isDeterminer(word) ||
    /^\p{Ll}+(?:e|en|er|es|em)$/u.test(word) ||
    /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)$/iu.test(word)
  );
}
