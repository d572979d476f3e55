/** WordprocessingML snippets (runs, paragraphs, table cells) as strings, with the text escaped. */

// XML 1.0 cannot carry these at all, not even escaped; answers should not contain them anyway.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeXml(text: string): string {
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
  const properties = [
    format.style ? `<w:rStyle w:val="${format.style}"/>` : "",
    format.bold ? "<w:b/><w:bCs/>" : "",
    format.italics ? "<w:i/><w:iCs/>" : "",
    format.color ? `<w:color w:val="${format.color}"/>` : "",
    format.size ? `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>` : "",
    format.highlight ? `<w:highlight w:val="${format.highlight}"/>` : "",
  ].join("");
  return properties ? `<w:rPr>${properties}</w:rPr>` : "";
}

/** Line breaks in staff text stay line breaks (one run per line, as the docx library writes them). */
export function textRuns(text: string, format: RunFormat = {}): string {
  const properties = runProperties(format);
  return text
    .split(/\r?\n/)
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
}

export function paragraph(content: string, format: ParagraphFormat = {}): string {
  const style = format.style ?? (format.isBullet ? "ListParagraph" : undefined);
  const properties = [
    style ? `<w:pStyle w:val="${style}"/>` : "",
    format.isBullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : "",
  ].join("");
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}${content}</w:p>`;
}

export function pageBreak(): string {
  return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
}

export function tableCell(content: string): string {
  return `<w:tc>${paragraph(content)}</w:tc>`;
}
