/**
 * Whatever staff type, the Word and Markdown drafts keep exactly the structure the writers give
 * them: random answers, evidence and names are written, the Word parts opened with a strict XML
 * parser and the Markdown with a Markdown parser (markdown-it with GitHub's tables,
 * strikethrough and autolinks), and the structure compared with the same draft holding "x".
 */
import fc from "fast-check";
import JSZip from "jszip";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { compileDraft } from "../../bot/drafts/compile-draft";
import type { Draft } from "../../bot/drafts/draft";
import { blocksOf } from "../../bot/drafts/draft-walk";
import { renderMarkdown } from "../../bot/drafts/render-markdown";
import { renderDocx } from "../../bot/drafts/word";
import { assertAsyncProperty, assertProperty } from "../support/property-runs";
import { draftInput } from "../unit/drafts/draft-fixture";
import { descendants, parseXml, textOf, type XmlElement } from "../unit/drafts/xml-tree";

const markdownParser = new MarkdownIt("default", { html: true, linkify: true });

/** Pieces that open structure somewhere, mixed with ordinary text and characters no writer should pass on. */
const PIECES = [
  ..."#-+*_`~|>[]()!<&\\=:.@ \t\n\r",
  "1. ",
  "2) ",
  "## Lücken",
  "---",
  "===",
  "```",
  "    code",
  "<b>",
  "<script>",
  "&amp;",
  "&#60;",
  "[a](http://x.de)",
  "https://evil.example/",
  "www.example.de",
  "a@b.de",
  "[^A1]",
  "| a | b |",
  "|---|---|",
  "\uFFFF",
  "\uFFFE",
  "\uD800",
  "\uDC00",
  "\u0000",
  "\u0007",
  "\u0085",
  "\u2028",
  "\r\n",
  "Kurs",
  "ü",
  "😀",
];
const staffText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 16 })
  .map((pieces) => pieces.join(""))
  .filter((text) => /[^\s\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/.test(text));

const base = compileDraft(draftInput());
const POOL = 48;
const staffTexts = fc.array(staffText, { minLength: POOL, maxLength: POOL });

/**
 * The fixture's draft with every text a person typed replaced, in document order, from `texts`
 * (used round-robin): statements, examples, points to clarify, Nachweise, names, the organisation.
 */
function withTexts(texts: readonly string[]): Draft {
  const draft = structuredClone(base);
  let next = 0;
  const typed = () => texts[next++ % texts.length] ?? "";
  for (const fact of draft.header.facts.slice(1, 2)) fact.value = typed();
  for (const section of draft.sections) {
    const statements = [
      ...section.successDefinition.statements,
      ...[...blocksOf(section)].flatMap(({ block }) => block.paragraphs.flatMap((paragraph) => paragraph.statements)),
    ];
    for (const statement of statements) {
      statement.text = typed();
      if (statement.example) statement.example.text = typed();
    }
    for (const point of section.clarifications) for (const side of point.sides) side.text = typed();
    for (const source of section.sources) source.person = typed();
  }
  for (const record of draft.evidence) {
    record.title = typed();
    record.place = typed();
  }
  return draft;
}

const plain = Array<string>(POOL).fill("x");

/** Block tokens with their tags, and for inline content the kinds of its children, text of any kind as one. */
function markdownStructure(markdown: string): string[] {
  const structure: string[] = [];
  const textKinds = new Set(["text", "text_special", "softbreak", "hardbreak"]);
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "inline") {
        const kinds = (token.children ?? []).map((child) => (textKinds.has(child.type) ? "text" : child.type));
        structure.push(
          `inline(${kinds.filter((kind, index) => kind !== "text" || kinds[index - 1] !== "text").join(",")})`,
        );
      } else structure.push(`${token.type}:${token.tag}`);
    }
  };
  visit(markdownParser.parse(markdown, {}));
  return structure;
}

/** Each paragraph of document.xml as the names of its elements below the runs (text and line breaks left out). */
function wordStructure(document: XmlElement): string[] {
  const shape = (element: XmlElement): string =>
    `${element.name}(${element.children
      .filter((child): child is XmlElement => typeof child !== "string")
      .filter((child) => !["w:t", "w:br"].includes(child.name))
      .map(shape)
      .join(",")})`;
  const paragraphs = descendants(document, "w:p").map(shape);
  // A typed line break adds a run: count runs per paragraph only as "one or more".
  return paragraphs.map((paragraph) => paragraph.replace(/(w:r\((?:w:rPr\([^)]*\))?\),?)+/g, "runs,"));
}

async function wordParts(draft: Draft): Promise<{ document: XmlElement; comments: XmlElement }> {
  const zip = await JSZip.loadAsync(await renderDocx(draft));
  const read = async (name: string) => parseXml((await zip.file(name)?.async("string")) ?? "");
  return { document: await read("word/document.xml"), comments: await read("word/comments.xml") };
}

describe("draft writers under random staff text (fuzz)", () => {
  const plainMarkdown = markdownStructure(renderMarkdown(withTexts(plain)));
  const plainReviewer = markdownStructure(renderMarkdown(withTexts(plain), { variant: "reviewer" }));

  it("Markdown: no heading, list, quote, code, table, link, emphasis or HTML comes from what staff typed", () => {
    assertProperty(
      fc.property(staffTexts, (texts) => {
        const markdown = renderMarkdown(withTexts(texts));
        expect(markdownStructure(markdown)).toEqual(plainMarkdown);
        expect(markdownStructure(renderMarkdown(withTexts(texts), { variant: "reviewer" }))).toEqual(plainReviewer);
        // The writer tells blank lines by their length: a line of white space would slip through as text.
        expect(markdown.split("\n").filter((line) => line.length > 0 && line.trim() === "")).toEqual([]);
        expect(markdown).not.toContain("\n\n\n");
      }),
      { numRuns: 100 },
    );
  });

  it("Word: every part is well-formed XML, staff text stays inside its runs, and the paragraphs keep their shape", async () => {
    const plainWord = await wordParts(withTexts(plain));
    const plainShape = wordStructure(plainWord.document);
    const plainComments = descendants(plainWord.comments, "w:comment").length;
    await assertAsyncProperty(
      fc.asyncProperty(staffTexts, async (texts) => {
        const word = await wordParts(withTexts(texts));
        expect(wordStructure(word.document)).toEqual(plainShape);
        expect(descendants(word.comments, "w:comment")).toHaveLength(plainComments);
        // The organisation's name, as typed less what XML cannot carry, is the text of its cover line.
        const cover = descendants(word.document, "w:p")[3] as XmlElement;
        const expected = (texts[0] ?? "").replace(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          "",
        );
        expect(textOf(cover)).toBe(`Organisation: ${expected.split(/\r\n?|[\n\u2028\u2029]/).join("")}`);
      }),
      { numRuns: 20 },
    );
  });
});
