/**
 * Teams renders Markdown in message text and TextBlocks: "5. Oktober 2027" at the start of a line
 * became a numbered list starting at 5 (issue 16). Rendered here with markdown-it, a CommonMark
 * parser like the one Teams and the Adaptive Cards renderer use.
 */
import MarkdownIt from "markdown-it";
import { escapeListMarkers, renderAnswerListCard, renderNoticeCard } from "../../cards";
import { cardText } from "../support/card-inspection";
import { expectValidCard } from "../support/adaptive-card-validation";

const markdown = new MarkdownIt();

/** Every Markdown text the card shows (TextBlocks and facts), rendered to HTML. */
function renderedMarkdown(card: unknown): string[] {
  const html: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (record.type === "TextBlock" && typeof record.text === "string") html.push(markdown.render(record.text));
    if (record.type === "FactSet" && Array.isArray(record.facts))
      for (const fact of record.facts as { title: string; value: string }[])
        html.push(markdown.render(fact.title), markdown.render(fact.value));
    Object.values(record).forEach(walk);
  };
  walk(card);
  return html;
}

describe("a line that starts with a number and a dot shows as written, not as a numbered list", () => {
  it("escapes the list marker at the start of each line only", () => {
    expect(escapeListMarkers("5. Oktober 2027")).toBe("5\\. Oktober 2027");
    expect(escapeListMarkers("Ziele:\n1) mehr Kurse\n2. weniger Abbrüche")).toBe(
      "Ziele:\n1\\) mehr Kurse\n2\\. weniger Abbrüche",
    );
    for (const unchanged of ["am 5. Oktober 2027", "12.30 Uhr", "QB 1. Leitbild", "5\\. Oktober"])
      expect(escapeListMarkers(unchanged)).toBe(unchanged);
    expect(markdown.render(escapeListMarkers("5. Oktober 2027\n6. Oktober"))).not.toContain("<ol");
    expect(markdown.render("5. Oktober 2027")).toContain('<ol start="5">');
  });

  it("keeps a date heading in „meine antworten“ and dates in notice lines and facts from becoming lists", () => {
    const list = renderAnswerListCard({
      title: "Meine Antworten",
      subtitle: "1 Antwort auf dieser Seite.",
      filterLabel: "Qualitätsbereich",
      filterTitle: "Anzeigen",
      selectedArea: "alle",
      areaChoices: [{ title: "Alle", value: "alle" }],
      emptyText: "Noch keine Antworten.",
      items: [
        {
          heading: "5. Oktober 2027 um 14:03 · QB 1 Leitbild · Begründung",
          excerpt: "1. Wir fragen nach.",
          openTitle: "Öffnen",
          openData: { verb: "answer.open", answerId: "a1" },
        },
      ],
    });
    const notice = renderNoticeCard({
      title: "Urlaub",
      lines: ["5. Oktober 2027 bis 16. Oktober 2027"],
      facts: [{ title: "Ab", value: "5. Oktober 2027" }],
    });
    for (const card of [list, notice]) {
      expectValidCard(card);
      for (const html of renderedMarkdown(card)) expect(html).not.toContain("<ol");
    }
    expect(renderedMarkdown(list).join("")).toContain("5. Oktober 2027 um 14:03");
    expect(cardText(notice)).toContain("5. Oktober 2027 bis 16. Oktober 2027");
    // Typed text in a TextRun has no Markdown: it stays exactly as typed.
    expect(JSON.stringify(list)).toContain('"text":"1. Wir fragen nach."');
  });
});
