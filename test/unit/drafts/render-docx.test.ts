import JSZip from "jszip";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import type { Draft, DraftSection, PointToClarify, Statement } from "../../../bot/drafts/draft";
import { sectionStatements } from "../../../bot/drafts/draft-walk";
import { renderMarkdown } from "../../../bot/drafts/render-markdown";
import { openWordDocument } from "./word-document";
import { renderDocx } from "../../../bot/drafts/word";
import { draftInput } from "./draft-fixture";

async function openDocx(draft: Draft): Promise<{ document: string; comments: string; styles: string }> {
  const zip = await JSZip.loadAsync(await renderDocx(draft));
  const document = await zip.file("word/document.xml")?.async("string");
  const comments = await zip.file("word/comments.xml")?.async("string");
  const styles = await zip.file("word/styles.xml")?.async("string");
  if (!document || !comments || !styles) throw new Error("document.xml, comments.xml or styles.xml missing");
  return { document, comments, styles };
}

/** The visible text of each paragraph, in order. */
function paragraphs(xml: string): { style?: string; text: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    return style ? { style, text } : { text };
  });
}

describe("Word writer", () => {
  const draft = compileDraft(withSmallGroupsShown());

  it("has a cover with title, status and facts, then Heading 1 per area and Heading 2 per dimension with statements", async () => {
    const { document } = await openDocx(draft);
    const all = paragraphs(document);
    expect(all[0]).toEqual({ style: "Title", text: "Selbstreport – Entwurf" });
    expect(all.map((p) => p.text)).toEqual(
      expect.arrayContaining(["Entwurf – zur Bearbeitung", "Organisation: Volkshochschule Nordstadt"]),
    );
    expect(all.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
      "QB 1 · Leitbild",
      "QB 2 · Bedarfserschließung",
      "QB 11 · Strategische Entwicklungsziele",
      "Nachweise",
    ]);
    const areaTwo = all.findIndex((p) => p.text === "QB 2 · Bedarfserschließung");
    expect(
      all
        .slice(areaTwo + 1)
        .filter((p) => p.style === "Heading2")
        .slice(0, 5)
        .map((p) => p.text),
    ).toEqual(["Verfahren", "Nachweise in diesem Bereich", "Klärungsbedarf", "Lücken", "Quellen"]);
    const verfahren = all.findIndex((p, index) => index > areaTwo && p.text === "Verfahren");
    const evidence = all.findIndex((p, index) => index > areaTwo && p.text === "Nachweise in diesem Bereich");
    expect(all[evidence - 1]?.text).toBe(
      "Noch keine Aussagen zu: Begründung, Ergebnisse, Bewertung, Schlussfolgerungen.",
    );
    expect(evidence - verfahren).toBeGreaterThan(2);
  });

  it("anchors a comment with the sources on every statement", async () => {
    const { document, comments } = await openDocx(draft);
    const statements = draft.sections.flatMap((s) =>
      s.parts.flatMap((p) =>
        p.topics.flatMap((topic) => topic.blocks).flatMap((b) => b.paragraphs.flatMap((q) => q.statements)),
      ),
    );
    expect(document.match(/<w:commentRangeStart /g)).toHaveLength(statements.length);
    expect(document.match(/<w:commentRangeEnd /g)).toHaveLength(statements.length);
    expect(document.match(/<w:commentReference /g)).toHaveLength(statements.length);
    expect(comments.match(/<w:comment /g)).toHaveLength(statements.length);
    expect(comments).toMatch(/A\d+ · Person 3 · Leitung · 21\.01\.2025/);

    const merged =
      /<w:commentRangeStart w:id="(\d+)"\/>((?:(?!commentRangeEnd)[\s\S])*?Infotelefon[\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/.exec(
        document,
      );
    expect(merged).not.toBeNull();
    const comment =
      new RegExp(`<w:comment [^>]*w:id="${merged?.[1]}"[^>]*>([\\s\\S]*?)</w:comment>`).exec(comments)?.[1] ?? "";
    expect(comment).toContain("Person 1 · Pädagogik / Beratung");
    expect(comment).toContain("Person 4 · Pädagogik / Beratung");
  });

  it("follows each statement with its source keys in a character style the editor can change in one place", async () => {
    const { document, styles } = await openDocx(draft);
    expect(styles).toContain('w:styleId="SourceMarker"');
    expect(document).toMatch(
      /<w:rStyle w:val="SourceMarker"\/><\/w:rPr><w:t xml:space="preserve"> \[A\d+, A\d+\]<\/w:t>/,
    );
  });

  it("highlights the gaps and ends each area with a sources table", async () => {
    const { document } = await openDocx(draft);
    expect(document).toMatch(
      /<w:highlight w:val="yellow"\/>[\s\S]{0,200}Für Bewertung liegen noch keine Aussagen vor\./,
    );
    // One sources table per area with sources, and the Nachweise annex.
    expect(document.match(/<w:tbl>/g)).toHaveLength(draft.sections.filter((s) => s.sources.length > 0).length + 1);
    expect(paragraphs(document).map((p) => p.text)).toEqual(
      expect.arrayContaining(["Quelle", "Person", "Gruppe", "Datum", "Person 3", "Leitung"]),
    );
  });

  it("puts the 11a and 11b parts of a re-certification between area and dimension headings", async () => {
    const input = draftInput();
    const recertified = compileDraft({
      ...input,
      organisation: { ...input.organisation, cycleKind: "recertification" },
    });
    const { document } = await openDocx(recertified);
    const all = paragraphs(document);
    expect(all.filter((p) => p.style === "Heading2" && p.text.startsWith("11")).map((p) => p.text)).toEqual([
      "11a · Was wurde aus den Zielen der letzten Periode?",
      "11b · Neue strategische Entwicklungsziele",
    ]);
    // Only the moves with statements have a heading; the others are named in one line per topic.
    const withStatements = recertified.sections
      .flatMap((section) => section.parts)
      .filter((part) => part.heading)
      .flatMap((part) => part.topics.flatMap((topic) => topic.blocks))
      .filter((block) => block.paragraphs.length > 0);
    expect(withStatements.length).toBeGreaterThan(0);
    expect(all.filter((p) => p.style === "Heading3").map((p) => p.text)).toEqual(withStatements.map((b) => b.heading));
  });
});

describe("Word writer: points to clarify and the reviewer's copy", () => {
  const base = compileDraft(draftInput());
  const section = base.sections.find((candidate) => [...sectionStatements(candidate)].length >= 2) as DraftSection;
  const [first, second] = [...sectionStatements(section)] as [Statement, Statement];
  const point: PointToClarify = {
    id: "K1",
    kind: "contradiction",
    summary: "Nehmen alle neuen Kursleitenden an einer Hospitation teil?",
    sides: [
      { text: first.text, sourceKeys: first.sourceKeys },
      { text: second.text, sourceKeys: second.sourceKeys },
    ],
  };
  first.clarificationIds = ["K1"];
  second.clarificationIds = ["K1"];
  section.clarifications = [point];

  it("puts a comment for the point to clarify on both statements, each quoting the other side", async () => {
    const word = await openWordDocument(await renderDocx(base));
    const clarifying = [...word.comments].filter(([, lines]) => lines[0]?.startsWith("Klärungsbedarf K1:"));
    expect(clarifying).toHaveLength(2);
    const [onFirst, onSecond] = clarifying.map(([id, lines]) => ({ anchored: word.anchoredText.get(id), lines }));
    expect(onFirst?.anchored).toContain(first.text);
    expect(onFirst?.lines[1]).toBe(`„${second.text}“ [${second.sourceKeys.join(", ")}]`);
    expect(onSecond?.anchored).toContain(second.text);
    expect(onSecond?.lines[1]).toBe(`„${first.text}“ [${first.sourceKeys.join(", ")}]`);
    expect(word.paragraphs.map((paragraph) => paragraph.text)).toContain(`K1 ${point.summary}`);
  });

  it("leaves sources, markers, source comments and points to clarify out of the copy for the Gutachter", async () => {
    const word = await openWordDocument(await renderDocx(base, { variant: "reviewer" }));
    const texts = word.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).not.toContain("Quellen");
    expect(texts).not.toContain("Klärungsbedarf");
    expect(word.comments.size).toBe(0);
    expect(word.document).not.toContain("SourceMarker");
    expect(word.document).not.toMatch(/\[A\d+/);
    expect(texts).toContain(first.text);
    expect(texts).toContain("Lücken");
    // The cover says what this copy is, and explains no pseudonyms or source keys it does not have.
    expect(texts).toContain(base.header.reviewerNote);
    expect(texts.join("\n")).not.toMatch(/pseudonymisiert|Kürzel/);
    const markdown = renderMarkdown(base, { variant: "reviewer" });
    expect(markdown).not.toMatch(/\[\^A\d+\]|### Quellen|### Klärungsbedarf|pseudonymisiert|Kürzel/);
    expect(markdown).toContain(`> ${base.header.reviewerNote}`);
    expect(markdown).toContain("### Lücken");
  });
});

/** Leitung (3 members) shown beside pseudonyms, as an organisation with a threshold of 3 has it. */
function withSmallGroupsShown() {
  const input = draftInput();
  return { ...input, organisation: { ...input.organisation, anonymityThreshold: 3 } };
}
