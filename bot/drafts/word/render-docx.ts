/**
 * Draft → Word (.docx), for every draft: WordprocessingML written piece by piece and compressed
 * as it is written (./zip-archive, on Node's zlib), so a draft of 100,000 answers never exists
 * uncompressed in memory, and zlib compresses on its own thread while the next piece is built.
 */
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
import { ZipArchive } from "./zip-archive";

/** Pieces are joined to about this many characters before compression: fewer, larger writes. */
const CHUNK_CHARACTERS = 64 * 1024;
/** Level 1: the XML is repetitive enough that harder compression saves little and costs twice the time. */
const COMPRESSION_LEVEL = 1;

export async function renderDocx(draft: Draft, options: DraftWriterOptions = {}): Promise<Buffer> {
  const withSources = showsSources(options);
  const { header, labels } = draft;
  // Every part carries the draft's time: the same draft gives the same bytes.
  const zip = new ZipArchive(new Date(draft.generatedAt), COMPRESSION_LEVEL);
  zip.addText("[Content_Types].xml", CONTENT_TYPES);
  zip.addText("_rels/.rels", PACKAGE_RELS);
  zip.addText(
    "docProps/core.xml",
    coreProperties(header.title, header.status, labels.commentAuthor, new Date(draft.generatedAt).toISOString()),
  );
  zip.addText("docProps/app.xml", appProperties(labels.commentAuthor));
  await zip.addChunks("word/document.xml", utf8Chunks(documentXml(draft, withSources)));
  zip.addText("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.addText("word/styles.xml", STYLES);
  zip.addText("word/numbering.xml", NUMBERING);
  zip.addText("word/settings.xml", SETTINGS);
  await zip.addChunks("word/comments.xml", utf8Chunks(commentsXml(draft, withSources)));
  return zip.finish();
}

/** UTF-8 chunks from a generator of XML pieces; pulled as the zip consumes them. */
function* utf8Chunks(pieces: Iterable<string>): Generator<Buffer> {
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
}
