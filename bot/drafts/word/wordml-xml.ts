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

interface RunFormat {
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

/**
 * A run format as WordprocessingML, worked out once per format: a large draft writes hundreds of
 * thousands of runs in a handful of formats.
 */
export function runProperties(format: RunFormat): string {
  let properties = "";
  if (format.style) properties += `<w:rStyle w:val="${format.style}"/>`;
  if (format.bold) properties += "<w:b/><w:bCs/>";
  if (format.italics) properties += "<w:i/><w:iCs/>";
  if (format.color) properties += `<w:color w:val="${format.color}"/>`;
  if (format.size) properties += `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`;
  if (format.highlight) properties += `<w:highlight w:val="${format.highlight}"/>`;
  return properties ? `<w:rPr>${properties}</w:rPr>` : "";
}

export const PLAIN = "";
export const BOLD = runProperties({ bold: true });
export const ITALIC = runProperties({ italics: true });

const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/;
/** A line break, or anything `escapeXml` would change: one test, and most text has none of it. */
const NEEDS_WORK = /[&<>"\u0000-\u001F\u2028\u2029\uFFFE\uFFFF\uD800-\uDFFF]/;
const HAS_LINE_BREAK = /[\r\n\u2028\u2029]/;
const TEXT_START = '<w:t xml:space="preserve">';
const PLAIN_RUN_START = `<w:r>${TEXT_START}`;
const RUN_END = "</w:t></w:r>";

const runStarts = new Map<string, string>();

/** A run's opening markup up to its text, made once per format: a large draft has a source marker per statement. */
function runStart(properties: string): string {
  let start = runStarts.get(properties);
  if (start === undefined) {
    start = `<w:r>${properties}${TEXT_START}`;
    runStarts.set(properties, start);
  }
  return start;
}

/**
 * Line breaks in staff text stay line breaks (a typed list keeps one item per line); a bare CR
 * or a line separator is a break too, so that no reader shows a line the others hide.
 * `properties` comes from `runProperties` (or is one of the formats above).
 */
export function textRuns(text: string, properties: string = PLAIN): string {
  const start = properties === PLAIN ? PLAIN_RUN_START : runStart(properties);
  if (!NEEDS_WORK.test(text)) return start + text + RUN_END;
  if (!HAS_LINE_BREAK.test(text)) return start + escapeXml(text) + RUN_END;
  return text
    .split(LINE_BREAK)
    .map((line, index) => `<w:r>${properties}${index > 0 ? "<w:br/>" : ""}${TEXT_START}${escapeXml(line)}${RUN_END}`)
    .join("");
}

const PLAIN_PARAGRAPH_START = `<w:p>${PLAIN_RUN_START}`;
const PLAIN_PARAGRAPH_END = `${RUN_END}</w:p>`;
const PLAIN_CELL_START = `<w:tc>${PLAIN_PARAGRAPH_START}`;
const PLAIN_CELL_END = `${PLAIN_PARAGRAPH_END}</w:tc>`;

/**
 * `paragraph(textRuns(text))`, in one concatenation where the text needs no work: a large draft
 * has a comment line per answer, and every piece of markup joined separately is one more string.
 */
export function textParagraph(text: string): string {
  if (!NEEDS_WORK.test(text)) return PLAIN_PARAGRAPH_START + text + PLAIN_PARAGRAPH_END;
  return paragraph(textRuns(text));
}

/** `tableCell(textRuns(text))`, as `textParagraph`: a large draft has four cells per answer. */
export function textCell(text: string): string {
  if (!NEEDS_WORK.test(text)) return PLAIN_CELL_START + text + PLAIN_CELL_END;
  return tableCell(textRuns(text));
}

export interface ParagraphFormat {
  style?: string;
  /** A bullet of the one list in numbering.xml. */
  isBullet?: boolean;
  /** Keep on one page with the next paragraph (a label above its list or table). */
  keepNext?: boolean;
}

const BULLET = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';

export function paragraph(content: string, format?: ParagraphFormat): string {
  if (format === undefined) return `<w:p>${content}</w:p>`;
  const style = format.style ?? (format.isBullet ? "ListParagraph" : undefined);
  // Concatenated rather than joined from a list: a large draft writes hundreds of thousands of paragraphs.
  let properties = style ? `<w:pStyle w:val="${style}"/>` : "";
  if (format.keepNext) properties += "<w:keepNext/>";
  if (format.isBullet) properties += BULLET;
  return properties ? `<w:p><w:pPr>${properties}</w:pPr>${content}</w:p>` : `<w:p>${content}</w:p>`;
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
