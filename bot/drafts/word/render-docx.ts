/**
 * Draft → Word (.docx), for every draft: WordprocessingML written piece by piece and zipped as it
 * is written (yazl, on Node's zlib), so a draft of 100,000 answers never exists uncompressed in
 * memory. yazl over fflate: on a 55 MB document.xml it needed 0.7 s of compression CPU against
 * 1.25 s at the same level, and wrote 9 % less (docs/architecture.md, "Drafts").
 */
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import type { Draft } from "../draft";
import { showsSources, type DraftWriterOptions } from "../draft-variant";
import { commentsXml } from "./comments-xml";
import { documentXml } from "./document-xml";
import {
  appProperties,
  CONTENT_TYPES,
  coreProperties,
  DOCUMENT_RELS,
  NUMBERING,
  PACKAGE_RELS,
  SETTINGS,
  STYLES,
} from "./wordml-parts";

/** Pieces are joined to about this many characters before compression: fewer, larger writes. */
const CHUNK_CHARACTERS = 256 * 1024;
/** Level 1: the XML is repetitive enough that harder compression saves little and costs twice the time. */
const COMPRESSION_LEVEL = 1;

export async function renderDocx(draft: Draft, options: DraftWriterOptions = {}): Promise<Buffer> {
  const withSources = showsSources(options);
  const { header, labels } = draft;
  // Every entry carries the draft's time: the same draft gives the same bytes.
  const entry = { mtime: new Date(draft.generatedAt), compressionLevel: COMPRESSION_LEVEL };
  const zip = new ZipFile();
  const add = (name: string, text: string) => zip.addBuffer(Buffer.from(text, "utf8"), name, entry);
  add("[Content_Types].xml", CONTENT_TYPES);
  add("_rels/.rels", PACKAGE_RELS);
  add(
    "docProps/core.xml",
    coreProperties(header.title, header.status, labels.commentAuthor, new Date(draft.generatedAt).toISOString()),
  );
  add("docProps/app.xml", appProperties(labels.commentAuthor));
  zip.addReadStream(utf8Chunks(documentXml(draft, withSources)), "word/document.xml", entry);
  add("word/_rels/document.xml.rels", DOCUMENT_RELS);
  add("word/styles.xml", STYLES);
  add("word/numbering.xml", NUMBERING);
  add("word/settings.xml", SETTINGS);
  zip.addReadStream(utf8Chunks(commentsXml(draft, withSources)), "word/comments.xml", entry);
  zip.end();
  return collect(zip.outputStream);
}

/** A stream of UTF-8 chunks from a generator of XML pieces; pulled as the zip consumes it. */
function utf8Chunks(pieces: Iterable<string>): Readable {
  return Readable.from(
    (function* () {
      let batch: string[] = [];
      let length = 0;
      for (const piece of pieces) {
        batch.push(piece);
        length += piece.length;
        if (length >= CHUNK_CHARACTERS) {
          yield Buffer.from(batch.join(""), "utf8");
          batch = [];
          length = 0;
        }
      }
      if (batch.length > 0) yield Buffer.from(batch.join(""), "utf8");
    })(),
    { objectMode: false },
  );
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
