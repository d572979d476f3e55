import fc from "fast-check";
import type { DraftSource } from "../../../bot/drafts/draft";
import { sourceLookup } from "../../../bot/drafts/word/comments-xml";
import { assertProperty } from "../../support/property-runs";

const source = (key: string, person = `Person ${key}`): DraftSource => ({
  key,
  answerId: `answer:${key}`,
  person,
  date: "12.03.2025",
});

describe("sourceLookup (the sources a Word comment names)", () => {
  it("finds each row of a section numbered as the compiler numbers it, and nothing else", () => {
    const sources = ["A7", "A8", "A9", "A10"].map((key) => source(key));
    const sourceOf = sourceLookup(sources);
    expect(["A7", "A8", "A9", "A10"].map((key) => sourceOf(key))).toEqual(sources);
    expect(["A6", "A11", "A08", "A", "B8", "A8 ", "a8", ""].map((key) => sourceOf(key))).toEqual(
      Array(8).fill(undefined),
    );
  });

  it("looks up keys numbered otherwise as a map does: the last row of a key counts", () => {
    const sources = [source("A3", "first"), source("A5"), source("A3", "second"), source("Quelle 1")];
    const sourceOf = sourceLookup(sources);
    expect(sourceOf("A3")?.person).toBe("second");
    expect(sourceOf("Quelle 1")).toBe(sources[3]);
    expect(sourceOf("A4")).toBeUndefined();
  });

  it("gives what a map of key to row gives, for any keys and any key asked", () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 30 }).map((number) => `A${number}`),
      fc.constantFrom("A01", "A", "B2", "A1x", "", " A1", "A12345678901234567"),
      fc.string({ maxLength: 4 }),
    );
    const consecutive = fc
      .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 12 }))
      .map(([first, count]) => Array.from({ length: count }, (_unused, index) => `A${first + index}`));
    assertProperty(
      fc.property(fc.oneof(consecutive, fc.array(key, { maxLength: 12 })), fc.array(key), (keys, asked) => {
        const sources = keys.map((each, index) => source(each, `Person ${index}`));
        const byKey = new Map(sources.map((row) => [row.key, row]));
        const sourceOf = sourceLookup(sources);
        for (const each of [...asked, ...keys]) expect(sourceOf(each)).toBe(byKey.get(each));
      }),
    );
  });
});
