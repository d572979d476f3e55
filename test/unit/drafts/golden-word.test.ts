import * as path from "node:path";
import { evidenceLine, plainLine } from "../../../bot/drafts/draft-plain-text";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import type { Draft, DraftSource, Statement } from "../../../bot/drafts/draft";
import { renderDocx } from "../../../bot/drafts/word";
import {
  ANSWERS,
  LAST_PERIOD_ANSWERS,
  musterstadtInput,
  RECERTIFICATION_ORGANISATION,
  REQUIREMENTS,
} from "../../fixtures/vhs-musterstadt";
import { compareWithGolden } from "./golden-file";
import { openWordDocument, type WordDocument } from "./word-document";

const FIXTURE_DIR = path.join(__dirname, "..", "..", "fixtures", "vhs-musterstadt");
const render = (draft: Draft) => renderDocx(draft);

/** document.xml with one paragraph, table or row per line, so that a golden diff reads line by line. */
function linePerBlock(xml: string): string {
  return `${xml.replace(/(<w:p>|<w:p |<w:tbl>|<w:tr>|<w:tr |<\/w:tbl>|<w:sectPr)/g, "\n$1")}\n`;
}

/** Every statement with a comment, in document order: each section's line on the definition of success first. */
function statementsOf(draft: Draft): Statement[] {
  return draft.sections.flatMap((section) => [
    ...section.successDefinition.statements,
    ...section.parts.flatMap((part) =>
      part.topics.flatMap((topic) => topic.blocks).flatMap((block) => block.paragraphs.flatMap((p) => p.statements)),
    ),
  ]);
}

/** The sources comment of each statement and one per point to clarify it is a side of. */
function commentCount(statements: readonly Statement[]): number {
  return statements.reduce((count, statement) => count + 1 + (statement.clarificationIds?.length ?? 0), 0);
}

function describeSource(source: DraftSource): string {
  return [source.key, source.person, source.group, source.date].filter(Boolean).join(" · ");
}

function headingsOf(document: WordDocument): string[] {
  return document.paragraphs
    .filter((paragraph) => paragraph.style?.startsWith("Heading"))
    .map((paragraph) => `${paragraph.style} ${paragraph.text}`);
}

/** The headings the draft's structure calls for: area, part, requirement or goal, dimension, then the area's closing parts. */
function expectedHeadings(compiled: Draft): string[] {
  const { labels } = compiled;
  return compiled.sections.flatMap((section) => [
    `Heading1 ${section.heading}`,
    ...section.parts.flatMap((part) => {
      const level = part.heading ? 3 : 2;
      return [
        ...(part.heading ? [`Heading2 ${part.heading}`] : []),
        ...part.topics.flatMap((topic) => [
          ...(topic.heading ? [`Heading${level} ${topic.heading}`] : []),
          ...(topic.isNotStarted
            ? []
            : topic.blocks
                .filter((block) => block.paragraphs.length > 0)
                .map((block) => `Heading${topic.heading ? level + 1 : level} ${block.heading}`)),
        ]),
      ];
    }),
    `Heading2 ${labels.evidenceInSection}`,
    `Heading2 ${labels.clarifications}`,
    ...(section.continuity ? [`Heading2 ${labels.continuity.heading}`] : []),
    `Heading2 ${labels.gaps}`,
    `Heading2 ${labels.sources}`,
  ]);
}

const draft = compileDraft(musterstadtInput());
const recertification = compileDraft(
  musterstadtInput({
    organisation: RECERTIFICATION_ORGANISATION,
    areas: ["strategische_entwicklungsziele"],
    answers: [...ANSWERS, ...LAST_PERIOD_ANSWERS],
  }),
);
const english = compileDraft(
  musterstadtInput({ locale: "en", areas: ["leitbild", "controlling", "strategische_entwicklungsziele"] }),
);

