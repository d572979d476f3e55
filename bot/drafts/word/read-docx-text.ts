/**
 * The text of a Word document (.docx) as lines, headings marked "#", "##" … so that the previous
 * Selbstreport can be split into its QB chapters. Only word/document.xml is inflated, with a cap on
 * the bytes it may grow to (a zip bomb stops there, whatever its headers claim); entry names that
 * climb out of the archive or are absolute refuse the whole file; a DOCTYPE is refused (no entities).
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import * as yauzl from "yauzl";

export interface DocxTextLimits {
  /** Largest .docx file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest word/document.xml once inflated, in bytes. */
  maxDocumentXmlBytes: number;
  /** Most entries an archive may have. */
  maxEntries: number;
}

export const DOCX_TEXT_LIMITS: DocxTextLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxDocumentXmlBytes: 30 * 1024 * 1024,
  maxEntries: 2000,
};

/** Why a file was not read; each has a message in the catalogues (previousReportFile.error.*). */
export type DocxTextProblem = "tooLarge" | "notZip" | "notDocx" | "unsafeName" | "badXml" | "noText";

export type DocxTextResult = { ok: true; text: string; headings: number } | { ok: false; problem: DocxTextProblem };

const DOCUMENT_PART = "word/document.xml";
const CONTENT_TYPES_PART = "[Content_Types].xml";
const MAIN_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

export async function readDocxText(file: Buffer, limits: DocxTextLimits = DOCX_TEXT_LIMITS): Promise<DocxTextResult> {
  if (file.length > limits.maxFileBytes) return { ok: false, problem: "tooLarge" };
  let parts: Map<string, Buffer>;
  try {
    parts = await readParts(file, [DOCUMENT_PART, CONTENT_TYPES_PART], limits);
  } catch (error) {
    return { ok: false, problem: error instanceof DocxProblem ? error.problem : "notZip" };
  }
  const contentTypes = parts.get(CONTENT_TYPES_PART);
  const document = parts.get(DOCUMENT_PART);
  if (!contentTypes || !document || !contentTypes.toString("utf8").includes(MAIN_CONTENT_TYPE))
    return { ok: false, problem: "notDocx" };
  let lines: string[];
  try {
    lines = documentLines(document.toString("utf8"));
  } catch {
    return { ok: false, problem: "badXml" };
  }
  const text = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!text) return { ok: false, problem: "noText" };
  return { ok: true, text, headings: lines.filter((line) => line.startsWith("#")).length };
}

class DocxProblem extends Error {
  constructor(readonly problem: DocxTextProblem) {
    super(problem);
  }
}

const UNSAFE_NAME = /^(?:invalid characters in fileName|absolute path|invalid relative path)/;
/** yauzl's check of the inflated size against the headers: a lying header is a bomb's trick. */
const MORE_THAN_DECLARED = /^too many bytes in the stream/;

function problemOf(error: unknown): DocxTextProblem {
  if (error instanceof DocxProblem) return error.problem;
  const message = error instanceof Error ? error.message : "";
  if (UNSAFE_NAME.test(message)) return "unsafeName";
  return MORE_THAN_DECLARED.test(message) ? "tooLarge" : "notZip";
}

/** The wanted entries' inflated bytes; every entry's name is checked, only the wanted ones inflated. */
function readParts(file: Buffer, wanted: readonly string[], limits: DocxTextLimits): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(new DocxProblem(problemOf(error)));
    yauzl.fromBuffer(file, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return fail(error);
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return fail(new DocxProblem("tooLarge"));
      }
      const parts = new Map<string, Buffer>();
      zip.on("error", fail);
      zip.on("end", () => resolve(parts));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (!wanted.includes(entry.fileName)) return zip.readEntry();
        if (entry.uncompressedSize > limits.maxDocumentXmlBytes) {
          zip.close();
          return fail(new DocxProblem("tooLarge"));
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on("data", (chunk: Buffer) => {
            size += chunk.length;
            // Headers can lie: the inflated bytes are counted as they come.
            if (size > limits.maxDocumentXmlBytes) {
              stream.destroy();
              zip.close();
              return fail(new DocxProblem("tooLarge"));
            }
            chunks.push(chunk);
          });
          stream.on("error", fail);
          stream.on("end", () => {
            parts.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Heading level of a paragraph style ("Heading2", German Word's "berschrift2", "Title"), if it is one. */
function headingLevel(styleId: string | undefined, outlineLevel: number | undefined): number | undefined {
  if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9) return outlineLevel + 1;
  if (!styleId) return undefined;
  const named = /^(?:heading|berschrift|überschrift|titre|kop)\s*(\d)$/iu.exec(styleId);
  if (named) return Number(named[1]);
  return /^(?:title|titel)$/i.test(styleId) ? 1 : undefined;
}

/** One line per paragraph; a heading is prefixed with "#" per level; w:br and w:tab kept. */
function documentLines(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const lines: string[] = [];
  let paragraph: { text: string; style?: string; outline?: number; numbered: boolean } | undefined;
  let inText = false;
  let deleted = 0;
  const headingCounters: number[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("doctype", () => {
    throw new Error("DOCTYPE not allowed");
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const value = tag.attributes["w:val"];
    switch (tag.name) {
      case "w:p":
        paragraph = { text: "", numbered: false };
        break;
      case "w:pStyle":
        if (paragraph && typeof value === "string") paragraph.style = value;
        break;
      case "w:outlineLvl":
        if (paragraph && typeof value === "string") paragraph.outline = Number(value);
        break;
      case "w:numPr":
        if (paragraph) paragraph.numbered = true;
        break;
      case "w:del":
        deleted += 1;
        break;
      case "w:t":
        inText = true;
        break;
      case "w:tab":
        // A tab stop of the paragraph's properties has a w:val; a tab in a run has none.
        if (paragraph && value === undefined) paragraph.text += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (paragraph) paragraph.text += "\n";
        break;
    }
  });
  parser.on("closetag", (tag) => {
    switch (tag.name) {
      case "w:t":
        inText = false;
        break;
      case "w:del":
        deleted -= 1;
        break;
      case "w:p": {
        if (!paragraph) break;
        const text = paragraph.text.replace(/[ \u00a0]+/g, " ").trim();
        const level = headingLevel(paragraph.style, paragraph.outline);
        if (level !== undefined && text) {
          // Word numbers headings itself ("3 Bedarfserschließung"): the number is not in the text.
          let number = "";
          if (paragraph.numbered) {
            headingCounters.length = level;
            headingCounters[level - 1] = (headingCounters[level - 1] ?? 0) + 1;
            number = `${Array.from(headingCounters, (count) => count ?? 1).join(".")} `;
          }
          lines.push("", `${"#".repeat(level)} ${number}${text}`);
        } else lines.push(text);
        paragraph = undefined;
        break;
      }
    }
  });
  parser.on("text", (text) => {
    if (inText && paragraph && deleted === 0) paragraph.text += text;
  });
  parser.write(xml).close();
  return lines;
}
