import * as path from "node:path";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import { renderMarkdown } from "../../../bot/drafts/render-markdown";
import { ANSWERS, kleinmuensterInput, STAFF_NAMES } from "../../fixtures/vhs-kleinmuenster";
import { compareWithGolden } from "./golden-file";
import { factRetention, uncitedAnswers } from "./draft-measures";

const GOLDEN = path.join(__dirname, "..", "..", "fixtures", "vhs-kleinmuenster", "draft.golden.md");

describe("VHS Kleinmünster draft (hand-written, messy answers)", () => {
  const draft = compileDraft(kleinmuensterInput());
  const markdown = renderMarkdown(draft);

  it("reads exactly like the reviewed draft", () => {
    expect(compareWithGolden(markdown, GOLDEN)).toBeUndefined();
  });

  it("keeps every figure, date and title of every answer visible with the statement citing it", () => {
    const retention = factRetention(draft, ANSWERS);
    expect(retention.facts).toBeGreaterThan(40);
    expect(retention.missing).toEqual([]);
  });

  it("cites every answer, the one-word ones and the copied example too", () => {
    expect(uncitedAnswers(draft, ANSWERS)).toEqual([]);
  });

  it("keeps a typed list one item per line", () => {
    expect(markdown).toMatch(/1\\?\. Erste Hilfe \(März 2025\)\\?\n\s*2\\?\. Digitale Lehre/);
  });

  it("names nobody in a pseudonymous draft: not in the sources, not where a colleague typed a name", () => {
    for (const name of STAFF_NAMES) {
      expect(markdown).not.toContain(name);
      expect(markdown).not.toContain(name.split(" ").pop() as string);
    }
    expect(markdown).toContain("Die Bögen gehen dann an Person");
  });
});
