/**
 * Street addresses: "Lindenweg 7", "Karl-Marx-Str. 12a", "Alte Poststraße 3", "Am Markt 3",
 * "Hauptstraße 5, 12345 Musterstadt", "12 Baker Street". A street named without a house number
 * ("in der Schillerstraße") stays: it is a place, not an address.
 */
import { spansOf, type Span } from "./span";

/** Not "feld", "pfad", "garten", "park", "hof": "Handlungsfeld 3", "Lernpfad 2" and "Kindergarten 1" are no addresses. */
const STREET_WORDS = [
  "straße strasse str. weg gasse platz allee ring damm ufer chaussee steig stieg promenade graben wall markt",
  "anger kamp brink zeile kai",
].flatMap((line) => line.split(" "));
/** Each street word in lower case (ending a compound) and capitalised (after a hyphen or as its own word). */
const STREET_ENDING = `(?:${STREET_WORDS.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)])
  .map((word) => word.replace(".", "\\."))
  .join("|")})`;
/** "Lindenweg", "Karl-Marx-Straße", "Bahnhofstr.", "Mariahilfer Straße", "Alte Poststraße". */
const STREET_NAME = `(?:\\p{Lu}\\p{Ll}+(?:e|er|es|en)\\s+)?\\p{Lu}[\\p{L}-]*?${STREET_ENDING}|\\p{Lu}\\p{Ll}+(?:e|er)\\s+(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer)`;
/** "Am Markt", "An der Kirche", "Unter den Linden": a preposition and a word streets are named after. */
const PREPOSITION_STREET =
  "(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Vor dem)\\s+(?:Alten\\s+|Neuen\\s+|Oberen\\s+|Unteren\\s+)?(?:Markt|Anger|Graben|Hang|Winkel|Ring|Kamp|Brink|Wall|Linden|Kirche|Mühle|Mühlbach|Bach|Berg|Tor|Sand|Hafen|Stadtpark|Rathaus|Schloss|Dom)";
/** 1–3 digits, a letter, a range; not a figure ("Platz 3 Prozent"), time or count. */
const HOUSE_NUMBER =
  "\\d{1,3}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:\\s?[-–/]\\s?\\d{1,3}[a-zA-Z]?)?(?![\\p{N}]|[.,]\\d|\\s?(?:%|Prozent|Uhr|Min|Std|Euro|€|Teilnehm|Personen|Plätze|Kurse|mal\\b))";
/** "12345 Musterstadt" (DE) or "1010 Wien" / "8001 Zürich" (AT, CH) after the street. */
const POSTCODE_CITY = "(?:,?\\s+(?:D-|A-|CH-)?\\d{4,5}\\s+\\p{Lu}[\\p{L}-]+)?";
const GERMAN_ADDRESS = new RegExp(
  `(?<![\\p{L}])(?:${STREET_NAME}|${PREPOSITION_STREET})\\s*${HOUSE_NUMBER}${POSTCODE_CITY}`,
  "gu",
);
const ENGLISH_ADDRESS = new RegExp(
  "(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?\\s+(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Close|Crescent|Way|Place|Square)(?![\\p{L}])",
  "gu",
);
const ARTICLES = new Set(["der", "die", "das", "den", "dem", "des", "the"]);

export function findStreetAddresses(text: string): Span[] {
  // Both need a house number.
  if (!/\d/.test(text)) return [];
  return [
    ...spansOf(text, GERMAN_ADDRESS, "address").map((span) => withoutLeadingArticle(text, span)),
    ...spansOf(text, ENGLISH_ADDRESS, "address"),
  ];
}

/** "Die Hauptstraße 5": the optional word before the street was an article, not part of its name. */
function withoutLeadingArticle(text: string, span: Span): Span {
  const first = /^\p{L}+\s+/u.exec(text.slice(span.start, span.end));
  if (!first || !ARTICLES.has(first[0].trim().toLowerCase())) return span;
  return { ...span, start: span.start + first[0].length };
}