describe("Musterstadt draft in Word", () => {
  let word: WordDocument;
  beforeAll(async () => {
    word = await openWordDocument(await render(draft));
  });

  it("writes exactly the reviewed document.xml", () => {
    expect(
      compareWithGolden(linePerBlock(word.document), path.join(FIXTURE_DIR, "document.golden.xml")),
    ).toBeUndefined();
  });

  it("starts with a cover page: title, draft status, the facts and both notes", () => {
    const cover = word.paragraphs.slice(
      0,
      word.paragraphs.findIndex((paragraph) => paragraph.style === "TOCHeading"),
    );
    expect(cover[0]).toMatchObject({ style: "Title", text: "Selbstreport – Entwurf" });
    expect(cover.map((paragraph) => paragraph.text)).toEqual([
      "Selbstreport – Entwurf",
      "Entwurf – zur Bearbeitung",
      ...draft.header.facts.map((fact) => `${fact.label}: ${fact.value}`),
      draft.header.attributionNote,
      draft.header.readingNote,
    ]);
  });

  it("follows with a table of contents on its own page: a TOC field Word updates, listing and linking every area until then", () => {
    const start = word.paragraphs.findIndex((paragraph) => paragraph.style === "TOCHeading");
    expect(word.paragraphs[start]?.text).toBe("Inhalt");
    const entries = word.paragraphs.filter((paragraph) => paragraph.style === "TOC1");
    expect(entries.map((paragraph) => paragraph.text)).toEqual([
      ...draft.sections.map((section) => section.heading),
      "Nachweise",
    ]);
    expect(entries.every((paragraph) => paragraph.isField)).toBe(false);
    expect(word.document).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>.*TOC \\o &quot;1-1&quot; \\h/);
    for (const [index] of draft.sections.entries())
      expect(word.document).toContain(`<w:hyperlink w:anchor="_TocArea${index + 1}"`);
    expect(word.document.match(/<w:bookmarkStart w:id="\d+" w:name="_TocArea\d+"\/>/g)).toHaveLength(
      draft.sections.length,
    );
    expect(word.paragraphs[start + 2 + draft.sections.length]).toMatchObject({
      style: "Heading1",
      text: "QB 1 · Leitbild",
    });
    expect(word.styles).toMatch(/w:styleId="TOCHeading">.*?<w:pageBreakBefore\/>/);
  });

  it("starts every area on a new page and keeps every heading with the text after it", () => {
    const headingStyles = [...word.styles.matchAll(/<w:style [^>]*w:styleId="(Heading\d)">(.*?)<\/w:style>/g)];
    expect(headingStyles.map((match) => match[1])).toEqual(["Heading1", "Heading2", "Heading3", "Heading4"]);
    for (const [, , style] of headingStyles) expect(style).toContain("<w:keepNext/>");
    expect(headingStyles[0]?.[2]).toContain("<w:pageBreakBefore/>");
    expect(headingStyles[1]?.[2]).not.toContain("<w:pageBreakBefore/>");
    // No empty paragraphs holding page breaks: they would leave blank pages when text moves.
    expect(word.paragraphs.some((paragraph) => paragraph.isPageBreak)).toBe(false);
  });

  it("keeps the sources table's rows whole and repeats its header row on every page", () => {
    const rows = [...word.document.matchAll(/<w:tr>(?:<w:trPr>(.*?)<\/w:trPr>)?/g)].map((match) => match[1] ?? "");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((properties) => properties.includes("<w:cantSplit/>"))).toBe(true);
    expect(rows.filter((properties) => properties.includes("<w:tblHeader/>"))).toHaveLength(draft.sections.length + 1);
  });

  it("has a Heading 1 per area in QB order, a heading per requirement with its reflection moves under it (those without statements named in one line), then evidence, points to clarify, gaps and sources, then the Nachweise annex", () => {
    const headings = headingsOf(word);
    expect(headings).toEqual([...expectedHeadings(draft), "Heading1 Nachweise"]);
    const requirement = headings.indexOf("Heading2 Anforderung 1.1 · Leitbild gemeinsam erarbeitet und beschlossen");
    expect(headings.slice(requirement + 1, requirement + 4)).toEqual([
      "Heading3 Begründung",
      "Heading3 Verfahren",
      "Heading2 Anforderung 1.2 · Eigene Definition gelungenen Lernens",
    ]);
    const texts = word.paragraphs.map((paragraph) => paragraph.text);
    const nextRequirement = texts.indexOf("Anforderung 1.2 · Eigene Definition gelungenen Lernens");
    expect(texts[nextRequirement - 1]).toBe("Noch keine Aussagen zu: Ergebnisse, Bewertung, Schlussfolgerungen.");
    // No move says "Noch keine Aussagen." under a heading of its own any more.
    expect(texts.filter((text) => text === "Noch keine Aussagen.").length).toBeLessThan(draft.sections.length + 1);
    // Every requirement of the organisation's list is a heading; one with no statement says so instead of dimensions.
    for (const { id, title } of REQUIREMENTS)
      expect(headings.some((text) => text.endsWith(`Anforderung ${id} · ${title}`))).toBe(true);
    const notStarted = word.paragraphs.findIndex((paragraph) => paragraph.text.startsWith("Anforderung 1.4 ·"));
    expect(word.paragraphs[notStarted + 1]?.text).toBe("Noch nicht bearbeitet.");
    // QB 11 of a first certification is one chapter of new goals.
    const areaEleven = headings.indexOf("Heading1 QB 11 · Strategische Entwicklungsziele");
    expect(headings[areaEleven + 1]).toBe("Heading2 Neue strategische Entwicklungsziele");
    expect(headings.slice(areaEleven).some((text) => text.startsWith("Heading2 Ergebnisse"))).toBe(false);
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

  it("anchors on every statement a comment naming each of its sources, then one per point to clarify", () => {
    const statements = statementsOf(draft);
    const sources = new Map(
      draft.sections.flatMap((section) => section.sources.map((source) => [source.key, source] as const)),
    );
    const anchored = word.paragraphs.flatMap((paragraph) => paragraph.commentIds);
    expect(anchored).toHaveLength(commentCount(statements));
    expect(word.comments.size).toBe(commentCount(statements));
    let next = 0;
    statements.forEach((statement) => {
      const id = anchored[next] as string;
      next += 1 + (statement.clarificationIds?.length ?? 0);
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

  it("ends each area with a table of its sources, and the draft with the numbered Nachweise annex the areas link to", () => {
    expect(word.tableRowCounts).toEqual([
      ...draft.sections.map((section) => section.sources.length + 1),
      draft.evidence.length + 1,
    ]);
    const annex = word.paragraphs.slice(
      word.paragraphs.findIndex((p) => p.style === "Heading1" && p.text === "Nachweise"),
    );
    const cells = annex.filter((paragraph) => paragraph.isInTable).map((paragraph) => paragraph.text);
    expect(cells.slice(0, 6)).toEqual(["Nr.", "Nachweis", "Datum", "Ablage", "Bereich", "Genannt in"]);
    for (const record of draft.evidence) {
      const at = cells.indexOf(`N${record.number}`);
      expect(at).toBeGreaterThan(0);
      expect(cells[at + 1]?.startsWith(record.title)).toBe(true);
      expect(cells[at + 5]).toBe(record.sourceKeys.join(", "));
      expect(word.document).toContain(`w:name="_Nachweis${record.number}"`);
    }
    const referenced = draft.sections.flatMap((section) => section.evidenceNumbers);
    expect(referenced.length).toBeGreaterThan(0);
    for (const number of referenced) expect(word.document).toContain(`<w:hyperlink w:anchor="_Nachweis${number}"`);
    expect(plainLine(evidenceLine(draft.evidence[0] as (typeof draft.evidence)[number], draft.labels))).toMatch(
      /^N1 · /,
    );
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

  it("keeps the line breaks of a typed list: one item per line", async () => {
    const listed = draft.sections[0] as Draft["sections"][number];
    const withList: Draft = {
      ...draft,
      sections: [
        {
          ...listed,
          successDefinition: { ...listed.successDefinition, statements: [] },
          parts: [
            {
              topics: [
                {
                  kind: "all",
                  isNotStarted: false,
                  blocks: [
                    {
                      dimension: "procedures",
                      heading: "Verfahren",
                      paragraphs: [
                        {
                          statements: [
                            { kind: "statement", text: "Ablauf:\n1. Anmeldung\n2. Beratung", sourceKeys: ["A1"] },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const listedWord = await openWordDocument(await render(withList));
    const anchored = [...listedWord.anchoredText.values()];
    expect(anchored).toEqual(["Ablauf:1. Anmeldung2. Beratung [A1]"]);
    expect(listedWord.document).toContain(
      '<w:t xml:space="preserve">Ablauf:</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">1. Anmeldung</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">2. Beratung</w:t>',
    );
  });

  it("splits QB 11 of a re-certification into 11a (a heading per agreed goal) and 11b, each with its reflection moves", async () => {
    const recertified = await openWordDocument(await render(recertification));
    const headings = headingsOf(recertified);
    expect(headings).toEqual([...expectedHeadings(recertification), "Heading1 Nachweise"]);
    const part11a = headings.indexOf("Heading2 11a · Was wurde aus den Zielen der letzten Periode?");
    const part11b = headings.indexOf("Heading2 11b · Neue strategische Entwicklungsziele");
    expect(part11a).toBe(1);
    expect(part11b).toBeGreaterThan(part11a);
    expect(headings.slice(part11a + 1, part11a + 3)).toEqual([
      "Heading3 Ziel „Onlineanmeldung für alle Kurse“ (vereinbart am 15.06.2022)",
      "Heading4 Ergebnisse",
    ]);
    expect(recertified.paragraphs.map((paragraph) => paragraph.text)).toContain(
      "Noch keine Aussagen zu: Begründung, Verfahren, Bewertung, Schlussfolgerungen.",
    );
    expect(recertified.styles).toContain('w:styleId="Heading4"');
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
        .filter((paragraph) => paragraph.style === "Heading2" || paragraph.style === "Heading3")
        .slice(0, 6)
        .map((paragraph) => paragraph.text),
    ).toEqual([
      "Requirement 1.1 · Leitbild gemeinsam erarbeitet und beschlossen",
      "Rationale",
      "Procedures",
      "Requirement 1.2 · Eigene Definition gelungenen Lernens",
      "Rationale",
      "Procedures",
    ]);
    expect(texts).toContain("No statements yet on: Results, Evaluation, Conclusions.");
    expect(
      inEnglish.paragraphs
        .filter((paragraph) => paragraph.style === "Heading2" && !paragraph.text.startsWith("Requirement"))
        .slice(0, 5)
        .map((paragraph) => paragraph.text),
    ).toEqual(["Not assigned to a requirement", "Evidence in this area", "Points to clarify", "Gaps", "Sources"]);
    expect(texts).toEqual(expect.arrayContaining(["Source", "Person", "Group", "Date"]));
    expect(
      [...inEnglish.comments.values()]
        .flat()
        .every((line) => /^A\d+ · Person \d+ · (?:\S.* · )?\d{4}-\d{2}-\d{2}$/.test(line)),
    ).toBe(true);
  });
});

describe("one Word writer for every size", () => {
  it("writes a draft of thousands of statements with the same code: each area as in the small one, every comment anchored", async () => {
    const copies = Math.ceil(5_000 / statementsOf(draft).length);
    const many = { ...draft, sections: Array.from({ length: copies }, () => draft.sections).flat() };
    const small = await openWordDocument(await render(draft));
    const large = await openWordDocument(await render(many));
    expect(large.comments.size).toBe(commentCount(statementsOf(many)));
    expect(large.anchoredText.size).toBe(commentCount(statementsOf(many)));
    const areaParagraphs = (document: WordDocument) =>
      document.paragraphs.slice(
        document.paragraphs.findIndex((paragraph) => paragraph.style === "Heading1"),
        document.paragraphs.findIndex((paragraph) => paragraph.style === "Heading1" && paragraph.text === "Nachweise"),
      );
    expect(areaParagraphs(large).length).toBe(copies * areaParagraphs(small).length);
  });

  it("gives the same bytes for the same draft", async () => {
    expect((await render(draft)).equals(await render(draft))).toBe(true);
  });
});
