/**
 * The redaction as a property (issue 20, item 2): sentences generated from the kinds of personal
 * data docs/pseudonymisation.md says are caught, in every form it lists, between words staff
 * write around them. Each piece must come out as its pseudonym or placeholder and every other
 * word unchanged; sentences made of Musterstadt answers with figures, dates and course codes must
 * come out untouched.
 */
import fc from "fast-check";
import { PLACEHOLDERS, redactPersonalData, type RedactionContext } from "../../../../bot/drafts/privacy";
import type { Locale } from "../../../../bot/domain/quality-models";
import { ANSWERS } from "../../../fixtures/vhs-musterstadt";
import { assertProperty } from "../../../support/property-runs";
import { CORPUS_CONTEXT } from "./redaction-corpus";

/** A piece of personal data as written, and what the draft must show instead. */
interface Piece {
  text: string;
  expected: string;
}

const PEOPLE = CORPUS_CONTEXT.people;
const pseudonymOf = (name: string): string => {
  const person = PEOPLE.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`${name} is not in the corpus context`);
  return person.replacement;
};

/** Members whose names are no everyday word: caught in every form below. */
const MEMBERS: readonly [first: string, last: string][] = [
  ["Anna", "Schneider"],
  ["Bernd", "Köhler"],
  ["Claudia", "Yılmaz"],
  ["Thomas", "Reinholz"],
  ["Sabine", "Kowalczyk"],
  ["Mehmet", "Aydın"],
  ["Julia", "Hoffmann"],
  ["Lena", "Vogt"],
  ["Fatma", "Öztürk"],
  ["Marco", "Rossi"],
];

/** "ä" as "ae", "ß" as "ss", "ı" as "i": how a name is typed on a keyboard without them. */
const ascii = (name: string): string =>
  name
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ö/g, "Oe")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i");

const member: fc.Arbitrary<Piece> = fc
  .tuple(
    fc.constantFrom(...MEMBERS),
    fc.constantFrom<(first: string, last: string) => string>(
      (first, last) => `${first} ${last}`,
      (first, last) => `${first} ${last}`.toLocaleLowerCase("de"),
      (first, last) => `${first} ${last}`.toLocaleUpperCase("de"),
      (first, last) => `${last}, ${first}`,
      (first, last) => ascii(`${first} ${last}`),
      (first, last) => `${first.slice(0, 1)}. ${last}`,
      (first, last) => `${first} ${last.slice(0, 1)}.`,
      (_first, last) => `Frau ${last}`,
      (_first, last) => `Herr ${last}`,
    ),
  )
  .map(([[first, last], write]) => ({
    text: write(first, last),
    expected: pseudonymOf(`${first} ${last}`),
  }));

const OTHER_SURNAMES = ["Albers", "Petrenko", "Nguyen", "Brandstätter", "Okonkwo", "Horvat", "Santos", "Lenz"];
const OTHER_FIRST_NAMES = ["Olga", "Zeynep", "Fatima", "John", "Ivana", "Dmytro", "Sarah", "Hartmut"];
const OPENERS = ["Frau", "Herr", "Herrn", "Dr.", "Frau Dr.", "Herr Prof. Dr.", "Fr.", "Hr.", "frau"];

const otherPerson = (name: string): fc.Arbitrary<Piece> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...OTHER_SURNAMES))
      .map(([opener, surname]) => ({ text: `${opener} ${surname}`, expected: name })),
    fc
      .tuple(fc.constantFrom(...OTHER_FIRST_NAMES), fc.constantFrom(...OTHER_SURNAMES))
      .map(([first, surname]) => ({ text: `${first} ${surname}`, expected: name })),
  );

const LOCAL_PARTS = ["info", "kurse", "p.mustermann", "olga.p", "beratung", "max_muster", "a.b-c"];
const DOMAINS: readonly [name: string, tld: string][] = [
  ["vhs-musterstadt", "de"],
  ["gmx", "net"],
  ["stadt-musterstadt", "de"],
  ["example", "org"],
];

const email = (placeholder: string): fc.Arbitrary<Piece> =>
  fc
    .tuple(
      fc.constantFrom(...LOCAL_PARTS),
      fc.constantFrom(...DOMAINS),
      fc.constantFrom<[at: string, dot: string]>(
        ["@", "."],
        [" (at) ", "."],
        ["[at]", "[dot]"],
        ["(at)", "(punkt)"],
        [" [at] ", " [dot] "],
        ["{at}", "."],
      ),
    )
    .map(([local, [domain, tld], [at, dot]]) => ({
      text: `${local}${at}${domain}${dot}${tld}`,
      expected: placeholder,
    }));

const digits = (min: number, max: number) =>
  fc.integer({ min: 10 ** (min - 1), max: 10 ** max - 1 }).map((value) => String(value));

