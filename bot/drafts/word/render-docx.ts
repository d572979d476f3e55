/**
 * Draft → Word (.docx), for every draft: WordprocessingML written piece by piece and compressed
 * as it is written (./zip-archive: yazl on Node's zlib), so a draft of 100,000 answers never
 * exists uncompressed in memory, and zlib compresses on its own thread while the next piece is built.
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

/** XML is encoded into buffers of this size: one allocation per megabyte of XML. */
const CHUNK_BYTES = 1 << 20;
/**
 * Encoded XML is handed to the zip in pieces of about this size, each a view of its buffer.
 * zlib compresses a piece on its thread pool while the next is built, in calls of 16 KiB of
 * output each, and each further call waits for the main thread, busy building: a megabyte
 * piece took a few calls, and the main thread sat idle between them once it had built its
 * next piece (about 130 ms per draft of 100,000 answers). An eighth of a megabyte, some 8 KiB
 * compressed, needs one.
 */
const HANDED_ON_BYTES = 1 << 17;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;
/** TextEncoder.encodeInto encodes a large piece faster than Buffer#write (about 30 % on Node 20), into the same bytes. */
const UTF8 = new TextEncoder();
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
  zip.addChunks("word/document.xml", utf8Chunks(documentXml(draft, withSources)));
  zip.addText("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.addText("word/styles.xml", STYLES);
  zip.addText("word/numbering.xml", NUMBERING);
  zip.addText("word/settings.xml", SETTINGS);
  zip.addChunks("word/comments.xml", utf8Chunks(commentsXml(draft, withSources)));
  return zip.finish();
}

/**
 * UTF-8 chunks from a generator of XML pieces, pulled as the zip consumes them: each piece is
 * encoded into the chunk as it comes, so no list of pieces waits to be joined.
 */
function* utf8Chunks(pieces: Iterable<string>): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let length = 0;
  // Bytes before `handedOn` are the zip's: they are never written again, only after them.
  let handedOn = 0;
  for (const piece of pieces) {
    if (chunk.length - length < piece.length * MAX_BYTES_PER_UNIT) {
      if (length > handedOn) yield chunk.subarray(handedOn, length);
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, piece.length * MAX_BYTES_PER_UNIT));
      length = 0;
      handedOn = 0;
    }
    length += UTF8.encodeInto(piece, chunk.subarray(length)).written;
    if (length - handedOn >= HANDED_ON_BYTES) {
      yield chunk.subarray(handedOn, length);
      handedOn = length;
    }
  }
  if (length > handedOn) yield chunk.subarray(handedOn, length);
}
