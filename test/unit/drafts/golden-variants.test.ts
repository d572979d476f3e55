import * as path from "node:path";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import { renderMarkdown } from "../../../bot/drafts/render-markdown";
import { ANSWERS, LAST_PERIOD_ANSWERS, musterstadtInput, ORGANISATION } from "../../fixtures/vhs-musterstadt";
import { compareWithGolden } from "./golden-file";

const FIXTURE_DIR = path.join(__dirname, "..", "..", "fixtures", "vhs-musterstadt");

function headings(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("#"));
}

describe("Musterstadt re-certification draft of QB 11 (golden)", () => {
  const markdown = renderMarkdown(
    compileDraft(
      musterstadtInput({
        organisation: { ...ORGANISATION, cycleKind: "recertification" },
        areas: ["strategische_entwicklungsziele"],
        answers: [...ANSWERS, ...LAST_PERIOD_ANSWERS],
      }),
    ),
  );

  it("reads exactly like the reviewed draft", () => {
    expect(compareWithGolden(markdown, path.join(FIXTURE_DIR, "draft-recertification.golden.md"))).toBeUndefined();
  });

  it("reports last period's goals under 11a and new goals under 11b, each by dimension", () => {
    const dimensions = [
      "#### Begründung",
      "#### Verfahren",
      "#### Ergebnisse",
      "#### Bewertung",
      "#### Schlussfolgerungen",
    ];
    expect(headings(markdown)).toEqual([
      "# Selbstreport – Entwurf",
      "## Inhalt",
      "## QB 11 · Strategische Entwicklungsziele",
      "### 11a · Was wurde aus den Zielen der letzten Periode?",
      ...dimensions,
      "### 11b · Neue strategische Entwicklungsziele",
      ...dimensions,
      "### Nachweise in diesem Bereich",
      "### Klärungsbedarf",
      "### Lücken",
      "### Quellen",
      "## Nachweise",
    ]);
    const part11b = markdown.indexOf("### 11b");
    expect(markdown.indexOf("Das Ziel zur Barrierefreiheit übernehmen wir in die neue Periode")).toBeLessThan(part11b);
    expect(
      markdown.indexOf("Ziel 3: Jeder Fachbereich bietet mindestens ein Blended-Learning-Format an"),
    ).toBeGreaterThan(part11b);
    expect(markdown).toContain("- **Testierung:** Retestierung");
  });
});

describe("Musterstadt draft with English headings (golden)", () => {
  const markdown = renderMarkdown(
    compileDraft(
      musterstadtInput({ locale: "en", areas: ["controlling", "leitbild", "strategische_entwicklungsziele"] }),
    ),
  );

  it("reads exactly like the reviewed draft", () => {
    expect(compareWithGolden(markdown, path.join(FIXTURE_DIR, "draft-en.golden.md"))).toBeUndefined();
  });

  it("has English headings and labels around the staff's German statements, with ISO dates", () => {
    const dimensions = [
      "### Rationale",
      "### Procedures",
      "### Results",
      "### Evaluation",
      "### Conclusions",
      "### Evidence in this area",
      "### Points to clarify",
      "### Gaps",
      "### Sources",
    ];
    expect(headings(markdown)).toEqual([
      "# Self-report – draft",
      "## Contents",
      "## QB 1 · Mission statement",
      ...dimensions,
      "## QB 9 · Controlling",
      ...dimensions,
      "## QB 11 · Strategic development goals",
      "### New strategic development goals",
      ...dimensions.slice(0, 5).map((heading) => `#${heading}`),
      ...dimensions.slice(5),
      "## Evidence",
    ]);
    expect(markdown).toContain("**Draft – for editing**");
    expect(markdown).toContain("- **Period:** 2025-02-01 – 2026-03-31");
    expect(markdown).toContain("- **Only one statement, from one person, for Rationale.**");
    expect(markdown).toContain("| Source | Person | Group | Date |");
    expect(markdown).toMatch(/\[\^A\d+\]: Person \d+ · Leitung · 20\d\d-\d\d-\d\d/);
    expect(markdown).toContain("Das Leitbild hängt am Empfang, in allen Kursräumen und steht auf der Website");
  });
});
