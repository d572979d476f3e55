import fc from "fast-check";
import germanNounsFile from "../../../../bot/drafts/privacy/word-lists/german-nouns.json";
import { isGermanNoun, SortedWordList } from "../../../../bot/drafts/privacy/word-lists";
import { assertProperty } from "../../../support/property-runs";

/** A list as the generator writes it (infra/scripts/generate-privacy-word-lists.ts): unique, sorted, one space apart. */
function asWritten(words: readonly string[]): string {
  return [...new Set(words)].sort().join(" ");
}

describe("a sorted word list looked up in place", () => {
  it("reads the German nouns file, which is sorted and unique as the lookup needs", () => {
    const words = germanNounsFile.words.split(" ");
    expect(asWritten(words)).toBe(germanNounsFile.words);
  });

  it("knows every German noun of the file and nothing a letter away from one", () => {
    const words = germanNounsFile.words.split(" ");
    const set = new Set(words);
    const list = new SortedWordList(germanNounsFile.words);
    const wrongAnswers = words.flatMap((word) =>
      [word, `${word}e`, word.slice(0, -1), word.toLowerCase(), `A${word}`].filter(
        (asked) => list.has(asked) !== set.has(asked),
      ),
    );
    expect(wrongAnswers).toEqual([]);
    expect(isGermanNoun("Kursen")).toBe(true);
    expect(isGermanNoun("Mitarbeiterinnenx")).toBe(false);
  });

  it("answers as a Set of the same words for any list and any word", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "ä", "B", "ß", "\u{1F600}"), maxLength: 4 });
    assertProperty(
      fc.property(fc.array(word.filter((candidate) => candidate.length > 0)), fc.array(word), (listed, asked) => {
        const list = new SortedWordList(asWritten(listed));
        const set = new Set(listed);
        for (const candidate of [...listed, ...asked]) expect(list.has(candidate)).toBe(set.has(candidate));
      }),
      { numRuns: 300 },
    );
  });

  it("has nothing in an empty list", () => {
    expect(new SortedWordList("").has("")).toBe(false);
    expect(new SortedWordList("").has("Kurs")).toBe(false);
  });
});

describe("the name rules' word lists, each loaded when first asked", () => {
  type WordListsModule = typeof import("../../../../bot/drafts/privacy/word-lists");
  const freshWordLists = (): WordListsModule => {
    let loaded: WordListsModule | undefined;
    jest.isolateModules(() => {
      loaded = jest.requireActual<WordListsModule>("../../../../bot/drafts/privacy/word-lists");
    });
    return loaded as WordListsModule;
  };

  it.each([
    ["a surname", (lists: WordListsModule) => lists.isKnownSurname("Schneider"), true],
    ["a first name", (lists: WordListsModule) => lists.isFirstName("Anna"), true],
    ["a German noun", (lists: WordListsModule) => lists.isGermanNoun("Fenster"), true],
    ["a function word", (lists: WordListsModule) => lists.isFunctionWord("und"), true],
    ["a surname that is none", (lists: WordListsModule) => lists.isKnownSurname("Fensterbank"), false],
    ["a first name that is none", (lists: WordListsModule) => lists.isFirstName("Fenster"), false],
  ])("answers for %s asked first, and for the other lists after it", (_case, askFirst, expected) => {
    const lists = freshWordLists();
    expect(askFirst(lists)).toBe(expected);
    expect([
      lists.isKnownSurname("Schneider"),
      lists.isKnownSurname("und"),
      lists.isFirstName("Anna"),
      lists.isFirstName("und"),
      lists.isGermanNoun("Fenster"),
      lists.isGermanNoun("Anna"),
      lists.isFunctionWord("und"),
      lists.isFunctionWord("Fenster"),
    ]).toEqual([true, false, true, false, true, false, true, false]);
  });
});
