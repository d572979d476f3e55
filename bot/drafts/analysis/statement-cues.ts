/**
 * The cues a Gutachter reads a statement for, as plain word lists: does a procedure say who acts
 * and how often, does a result have a reference figure, is an evaluation measured against a goal,
 * is a conclusion decided or a proposal, does a statement claim something for all or deny it for
 * some. docs/drafts.md lists the words; each list errs towards finding a cue, so that a gap is
 * only raised where none of the area's statements has one.
 */

function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "iu");
}

/** Who acts: roles, bodies, "wir". */
const ACTOR = wordsPattern([
  "wir",
  "ich",
  "kursleitung(?:en)?",
  "kursleitende[nr]?",
  "dozent(?:inn)?en",
  "fachbereichsleitung(?:en)?",
  "fachbereichsleiter(?:in|innen)?",
  "programmbereichsleitung",
  "leitung",
  "direktor(?:in)?",
  "geschäftsführung",
  "verwaltung",
  "empfang",
  "team",
  "mitarbeitende[nr]?",
  "kolleg(?:inn)?en",
  "qualitätsbeauftragte[r]?",
  "gesamtkonferenz",
  "konferenz",
  "steuerungsgruppe",
  "qm-team",
  "beratung",
  "berater(?:in|innen)?",
  "hausmeister(?:in)?",
  "we",
  "staff",
  "management",
]);

/** How often: "einmal im Jahr", "jedes Semester", "monatlich", "vor jedem Kurs", "regelmäßig". */
const FREQUENCY = new RegExp(
  [
    "(?<![\\p{L}])(?:täglich|wöchentlich|monatlich|quartalsweise|halbjährlich|jährlich|regelmäßig|laufend|fortlaufend|ständig|immer|stets)(?![\\p{L}])",
    "(?:ein|zwei|drei|vier)mal\\s(?:im|pro|je|in der|in jedem|jedes)",
    "(?<![\\p{L}])(?:jede[nrs]?|alle)\\s(?:\\d+\\s)?(?:woche|wochen|monat|monate|quartal|semester|jahr|jahre|halbjahr|kurs|kurse|termin|sitzung|sitzungen)",
    "(?<![\\p{L}])(?:vor|nach|zu beginn|am ende|zum ende|in der (?:vor)?letzten)\\s(?:jede[nmrs]?|der|des|einer|eines)\\s",
    "(?<![\\p{L}])(?:pro|je)\\s(?:woche|monat|quartal|semester|jahr|kurs)",
    "(?<![\\p{L}])(?:every|each|weekly|monthly|yearly|annually|regularly)(?![\\p{L}])",
  ].join("|"),
  "iu",
);

/** A figure that can be compared: a share, a change, a target, a count of a whole. */
const REFERENCE_FIGURE = new RegExp(
  [
    "\\d+(?:[.,]\\d+)?\\s?(?:%|prozent)",
    "\\d+\\s?(?:von|aus|of)\\s?\\d+",
    "(?:gegenüber|im vergleich|verglichen|vorjahr|vorsemester|zuvor|vorher|gestiegen|gesunken|zugenommen|abgenommen|verdoppelt|halbiert|mehr als|weniger als|statt|zielwert|sollwert|plan)",
    "(?:ein|einem|einer|die)\\s(?:drittel|viertel|hälfte)",
    "(?:compared|increase|decrease|rose|fell|target|per cent|percent)",
  ].join("|"),
  "iu",
);

/** An evaluation measured against a goal, a yardstick or the definition of success. */
const GOAL = wordsPattern([
  "ziel(?:e|en|s)?",
  "zielwert",
  "angestrebt(?:e|en)?",
  "erreicht(?:e|en)?",
  "nicht erreicht",
  "vorgenommen",
  "wollten",
  "erwartet(?:e|en)?",
  "erwartungen?",
  "maßstab",
  "vorgabe",
  "definition",
  "gelungene[ns]? lernens?",
  "gelungene[rn]? beratung",
  "gelungene[rn]? dienstleistung",
  "goal",
  "target",
  "expected",
  "achieved",
]);

