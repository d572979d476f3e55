import { evidenceLine, plainLine } from "../../../bot/drafts/draft-plain-text";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import type { Draft, DraftSource, Statement } from "../../../bot/drafts/draft";
import { renderDocx, renderDocxWithLibrary, STREAMING_DOCX_MIN_STATEMENTS } from "../../../bot/drafts/render-docx";
import { renderDocxStreaming } from "../../../bot/drafts/word";
import { LAST_PERIOD_ANSWERS, ANSWERS, musterstadtInput, ORGANISATION } from "../../fixtures/vhs-musterstadt";
import { openWordDocument, type WordDocument } from "./word-document";

const WRITERS = [
  { writer: "the docx library", render: (draft: Draft) => renderDocxWithLibrary(draft) },
  { writer: "the streaming writer", render: async (draft: Draft) => renderDocxStreaming(draft) },
];

function statementsOf(draft: Draft): Statement[] {
  return draft.sections.flatMap((section) =>
    section.parts.flatMap((part) =>
      part.topics.flatMap((topic) => topic.blocks).flatMap((block) => block.paragraphs.flatMap((p) => p.statements)),
    ),
  );
}

function describeSource(source: DraftSource): string {
  return [source.key, source.person, source.group, source.date].filter(Boolean).join(" · ");
}

const draft = compileDraft(musterstadtInput());
const recertification = compileDraft(
  musterstadtInput({
    organisation: { ...ORGANISATION, cycleKind: "recertification" },
    areas: ["strategische_entwicklungsziele"],
    answers: [...ANSWERS, ...LAST_PERIOD_ANSWERS],
  }),
);
const english = compileDraft(
  musterstadtInput({ locale: "en", areas: ["leitbild", "controlling", "strategische_entwicklungsziele"] }),
);

