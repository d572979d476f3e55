import fc from "fast-check";
import { normaliseText } from "../../../bot/drafts/text-similarity";
import { assertProperty } from "../../support/property-runs";

/** normaliseText as it was written before it skipped NFKC for plain Latin-1 text. */
const reference = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

describe("normaliseText", () => {
  it("reads every pair of Latin-1 characters as NFKC does, skipping it or not", () => {
    const differences: string[] = [];
    for (let first = 0; first < 0x100; first++)
      for (let second = 0; second < 0x100; second++) {
        const text = `${String.fromCharCode(first)}${String.fromCharCode(second)}`;
        if (normaliseText(text) !== reference(text)) differences.push(text);
      }
    expect(differences).toEqual([]);
  });

  it("turns every run of spaces, punctuation and line breaks into one space, however they mix", () => {
    // Single spaces are left where they are rather than replaced by themselves: the result must not show it.
    const unit = fc.constantFrom(
      "a",
      "Ä",
      "ß",
      "7",
      " ",
      "  ",
      "\n",
      "\t",
      ",",
      ".",
      "-",
      "„",
      "\u00a0",
      "😀",
      "e\u0301",
    );
    assertProperty(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => expect(normaliseText(text)).toBe(reference(text))),
      { numRuns: 2_000 },
    );
  });

  it("still folds what NFKC folds beyond plain letters", () => {
    for (const text of ["Ｆｅｅｄｂａｃｋ", "Ko\u0308ln", "ﬁnanziert", "2² Kurse", "Qualität „Ü“ – ½ Tag", "ª"])
      expect(normaliseText(text)).toBe(reference(text));
    expect(normaliseText("ﬁnanziert")).toBe("finanziert");
  });
});