const DECIDED = wordsPattern([
  "wollen wir",
  "wir wollen",
  "planen wir",
  "wir planen",
  "soll(?:en)? [^.;!?]{0,80} werden",
  "wir (?:erstellen|führen|bieten|richten|stellen|überarbeiten|starten|bauen|nehmen|übernehmen|setzen)",
  "bis (?:ende |mitte |anfang |herbst |frühjahr |sommer |winter )?(?:19|20)\\d{2}",
  "ab (?:dem )?(?:jahr |herbst |frühjahr |sommer |winter |semester )?(?:19|20)\\d{2}",
  "ich werde",
  "wir (?:entwickeln|schreiben|legen|geben|schicken|bringen|sorgen|beginnen|schaffen|übernehmen|ändern)",
  "beschlossen",
  "entschieden",
  "festgelegt",
  "vereinbart",
  "eingeführt",
  "ab sofort",
  "ab (?:dem )?(?:nächsten|kommenden) (?:semester|jahr|quartal)",
  "werden wir",
  "wir werden",
  "wird ab",
  "haben wir uns (?:darauf )?geeinigt",
  "decided",
  "agreed",
  "we will",
]);

const PROPOSED = wordsPattern([
  "vorschlag",
  "schlage vor",
  "schlagen vor",
  "schlage ich vor",
  "schlagen wir vor",
  "vorschlagen",
  "wünsche",
  "wünschen",
  "wünschenswert",
  "wäre",
  "wären",
  "würde",
  "würden",
  "sollte",
  "sollten",
  "könnte",
  "könnten",
  "möchte",
  "möchten",
  "idee",
  "vielleicht",
  "überlegen",
  "prüfen",
  "proposal",
  "suggest",
  "should",
  "could",
  "would",
]);

/** Claims for all or always. */
const UNIVERSAL = wordsPattern([
  "alle",
  "allen",
  "jede[nmrs]?",
  "immer",
  "stets",
  "grundsätzlich",
  "ausnahmslos",
  "durchgängig",
  "überall",
  "verbindlich",
  "all",
  "every",
  "always",
]);

/** Denials or limits of a claim for all: "nicht alle", "nicht bei allen", "kaum", "nur manche". */
const LIMITED = new RegExp(
  [
    "nicht\\s(?:[\\p{L}]+\\s){0,3}(?:alle|allen|aller|jede[nmrs]?|immer|überall)(?![\\p{L}])",
    "(?<![\\p{L}])(?:nie|niemals|kaum|selten|längst nicht|keineswegs)(?![\\p{L}])",
    "(?<![\\p{L}])nur\\s(?:manche|einige|wenige|teilweise|vereinzelt|ein teil)",
    "(?<![\\p{L}])(?:bisher|noch) nicht(?![\\p{L}])",
    "(?<![\\p{L}])(?:not all|not every|not always|never|rarely|only some)(?![\\p{L}])",
  ].join("|"),
  "iu",
);

/** Looks back at the goals of the last period (QB 11a). */
const BACKWARD = wordsPattern([
  "letzten testierung",
  "letzten periode",
  "letzten abschlussworkshop",
  "abschlussworkshop",
  "vereinbarten ziele",
  "ziele der letzten",
  "aus der letzten",
  "umgesetzt",
  "erreicht",
  "haben wir geschafft",
  "nicht geschafft",
  "last certification",
  "last period",
]);

/** Roles that can be responsible for a goal: not "wir" or "ich". */
const ROLE = new RegExp(ACTOR.source.replace("(?:wir|ich|", "(?:"), "iu");

export const cues = {
  /** The first role named ("Fachbereichsleitung", "Verwaltung"), for a goal card's "Verantwortlich". */
  roleOf: (text: string) => ROLE.exec(text)?.[0],
  hasActor: (text: string) => ACTOR.test(text),
  hasFrequency: (text: string) => FREQUENCY.test(text),
  hasReferenceFigure: (text: string) => REFERENCE_FIGURE.test(text),
  namesGoal: (text: string) => GOAL.test(text),
  isDecided: (text: string) => DECIDED.test(text),
  isProposed: (text: string) => PROPOSED.test(text),
  claimsAll: (text: string) => UNIVERSAL.test(text) && !LIMITED.test(text),
  /** A word for all or always ("alle", "immer"), limited or not. */
  mentionsAll: (text: string) => UNIVERSAL.test(text),
  deniesSome: (text: string) => LIMITED.test(text),
  looksBack: (text: string) => BACKWARD.test(text),
};

/** A conclusion's status: as marked on the card, else as its words say (a proposal's words win). */
export function conclusionStatus(text: string, marked?: "decided" | "proposal"): "decided" | "proposal" | undefined {
  if (marked) return marked;
  if (cues.isProposed(text)) return "proposal";
  if (cues.isDecided(text)) return "decided";
  return undefined;
}
