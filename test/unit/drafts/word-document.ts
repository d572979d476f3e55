/** Opens a .docx as Word would read it (zip + XML) and lists what a reader sees: paragraphs, styles, comments. */
import JSZip from "jszip";
import { parseXml } from "./xml-tree";

interface WordParagraph {
  style?: string;
  /** The visible text, runs joined. */
  text: string;
  isHighlighted: boolean;
  isBullet: boolean;
  isPageBreak: boolean;
  /** Holds part of a field (the table of contents). */
  isField: boolean;
  /** Comments anchored in this paragraph. */
  commentIds: string[];
  isInTable: boolean;
}

export interface WordDocument {
  partNames: string[];
  contentTypes: string;
  documentRels: string;
  styles: string;
  settings: string;
  numbering: string;
  document: string;
  paragraphs: WordParagraph[];
  /** Comment id → the text of each of its paragraphs. */
  comments: Map<string, string[]>;
  /** Comment id → the text between its range start and end in the document. */
  anchoredText: Map<string, string>;
  tableRowCounts: number[];
}

const PARAGRAPH = /<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function visibleText(xml: string): string {
  return unescapeXml([...xml.matchAll(TEXT)].map((match) => match[1]).join(""));
}

function paragraphsOf(xml: string): WordParagraph[] {
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(
    (match) => [match.index ?? 0, (match.index ?? 0) + match[0].length] as const,
  );
  // Paragraphs and tables both come in document order: one pass, not every table for every paragraph.
  let table = 0;
  return [...xml.matchAll(PARAGRAPH)].map((match) => {
    const body = match[1] ?? "";
    const at = match.index ?? 0;
    while (table < tables.length && (tables[table]?.[1] ?? 0) <= at) table += 1;
    const [start, end] = tables[table] ?? [0, 0];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1];
    return {
      ...(style ? { style } : {}),
      text: visibleText(body),
      isHighlighted: body.includes('<w:highlight w:val="yellow"/>'),
      isBullet: body.includes("<w:numPr>"),
      isPageBreak: body.includes('<w:br w:type="page"/>'),
      isField: body.includes("<w:fldChar "),
      commentIds: [...body.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((comment) => comment[1] as string),
      isInTable: at > start && at < end,
    };
  });
}

export async function openWordDocument(file: Buffer): Promise<WordDocument> {
  const zip = await JSZip.loadAsync(file);
  const read = async (name: string) => {
    const text = await zip.file(name)?.async("string");
    if (text === undefined) throw new Error(`${name} missing from the .docx`);
    // Word refuses a document whose parts are not well-formed XML: a strict parser checks each.
    if (name.endsWith(".xml") || name.endsWith(".rels")) parseXml(text);
    return text;
  };
  const document = await read("word/document.xml");
  const commentsXml = await read("word/comments.xml");
  const comments = new Map(
    [...commentsXml.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((match) => [
      match[1] as string,
      [...(match[2] ?? "").matchAll(PARAGRAPH)].map((paragraph) => visibleText(paragraph[1] ?? "")),
    ]),
  );
  // Ranges may nest (a statement with its sources comment and a point to clarify): find each one's own end.
  const anchoredText = new Map(
    [...document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((match) => {
      const start = (match.index ?? 0) + match[0].length;
      const end = document.indexOf(`<w:commentRangeEnd w:id="${match[1]}"/>`, start);
      return [match[1] as string, visibleText(document.slice(start, end))];
    }),
  );
  return {
    partNames: Object.keys(zip.files).filter((name) => !zip.files[name]?.dir),
    contentTypes: await read("[Content_Types].xml"),
    documentRels: await read("word/_rels/document.xml.rels"),
    styles: await read("word/styles.xml"),
    settings: await read("word/settings.xml"),
    numbering: await read("word/numbering.xml"),
    document,
    paragraphs: paragraphsOf(document),
    comments,
    anchoredText,
    tableRowCounts: [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(
      (match) => (match[1] ?? "").match(/<w:tr>/g)?.length ?? 0,
    ),
  };
}
