/**
 * Small but real Word documents for the tests of a previous Selbstreport sent as a file: a zip
 * with the content types and word/document.xml, paragraphs with an optional style (Heading1 …).
 */
import { ZipFile } from "yazl";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

/** One paragraph of word/document.xml; `style` is a paragraph style id such as "Heading1". */
export const paragraph = (text: string, style = ""): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A .docx whose body is the given paragraphs. */
export function docx(body: string): Promise<Buffer> {
  return zip([
    ["[Content_Types].xml", CONTENT_TYPES],
    ["word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`],
  ]);
}

/** A zip written with yazl: entries as given (names yazl accepts). */
export function zip(entries: [string, string | Buffer][]): Promise<Buffer> {
  const file = new ZipFile();
  for (const [name, content] of entries) file.addBuffer(Buffer.from(content), name);
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    file.outputStream.on("error", reject);
  });
}