describe.each(WRITERS)("Musterstadt draft in Word, written by $writer", ({ render }) => {
  let word: WordDocument;
  beforeAll(async () => {
    word = await openWordDocument(await render(draft));
  });

  it("starts with a cover page: title, draft status, the facts and both notes, then a page break", () => {
    const cover = word.paragraphs.slice(0, word.paragraphs.findIndex((paragraph) => paragraph.isPageBreak) + 1);
    expect(cover[0]).toMatchObject({ style: "Title", text: "Selbstreport – Entwurf" });
    expect(cover.map((paragraph) => paragraph.text)).toEqual([
      "Selbstreport – Entwurf",
      "Entwurf – zur Bearbeitung",
      ...draft.header.facts.map((fact) => `${fact.label}: ${fact.value}`),
      draft.header.attributionNote,
      draft.header.readingNote,
      "",
    ]);
    expect(word.paragraphs[cover.length]).toMatchObject({ style: "Heading1", text: "QB 1 · Leitbild" });
  });

  it("has a Heading 1 per area in QB order and, under each, the five dimensions, evidence, points to clarify, gaps and sources as Heading 2, then the Nachweise annex", () => {
    const headings = word.paragraphs
      .filter((paragraph) => paragraph.style?.startsWith("Heading"))
      .map((paragraph) => `${paragraph.style} ${paragraph.text}`);
    const expected = draft.sections.flatMap((section) => [
      `Heading1 ${section.heading}`,
      ...[
        "Begründung",
        "Verfahren",
        "Ergebnisse",
        "Bewertung",
        "Schlussfolgerungen",
        "Nachweise in diesem Bereich",
        "Klärungsbedarf",
        "Lücken",
        "Quellen",
      ].map((name) => `Heading2 ${name}`),
    ]);
    expect(headings).toEqual([...expected, "Heading1 Nachweise"]);
    expect(draft.sections.map((section) => section.heading)).toEqual([
      "QB 1 · Leitbild",
      "QB 2 · Bedarfserschließung",
      "QB 3 · Schlüsselprozesse",
      "QB 4 · Lehr-Lern-Prozess",
      "QB 5 · Evaluation der Bildungsprozesse",
      "QB 6 · Infrastruktur",
      "QB 7 · Führung",
      "QB 8 · Personal",
      "QB 9 · Controlling",
      "QB 10 · Kundenkommunikation",
      "QB 11 · Strategische Entwicklungsziele",
    ]);
  });

  it("anchors exactly one comment on every statement, naming each of its sources", () => {
    const statements = statementsOf(draft);
    const sources = new Map(
      draft.sections.flatMap((section) => section.sources.map((source) => [source.key, source] as const)),
    );
    const anchored = word.paragraphs.flatMap((paragraph) => paragraph.commentIds);
    expect(anchored).toHaveLength(statements.length);
    expect(word.comments.size).toBe(statements.length);
    statements.forEach((statement, index) => {
      const id = anchored[index] as string;
      expect(word.anchoredText.get(id)).toBe(
        `${statement.text.replace(/\r?\n/g, "")} [${statement.sourceKeys.join(", ")}]`,
      );
      expect(word.comments.get(id)).toEqual(
        statement.sourceKeys.map((key) => describeSource(sources.get(key) as DraftSource)),
      );
    });
  });

  it("highlights every gap, and nothing else", () => {
    const highlighted = word.paragraphs.filter((paragraph) => paragraph.isHighlighted);
    expect(highlighted.map((paragraph) => paragraph.text)).toEqual(
      draft.sections.flatMap((section) =>
        section.gaps.map((gap) => `${gap.text} (Regel: ${draft.labels.ruleNames[gap.rule]})`),
      ),
    );
    expect(highlighted.every((paragraph) => paragraph.isBullet)).toBe(true);
    expect(highlighted.map((paragraph) => paragraph.text)).toContain(
      "Für Schlussfolgerungen liegen noch keine Aussagen vor. (Regel: Aussagen vorhanden)",
    );
  });

  it("lists the evidence as bullets and ends each area with a table of all its sources", () => {
    const bullets = word.paragraphs.filter((paragraph) => paragraph.isBullet && !paragraph.isHighlighted);
    expect(bullets.map((paragraph) => paragraph.text)).toEqual(
      draft.evidence.map((record) => plainLine(evidenceLine(record, draft.labels))),
    );
    expect(word.tableRowCounts).toEqual(draft.sections.map((section) => section.sources.length + 1));
  });

  it("is a complete package: every part has its content type and the document its relationships", () => {
    for (const part of [
      "word/document.xml",
      "word/styles.xml",
      "word/numbering.xml",
      "word/settings.xml",
      "word/comments.xml",
      "docProps/core.xml",
    ]) {
      expect(word.partNames).toContain(part);
      expect(word.contentTypes).toContain(`PartName="/${part}"`);
    }
    for (const target of ["styles.xml", "numbering.xml", "settings.xml", "comments.xml"])
      expect(word.documentRels).toContain(`Target="${target}"`);
    for (const style of ["Title", "Heading1", "Heading2", "Heading3", "ListParagraph", "SourceMarker"])
      expect(word.styles).toContain(`w:styleId="${style}"`);
  });

  it("splits QB 11 of a re-certification into 11a and 11b, each with the five dimensions", async () => {
    const recertified = await openWordDocument(await render(recertification));
    const headings = recertified.paragraphs
      .filter((paragraph) => paragraph.style?.startsWith("Heading"))
      .map((paragraph) => `${paragraph.style} ${paragraph.text}`);
    const dimensions = ["Begründung", "Verfahren", "Ergebnisse", "Bewertung", "Schlussfolgerungen"].map(
      (name) => `Heading3 ${name}`,
    );
    expect(headings).toEqual([
      "Heading1 QB 11 · Strategische Entwicklungsziele",
      "Heading2 11a · Was wurde aus den Zielen der letzten Periode?",
      ...dimensions,
      "Heading2 11b · Neue strategische Entwicklungsziele",
      ...dimensions,
      "Heading2 Nachweise in diesem Bereich",
      "Heading2 Klärungsbedarf",
      "Heading2 Lücken",
      "Heading2 Quellen",
      "Heading1 Nachweise",
    ]);
    const text = recertified.paragraphs.map((paragraph) => paragraph.text).join("\n");
    expect(text.indexOf("„Onlineanmeldung für alle Kurse“")).toBeLessThan(
      text.indexOf("11b · Neue strategische Entwicklungsziele"),
    );
    expect(text.indexOf("Ziel 1: Bis 2029")).toBeGreaterThan(text.indexOf("11b · Neue strategische Entwicklungsziele"));
  });

  it("uses English headings, labels and dates on request", async () => {
    const inEnglish = await openWordDocument(await render(english));
    const texts = inEnglish.paragraphs.map((paragraph) => paragraph.text);
    expect(texts[0]).toBe("Self-report – draft");
    expect(texts).toEqual(
      expect.arrayContaining([
        "Draft – for editing",
        "Period: 2025-02-01 – 2026-03-31",
        "Certification: First certification",
      ]),
    );
    expect(
      inEnglish.paragraphs.filter((paragraph) => paragraph.style === "Heading1").map((paragraph) => paragraph.text),
    ).toEqual(["QB 1 · Mission statement", "QB 9 · Controlling", "QB 11 · Strategic development goals", "Evidence"]);
    expect(
      inEnglish.paragraphs
        .filter((paragraph) => paragraph.style === "Heading2")
        .slice(0, 8)
        .map((paragraph) => paragraph.text),
    ).toEqual([
      "Rationale",
      "Procedures",
      "Results",
      "Evaluation",
      "Conclusions",
      "Evidence in this area",
      "Points to clarify",
      "Gaps",
    ]);
    expect(texts).toEqual(expect.arrayContaining(["Source", "Person", "Group", "Date"]));
    expect(
      [...inEnglish.comments.values()]
        .flat()
        .every((line) => /^A\d+ · Person \d+ · \S.* · \d{4}-\d{2}-\d{2}$/.test(line)),
    ).toBe(true);
  });
});

describe("choice of Word writer", () => {
  it("writes the same paragraphs and comments with the streaming writer as with the docx library", async () => {
    const library = await openWordDocument(await renderDocxWithLibrary(draft));
    const streaming = await openWordDocument(renderDocxStreaming(draft));
    expect(streaming.paragraphs).toEqual(library.paragraphs);
    expect([...streaming.comments]).toEqual([...library.comments]);
  });

  it("keeps the docx library for an ordinary draft and streams only a large one", async () => {
    expect(statementsOf(draft).length).toBeLessThan(STREAMING_DOCX_MIN_STATEMENTS);
    const ordinary = await openWordDocument(await renderDocx(draft));
    // The library writes its own package parts (a theme, font table, footnotes); the streaming writer does not.
    expect(ordinary.partNames).toContain("word/theme/theme1.xml");
    const copies = Math.ceil(STREAMING_DOCX_MIN_STATEMENTS / statementsOf(draft).length);
    const many = { ...draft, sections: Array.from({ length: copies }, () => draft.sections).flat() };
    expect(statementsOf(many).length).toBeGreaterThanOrEqual(STREAMING_DOCX_MIN_STATEMENTS);
    const large = await openWordDocument(await renderDocx(many));
    expect(large.partNames).not.toContain("word/theme/theme1.xml");
    expect(large.comments.size).toBe(statementsOf(many).length);
  });
});
