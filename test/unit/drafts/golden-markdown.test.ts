import * as path from "node:path";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import { renderMarkdown, renderMarkdownBuffer } from "../../../bot/drafts/render-markdown";
import { musterstadtInput } from "../../fixtures/vhs-musterstadt";
import { compareWithGolden } from "./golden-file";

const FIXTURE_DIR = path.join(__dirname, "..", "..", "fixtures", "vhs-musterstadt");

describe("Musterstadt draft in Markdown (golden)", () => {
  const draft = compileDraft(musterstadtInput());
  const markdown = renderMarkdown(draft);

  it("reads exactly like the reviewed draft of all 600 answers", () => {
    expect(compareWithGolden(markdown, path.join(FIXTURE_DIR, "draft.golden.md"))).toBeUndefined();
  });

  it("opens with the draft status, LQW, the organisation and the period", () => {
    const head = markdown.split("\n").slice(0, 12).join("\n");
    expect(head).toContain("# Selbstreport – Entwurf");
    expect(head).toContain("**Entwurf – zur Bearbeitung**");
    expect(head).toContain(
      "- **Qualitätsmodell:** Lernerorientierte Qualitätstestierung in der Aus-, Fort- und Weiterbildung (LQW 2)",
    );
    expect(head).toContain("- **Organisation:** Volkshochschule Musterstadt");
    expect(head).toContain("- **Zeitraum:** 01.02.2025 – 31.03.2026");
    expect(head).toContain("- **Testierung:** Ersttestierung");
  });

  it("names the deliberately thin and empty cells as gaps", () => {
    expect(markdown).toContain("- **Für Schlussfolgerungen liegen noch keine Aussagen vor.**");
    expect(markdown).toContain("- **Für Begründung liegt nur eine Aussage von einer Person vor.**");
  });

  it("asks for no results of the new goals in QB 11 of a first certification", () => {
    const goals = draft.sections.find((section) => section.area === "strategische_entwicklungsziele");
    expect(goals?.gaps.filter((gap) => gap.dimension === "results")).toEqual([]);
    expect(goals?.parts.map((part) => part.heading)).toEqual(["Neue strategische Entwicklungsziele"]);
  });

  it("downloads as exactly these bytes in UTF-8, though the export encodes it piece by piece", () => {
    expect(renderMarkdownBuffer(draft).equals(Buffer.from(markdown, "utf8"))).toBe(true);
    // Ten times the areas: several megabytes, encoded in more than one piece.
    const large = { ...draft, sections: Array.from({ length: 10 }, () => draft.sections).flat() };
    const bytes = renderMarkdownBuffer(large);
    expect(bytes.length).toBeGreaterThan(2 ** 20);
    expect(bytes.equals(Buffer.from(renderMarkdown(large), "utf8"))).toBe(true);
  });
});
