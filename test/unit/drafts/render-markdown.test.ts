import { compileDraft } from "../../../bot/drafts/compile-draft";
import { renderMarkdown } from "../../../bot/drafts/render-markdown";
import { answer, draftInput } from "./draft-fixture";

describe("Markdown writer", () => {
  const markdown = renderMarkdown(compileDraft(withSmallGroupsShown()));

  it("starts with the title, the editing status and the facts of the header", () => {
    expect(markdown.startsWith("# Selbstreport – Entwurf\n\n**Entwurf – zur Bearbeitung**\n")).toBe(true);
    expect(markdown).toContain(
      "- **Qualitätsmodell:** Lernerorientierte Qualitätstestierung in der Aus-, Fort- und Weiterbildung (LQW 2)",
    );
    expect(markdown).toContain("- **Zeitraum:** 01.01.2025 – 31.12.2025");
  });

  it("uses a heading per area and per reflection dimension with statements, in German by default", () => {
    const lines = markdown.split("\n").filter((line) => /^(?:## |#{3,4} Begründung|_Noch keine Aussagen)/.test(line));
    expect(lines).toEqual([
      "## Inhalt",
      "## QB 1 · Leitbild",
      "_Noch keine Aussagen._",
      "_Noch keine Aussagen zu: Begründung, Ergebnisse, Bewertung, Schlussfolgerungen._",
      "## QB 2 · Bedarfserschließung",
      "_Noch keine Aussagen._",
      "### Begründung",
      "_Noch keine Aussagen zu: Bewertung, Schlussfolgerungen._",
      "## QB 11 · Strategische Entwicklungsziele",
      "_Noch keine Aussagen._",
      "_Noch keine Aussagen zu: Begründung, Verfahren, Bewertung._",
      "## Nachweise",
    ]);
  });

  it("follows every statement with footnote markers and defines them in the sources of the area", () => {
    expect(markdown).toMatch(
      /Wir werten zweimal im Jahr die Anfragen am Infotelefon aus und besprechen sie in der Programmkonferenz\.\[\^A\d+\]\[\^A\d+\]/,
    );
    expect(markdown).toContain("| Quelle | Person | Gruppe | Datum |");
    expect(markdown).toMatch(/\| A\d+ \| Person 3 \| Leitung \| 21\.01\.2025 \|/);
    expect(markdown).toMatch(/\[\^A\d+\]: Person 3 · Leitung · 21\.01\.2025/);
    const used = new Set([...markdown.matchAll(/\[\^(A\d+)\](?!:)/g)].map((match) => match[1]));
    const defined = new Set([...markdown.matchAll(/^\[\^(A\d+)\]:/gm)].map((match) => match[1]));
    expect([...used].sort()).toEqual([...defined].sort());
  });

  it("lists evidence and gaps of each area", () => {
    expect(markdown).toMatch(
      /## Nachweise\n\n- N1 · Protokoll Programmkonferenz vom 12\.03\.2025 · 12\.03\.2025 – Ablageort nicht genannt\[\^A\d+\]\[\^A\d+\]/,
    );
    expect(markdown).toContain("- **Für Bewertung liegen noch keine Aussagen vor.** (Regel: Aussagen vorhanden)");
    expect(markdown).toContain("_Noch keine Aussagen._");
  });

  it("opens with a table of contents linking every area", () => {
    expect(markdown).toContain(
      "## Inhalt\n\n- [QB 1 · Leitbild](#qb-1--leitbild)\n- [QB 2 · Bedarfserschließung](#qb-2--bedarfserschließung)\n",
    );
  });

  it("keeps staff text as text: no accidental headings, lists, links or emphasis", () => {
    const tricky = renderMarkdown(
      compileDraft(
        draftInput({
          areas: ["leitbild"],
          answers: [
            answer(
              "aad-anna",
              "leitbild",
              "rationale",
              "# Wichtig: *alle* [lesen](http://x) | sonst <b>nichts</b>",
              "2025-02-01T10:00:00Z",
            ),
            answer("aad-dieter", "leitbild", "procedures", "- erstens\n- zweitens", "2025-02-01T11:00:00Z"),
          ],
        }),
      ),
    );
    expect(tricky).toContain("\\# Wichtig: \\*alle\\* \\[lesen\\](http\\://x) \\| sonst \\<b\\>nichts\\</b\\>[^A1]");
    // A typed list keeps one item per line (hard line breaks), as text rather than a Markdown list.
    expect(tricky).toContain("\\- erstens\\\n\\- zweitens[^A2]");
  });

  it("writes English headings on request", () => {
    const english = renderMarkdown(compileDraft(draftInput({ locale: "en" })));
    expect(english).toContain("## QB 2 · Needs assessment");
    expect(english).toContain("### Evidence");
    expect(english).toContain("| Source | Person | Group | Date |");
  });
});

/** Leitung (3 members) shown beside pseudonyms, as an organisation with a threshold of 3 has it. */
function withSmallGroupsShown() {
  const input = draftInput();
  return { ...input, organisation: { ...input.organisation, anonymityThreshold: 3 } };
}
