/**
 * The words of a plain text, split once and shared by redaction's name check and the topic
 * matcher: on every text it accepts, they must be the words each check would have split itself.
 */
import fc from "fast-check";
import { plainWordsOf, wordsOfPlain } from "../../../bot/drafts/plain-words";
import { wordTokens } from "../../../bot/drafts/privacy/word-tokens";
import { normaliseText } from "../../../bot/drafts/text-similarity";
import { createTopicMatcher } from "../../../bot/drafts/topic-matcher";
import { assertProperty } from "../../support/property-runs";
import { CORPUS } from "./privacy/redaction-corpus";

/** Letters, words and separators of plain texts. */
const PLAIN_PIECES = [
  ..."aAzZßÿÞÀÖØöøéÉäÄ .,;:!?()/@\n\t",
  "Frau",
  "Dr.",
  "geb.",
  "Anna",
  "Schneider",
  "Kursanfragen",
  "Straße",
];
/** Everything near the edge of plain: digits, apostrophes, hyphens, Latin-1 symbols, marks, what NFKC changes, pairs. */
const EDGE_PIECES = [..."0'’-–×÷ªµº¹²¼\u00a0\u00ad\u0301\uFB01ΣςİıſK😀", "STRASSE"];
const text = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...PLAIN_PIECES), weight: 20 }, fc.constantFrom(...EDGE_PIECES)), {
    maxLength: 30,
  })
  .map((pieces) => pieces.join(""));

describe("plainWordsOf", () => {
  it("gives redaction's words and, lower-cased, the normalised words of every text it accepts", () => {
    assertProperty(
      fc.property(text, (sample) => {
        const plain = plainWordsOf(sample);
        if (plain === undefined) return;
        expect(plain.words).toEqual(wordTokens(sample).map((token) => token.text));
        const normalised = normaliseText(sample);
        expect(plain.words.map((word) => word.toLowerCase())).toEqual(normalised === "" ? [] : normalised.split(" "));
      }),
      { numRuns: 400 },
    );
  });

  it("leaves texts with digits, apostrophes, hyphens or anything beyond Latin-1's letters to the checks' own split", () => {
    for (const sample of ["Kurs 2024", "O'Brien", "Anna-Lena", "Kurs’", "Preis½", "Kurs\u00a0A", "Łódź", "e\u0301"])
      expect(plainWordsOf(sample)).toBeUndefined();
    expect(plainWordsOf("Frau Schneider, bitte!")?.words).toEqual(["Frau", "Schneider", "bitte"]);
  });

  it("shares the words only with the very text they were split from", () => {
    const shared = plainWordsOf("Anna plant Kurse");
    expect(wordsOfPlain("Anna plant Kurse", shared)).toBe(shared?.words);
    expect(wordsOfPlain("[Name] plant Kurse", shared)).toEqual(["Name", "plant", "Kurse"]);
    expect(wordsOfPlain("Kurs 2024", shared)).toBeUndefined();
  });
});

describe("the topic matcher given the words of a plain text", () => {
  it("matches as it does on the normalised text", () => {
    const matcher = createTopicMatcher([
      { id: "1", title: "Kursanfragen und Wartelisten auswerten" },
      { id: "2", title: "Rückmeldungen der Teilnehmenden" },
      { id: "3", title: "Straße der Beschwerden" },
    ]);
    const samples = [...CORPUS.map((sentence) => sentence.text), "Frau Schneider wertet die Kursanfragen aus."];
    // A digit makes a text not plain, so the matcher normalises it; "0" is too short to be a title word.
    const normalisedByMatcher = (sample: string) => `${sample} 0`;
    assertProperty(
      fc.property(fc.oneof(text, fc.constantFrom(...samples)), (sample) => {
        expect(matcher.match(sample, [], undefined, plainWordsOf(sample))).toBe(
          matcher.match(normalisedByMatcher(sample)),
        );
      }),
      { numRuns: 400 },
    );
  });
});
