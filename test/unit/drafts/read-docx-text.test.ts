import { parseDraftBundle } from "../../../bot/drafts/bundle/draft-bundle";
import { draftInputFromBundle } from "../../../bot/drafts/bundle/draft-input-from-bundle";
import { compileDraft } from "../../../bot/drafts/compile-draft";
import { contentWords } from "../../../bot/drafts/analysis/content-words";
import { indexPreviousReport } from "../../../bot/drafts/continuity";
import { renderDocx } from "../../../bot/drafts/word";
import { DOCX_TEXT_LIMITS, readDocxText } from "../../../bot/drafts/word/read-docx-text";
import { GENERATED_AT } from "../../fixtures/vhs-musterstadt";
import { musterstadtBundle } from "../../fixtures/vhs-musterstadt/bundle";
// Hostile entry names yazl refuses are patched into its output afterwards (patch below).
import { zip } from "../../support/word-file";
import { RECERTIFICATION_ORGANISATION } from "../../fixtures/vhs-musterstadt/recertification";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(body: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'): string {
  return `${prolog}\n<w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** Replaces every occurrence of a byte string of the same length (a name in local and central headers). */
function patch(buffer: Buffer, from: string, to: string): Buffer {
  expect(from.length).toBe(to.length);
  const patched = Buffer.from(buffer);
  let at = patched.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  while (at >= 0) {
    patched.write(to, at, "latin1");
    at = patched.indexOf(from, at + 1);
  }
  return patched;
}

const paragraph = (text: string, properties = "") =>
  `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const heading = (text: string, styleId: string, numbered = false) =>
  paragraph(
    text,
    `<w:pStyle w:val="${styleId}"/>${numbered ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ""}`,
  );

describe("reading the previous Selbstreport from a .docx", () => {
  it("reads a draft our own Word writer produced, with its QB headings, so continuity finds every chapter", async () => {
    const parsed = parseDraftBundle(JSON.parse(JSON.stringify(musterstadtBundle())));
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    const draft = compileDraft(draftInputFromBundle(parsed.bundle, { generatedAt: GENERATED_AT }));
    const read = await readDocxText(await renderDocx(draft));
    if (!read.ok) throw new Error(read.problem);

    for (const section of draft.sections) expect(read.text).toContain(`\n# ${section.heading}\n`);
    const statement = draft.sections[2]?.parts
      .flatMap((part) => part.topics)
      .flatMap((topic) => topic.blocks)
      .flatMap((block) => block.paragraphs)
      .flatMap((item) => item.statements)[0];
    expect(statement).toBeDefined();
    expect(read.text).toContain(statement?.text.split("\n")[0]);
    const index = indexPreviousReport({ selfReportText: read.text });
    for (let area = 1; area <= 11; area += 1) expect(index.wordsOf(area)?.size ?? 0).toBeGreaterThan(20);

    // Compiled again as a re-certification with that report, most statements are no longer new.
    const again = parseDraftBundle(
      JSON.parse(
        JSON.stringify(
          musterstadtBundle({ ...RECERTIFICATION_ORGANISATION, previousReport: { selfReportText: read.text } }),
        ),
      ),
    );
    if (!again.ok) throw new Error(again.problems.join("\n"));
    const recertified = compileDraft(draftInputFromBundle(again.bundle, { generatedAt: GENERATED_AT }));
    const leitbild = recertified.sections[0]?.continuity;
    expect(leitbild?.statements).toBeGreaterThan(0);
    expect(leitbild?.newStatements).toBeLessThan((leitbild?.statements ?? 0) / 2);
  });

  it("reads a hand-made document: German Word heading styles, Word's own heading numbers, line breaks, tabs, no deleted text", async () => {
    const body = [
      paragraph("Selbstreport der Volkshochschule Kleinmünster", '<w:pStyle w:val="Titel"/>'),
      heading("Vorwort", "berschrift1"),
      paragraph("Wir legen hiermit unseren Selbstreport vor."),
      heading("Leitbild", "berschrift1", true),
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>1.</w:t></w:r><w:r><w:tab/><w:t>Erster Punkt</w:t></w:r><w:r><w:br/><w:t>zweite Zeile</w:t></w:r><w:del w:id="1" w:author="QB"><w:r><w:delText>gestrichen</w:delText></w:r></w:del></w:p>`,
      heading("Bedarfserschließung", "berschrift1", true),
      heading("Kursanfragen", "berschrift2", true),
      paragraph("Anfragen erfassen wir im Anmeldesystem &amp; werten sie halbjährlich aus."),
      heading("Schlüsselprozesse", "Heading1", true),
      paragraph("Aufbau und Ablauf", '<w:outlineLvl w:val="1"/>'),
    ].join("");
    const read = await readDocxText(
      await zip([
        ["[Content_Types].xml", CONTENT_TYPES],
        ["word/document.xml", documentXml(body)],
      ]),
    );
    expect(read).toEqual({
      ok: true,
      headings: 7,
      text: [
        "# Selbstreport der Volkshochschule Kleinmünster",
        "",
        "# Vorwort",
        "Wir legen hiermit unseren Selbstreport vor.",
        "",
        "# 1 Leitbild",
        "1.\tErster Punkt\nzweite Zeile",
        "",
        "# 2 Bedarfserschließung",
        "",
        "## 2.1 Kursanfragen",
        "Anfragen erfassen wir im Anmeldesystem & werten sie halbjährlich aus.",
        "",
        "# 3 Schlüsselprozesse",
        "",
        "## Aufbau und Ablauf",
      ].join("\n"),
    });
    if (!read.ok) return;
    const index = indexPreviousReport({ selfReportText: read.text });
    const [word] = contentWords("Anmeldesystem");
    expect(index.wordsOf(2)?.has(word ?? "")).toBe(true);
    expect(index.wordsOf(1)?.has(word ?? "")).toBe(false);
  });

  describe("refuses what is not a plain Word document", () => {
    const minimal = () => [
      ["[Content_Types].xml", CONTENT_TYPES] as [string, string],
      ["word/document.xml", documentXml(paragraph("Text"))] as [string, string],
    ];

    it("a zip bomb: a document.xml that inflates past the limit", async () => {
      const bomb = documentXml(paragraph(" ".repeat(DOCX_TEXT_LIMITS.maxDocumentXmlBytes)));
      const file = await zip([
        ["[Content_Types].xml", CONTENT_TYPES],
        ["word/document.xml", bomb],
      ]);
      expect(file.length).toBeLessThan(DOCX_TEXT_LIMITS.maxFileBytes / 10);
      expect(await readDocxText(file)).toEqual({ ok: false, problem: "tooLarge" });
    });

    it("a zip bomb whose headers claim a small size: counted as it inflates", async () => {
      const limits = { ...DOCX_TEXT_LIMITS, maxDocumentXmlBytes: 200_000 };
      const file = await zip([
        ["[Content_Types].xml", CONTENT_TYPES],
        ["word/document.xml", documentXml(paragraph("x".repeat(1_000_000)))],
      ]);
      // Central directory record of word/document.xml: uncompressed size at offset 24.
      const central = file.lastIndexOf(Buffer.from("PK\u0001\u0002", "latin1"));
      expect(file.toString("latin1", central + 46, central + 46 + 17)).toBe("word/document.xml");
      const lying = Buffer.from(file);
      lying.writeUInt32LE(1000, central + 24);
      expect(await readDocxText(lying, limits)).toEqual({ ok: false, problem: "tooLarge" });
    });

    it("an entry name that climbs out of the archive or is absolute", async () => {
      const climbing = patch(await zip([...minimal(), ["xx/evil.txt", "boom"]]), "xx/evil.txt", "../evil.txt");
      expect(await readDocxText(climbing)).toEqual({ ok: false, problem: "unsafeName" });
      const absolute = patch(await zip([...minimal(), ["Xetc/passwd", "root"]]), "Xetc/passwd", "/etc/passwd");
      expect(await readDocxText(absolute)).toEqual({ ok: false, problem: "unsafeName" });
      const backslash = patch(await zip([...minimal(), ["aa/evil.txt", "boom"]]), "aa/evil.txt", "..\\evil.txt");
      expect(await readDocxText(backslash)).toEqual({ ok: false, problem: "unsafeName" });
    });

    it("a file that is no zip, a zip that is no Word document, and more entries than a document has", async () => {
      expect(await readDocxText(Buffer.from("%PDF-1.7\n1 0 obj\n"))).toEqual({ ok: false, problem: "notZip" });
      const spreadsheet = await zip([
        ["[Content_Types].xml", CONTENT_TYPES.replace("wordprocessingml.document.main", "spreadsheetml.sheet.main")],
        ["xl/workbook.xml", "<workbook/>"],
      ]);
      expect(await readDocxText(spreadsheet)).toEqual({ ok: false, problem: "notDocx" });
      const many = await zip([...minimal(), ...Array.from({ length: 30 }, (_, i): [string, string] => [`x/${i}`, ""])]);
      expect(await readDocxText(many, { ...DOCX_TEXT_LIMITS, maxEntries: 20 })).toEqual({
        ok: false,
        problem: "tooLarge",
      });
      expect(await readDocxText(Buffer.alloc(DOCX_TEXT_LIMITS.maxFileBytes + 1))).toEqual({
        ok: false,
        problem: "tooLarge",
      });
    });

    it("entities declared in a DOCTYPE (billion laughs), broken XML and a document without text", async () => {
      const laughs = documentXml(
        paragraph("&lol2;"),
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
      );
      const withDoctype = await zip([
        ["[Content_Types].xml", CONTENT_TYPES],
        ["word/document.xml", laughs],
      ]);
      expect(await readDocxText(withDoctype)).toEqual({ ok: false, problem: "badXml" });
      const broken = await zip([
        ["[Content_Types].xml", CONTENT_TYPES],
        ["word/document.xml", "<w:document><w:body><w:p>"],
      ]);
      expect(await readDocxText(broken)).toEqual({ ok: false, problem: "badXml" });
      const empty = await zip([
        ["[Content_Types].xml", CONTENT_TYPES],
        ["word/document.xml", documentXml("<w:p/>")],
      ]);
      expect(await readDocxText(empty)).toEqual({ ok: false, problem: "noText" });
    });
  });
});
