/** WordprocessingML snippets (runs, paragraphs, table cells, bookmarks, fields) as strings, with the text escaped. */

// XML 1.0 cannot carry these at all, not even escaped. Stored text is normalised already
// (bot/domain/typed-text.ts); the writer still refuses them, since LLM text and labels pass here too.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Anything either replacement above could touch (any surrogate, paired or not): most text has none. */
const NEEDS_ESCAPING = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(NOT_XML, "").replace(SPECIAL, (character) => ENTITIES[character] as string);
}

export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Hex colour without "#". */
  color?: string;
  /** Half-points. */
  size?: number;
  highlight?: "yellow";
  /** A character style id. */
  style?: string;
}

function runProperties(format: RunFormat): string {
  // Concatenated rather than joined from a list: a large draft writes hundreds of thousands of runs.
  let properties = "";
  if (format.style) properties += `<w:rStyle w:val="${format.style}"/>`;
  if (format.bold) properties += "<w:b/><w:bCs/>";
  if (format.italics) properties += "<w:i/><w:iCs/>";
  if (format.color) properties += `<w:color w:val="${format.color}"/>`;
  if (format.size) properties += `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`;
  if (format.highlight) properties += `<w:highlight w:val="${format.highlight}"/>`;
  return properties ? `<w:rPr>${properties}</w:rPr>` : "";
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/;
const HAS_LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * Line breaks in staff text stay line breaks (a typed list keeps one item per line); a bare CR
 * or a line separator is a break too, so that no reader shows a line the others hide.
 */
export function textRuns(text: string, format: RunFormat = {}): string {
  const properties = runProperties(format);
  if (!HAS_LINE_BREAK.test(text)) return `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return text
    .split(LINE_BREAK)
    .map(
      (line, index) =>
        `<w:r>${properties}${index > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join("");
}

export interface ParagraphFormat {
  style?: string;
  /** A bullet of the one list in numbering.xml. */
  isBullet?: boolean;
  /** Keep on one page with the next paragraph (a label above its list or table). */
  keepNext?: boolean;
}

export function paragraph(content: string, format: ParagraphFormat = {}): string {
  const style = format.style ?? (format.isBullet ? "ListParagraph" : undefined);
  const properties = [
    style ? `<w:pStyle w:val="${style}"/>` : "",
    format.keepNext ? "<w:keepNext/>" : "",
    format.isBullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : "",
  ].join("");
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}${content}</w:p>`;
}

/** A heading paragraph with a bookmark around its text, so that the table of contents can link to it. */
export function bookmarkedHeading(text: string, style: string, bookmark: { id: number; name: string }): string {
  return paragraph(
    `<w:bookmarkStart w:id="${bookmark.id}" w:name="${bookmark.name}"/>${textRuns(text)}<w:bookmarkEnd w:id="${bookmark.id}"/>`,
    { style },
  );
}

/** A link to a bookmark in the same document. */
export function internalLink(content: string, bookmarkName: string): string {
  return `<w:hyperlink w:anchor="${bookmarkName}" w:history="1">${content}</w:hyperlink>`;
}

/** The parts of a complex field (TOC …): begin, instruction, separate; then the result; then end. */
export function fieldStart(instruction: string): string {
  return `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> ${escapeXml(instruction)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
}

export function fieldEnd(): string {
  return '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
}

export function tableCell(content: string): string {
  return `<w:tc>${paragraph(content)}</w:tc>`;
}