const phone = (placeholder: string): fc.Arbitrary<Piece> =>
  fc
    .oneof(
      // Germany: area code and number, written as people write them.
      fc
        .tuple(fc.constantFrom("30", "89", "221", "511", "6221", "171", "151"), digits(6, 8))
        .chain(([area, number]) =>
          fc.constantFrom(
            `0${area} ${number}`,
            `0${area}/${number}`,
            `0${area}-${number}`,
            `(0${area}) ${number}`,
            `+49 ${area} ${number}`,
            `+49 (0)${area} ${number}`,
            `0049 ${area} ${number}`,
          ),
        ),
      // Austria and Switzerland.
      fc
        .tuple(digits(3, 3), digits(2, 2), digits(2, 2))
        .chain(([a, b, c]) =>
          fc.constantFrom(`+43 1 ${a} ${b} ${c}`, `0664 ${a}${b}${c}`, `+41 44 ${a} ${b} ${c}`, `079 ${a} ${b} ${c}`),
        ),
    )
    .map((number) => ({ text: number, expected: placeholder }));

const STREETS = [
  "Lindenstraße",
  "Goetheweg",
  "Hauptstr.",
  "Karl-Marx-Str.",
  "Kirchgasse",
  "Am Markt",
  "Alte Poststraße",
];

const address = (placeholder: string): fc.Arbitrary<Piece> =>
  fc
    .tuple(
      fc.constantFrom(...STREETS),
      fc.integer({ min: 1, max: 199 }),
      fc.constantFrom("", "a", "b"),
      fc.option(fc.tuple(fc.integer({ min: 10_000, max: 99_999 }), fc.constantFrom("Musterstadt", "Nordheim"))),
    )
    .map(([street, number, letter, town]) => ({
      text: `${street} ${number}${letter}${town ? `, ${town[0]} ${town[1]}` : ""}`,
      expected: placeholder,
    }));

const MONTHS = ["Januar", "März", "Mai", "Juli", "Oktober", "Dezember"];

const birthDate = (placeholder: string): fc.Arbitrary<Piece> =>
  fc
    .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1940, max: 2006 }))
    .chain(([day, month, year]) => {
      const dd = String(day).padStart(2, "0");
      const mm = String(month).padStart(2, "0");
      return fc.constantFrom(
        { text: `geb. ${dd}.${mm}.${year}`, expected: `geb. ${placeholder}` },
        { text: `geboren am ${day}. ${MONTHS[month % MONTHS.length]} ${year}`, expected: `geboren am ${placeholder}` },
        { text: `Geburtsdatum: ${year}-${mm}-${dd}`, expected: `Geburtsdatum: ${placeholder}` },
      );
    });

function piece(locale: Locale): fc.Arbitrary<Piece> {
  const placeholders = PLACEHOLDERS[locale];
  return fc.oneof(
    member,
    otherPerson(placeholders.name),
    email(placeholders.email),
    phone(placeholders.phone),
    address(placeholders.address),
    birthDate(placeholders.birthDate),
  );
}

/** Words around a piece, as staff write them; none is a name. */
const BEFORE = ["Rückfragen bitte an", "Laut Protokoll kam das von", "Kontakt:", "Notiert von", "Am Dienstag kam"];
const AFTER = [
  "zur Kenntnis.",
  "laut Protokoll im Qualitätshandbuch.",
  "hat die Liste geprüft.",
  "im Stand März 2025.",
  "für den B1-Kurs.",
];

function sentence(locale: Locale): fc.Arbitrary<{ text: string; expected: string }> {
  return fc
    .array(fc.tuple(fc.constantFrom(...BEFORE), piece(locale), fc.constantFrom(...AFTER)), {
      minLength: 1,
      maxLength: 3,
    })
    .map((parts) => ({
      text: parts.map(([before, found, after]) => `${before} ${found.text} ${after}`).join(" "),
      expected: parts.map(([before, found, after]) => `${before} ${found.expected} ${after}`).join(" "),
    }));
}

describe("redaction of generated sentences (property)", () => {
  it.each<Locale>(["de", "en"])(
    "replaces every name, address, number and date of birth and leaves every other word (%s placeholders)",
    (locale) => {
      const context: RedactionContext = { ...CORPUS_CONTEXT, locale };
      assertProperty(
        fc.property(sentence(locale), ({ text, expected }) => {
          expect(redactPersonalData(text, context).text).toBe(expected);
        }),
        { numRuns: 300 },
      );
    },
  );

  it("leaves sentences of Musterstadt answers with figures, dates and course codes untouched", () => {
    const sentences = [...new Set(ANSWERS.flatMap((answer) => answer.text.split(/(?<=[.!?])\s+/u)))];
    const detail = fc.oneof(
      fc.integer({ min: 1, max: 2_000 }).map((count) => `Es waren ${count} Teilnehmende.`),
      fc
        .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2020, max: 2026 }))
        .map(([day, month, year]) => `Stand: ${day}.${month}.${year}.`),
      fc
        .tuple(fc.integer({ min: 20, max: 26 }), fc.constantFrom("F", "H", "W"), fc.integer({ min: 1_000, max: 9_999 }))
        .map(([year, term, number]) => `Kurs ${year}${term}-${number} war ausgebucht.`),
      fc.integer({ min: 1, max: 99 }).map((percent) => `Der Rücklauf lag bei ${percent} %.`),
    );
    assertProperty(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...sentences), detail), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const text = parts.join(" ");
          expect(redactPersonalData(text, CORPUS_CONTEXT)).toEqual({ text, redactions: [] });
        },
      ),
      { numRuns: 300 },
    );
  });
});
