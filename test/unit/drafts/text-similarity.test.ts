import { normaliseText } from "../../../bot/drafts/text-similarity";

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

  it("still folds what NFKC folds beyond plain letters", () => {
    for (const text of ["Ｆｅｅｄｂａｃｋ", "Ko\u0308ln", "ﬁnanziert", "2² Kurse", "Qualität „Ü“ – ½ Tag", "ª"])
      expect(normaliseText(text)).toBe(reference(text));
    expect(normaliseText("ﬁnanziert")).toBe("finanziert");
  });
});
