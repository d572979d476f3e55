import fc from "fast-check";
import { mergeNearDuplicates } from "../../../bot/drafts/merge-near-duplicates";
import { areNearDuplicates, fingerprint, jaccard } from "../../../bot/drafts/text-similarity";
import { assertProperty } from "../../support/property-runs";

/** The obvious quadratic version: the indexed one must find exactly the same groups. */
function mergeByComparingAllPairs(texts: readonly string[]): number[][] {
  const groups: number[][] = [];
  const groupOf: number[] = [];
  texts.forEach((text, index) => {
    let best: number | undefined;
    for (let earlier = 0; earlier < index; earlier += 1) {
      const group = groupOf[earlier] as number;
      if (
        (best === undefined || group < best) &&
        areNearDuplicates(fingerprint(text), fingerprint(texts[earlier] as string))
      )
        best = group;
    }
    if (best === undefined) groupOf.push(groups.push([index]) - 1);
    else {
      groups[best]?.push(index);
      groupOf.push(best);
    }
  });
  return groups;
}

describe("near-duplicate statements", () => {
  it("treats reordered words, case and punctuation as the same statement", () => {
    expect(
      areNearDuplicates(
        fingerprint("Wir werten zweimal im Jahr die Anfragen aus."),
        fingerprint("Zweimal im Jahr werten wir die Anfragen aus!"),
      ),
    ).toBe(true);
  });

  it("keeps statements apart that share only some words", () => {
    expect(
      areNearDuplicates(
        fingerprint("Wir werten die Anfragen am Infotelefon aus."),
        fingerprint("Wir werten die Kursbewertungen am Semesterende aus."),
      ),
    ).toBe(false);
  });

  it("does not let a one-word answer swallow longer ones", () => {
    expect(areNearDuplicates(fingerprint("Ja."), fingerprint("Ja, wir haben dafür eine Checkliste."))).toBe(false);
  });

  it("computes token Jaccard", () => {
    expect(jaccard(new Set(["a", "b", "c", "d"]), new Set(["a", "b", "c", "e"]))).toBeCloseTo(0.6);
  });

  it("finds the same groups as comparing every pair", () => {
    const words = ["wir", "führen", "feedback", "ein", "kurse", "werten", "aus", "jahr", "zweimal", "team", "abend"];
    const sentence = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(" "));
    assertProperty(
      fc.property(fc.array(sentence, { maxLength: 60 }), (texts) => {
        const indexed = mergeNearDuplicates(
          texts.map((text, index) => ({ text, index })),
          (item) => item.text,
        ).map((group) => group.items.map((item) => item.index));
        expect(indexed).toEqual(mergeByComparingAllPairs(texts));
      }),
      { numRuns: 300 },
    );
  });
});
