/**
 * One file of a zip archive, compressed while it is written: text goes in piece by piece and
 * only the compressed bytes are kept. Each chunk is deflated on its own and ends with a sync
 * flush, so the chunks concatenate into one valid deflate stream (as pigz does), and a large
 * part never exists uncompressed in memory.
 */
import * as zlib from "node:zlib";

/** Large enough that losing the dictionary between chunks costs next to nothing. */
const CHUNK_CHARACTERS = 256 * 1024;

export interface CompressedPart {
  name: string;
  crc32: number;
  size: number;
  compressedSize: number;
  chunks: Buffer[];
}

export interface DeflatedPart {
  write(text: string): void;
  finish(): CompressedPart;
}

export function createDeflatedPart(name: string): DeflatedPart {
  let pending: string[] = [];
  let pendingCharacters = 0;
  const chunks: Buffer[] = [];
  let crc32 = 0;
  let size = 0;
  let compressedSize = 0;

  const compress = (isLast: boolean) => {
    const data = Buffer.from(pending.join(""), "utf8");
    pending = [];
    pendingCharacters = 0;
    crc32 = zlib.crc32(data, crc32);
    size += data.length;
    // Level 1: the XML is repetitive enough that faster compression loses little size.
    const compressed = zlib.deflateRawSync(data, {
      level: 1,
      finishFlush: isLast ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    chunks.push(compressed);
    compressedSize += compressed.length;
  };

  return {
    write(text) {
      pending.push(text);
      pendingCharacters += text.length;
      if (pendingCharacters >= CHUNK_CHARACTERS) compress(false);
    },
    finish() {
      compress(true);
      return { name, crc32, size, compressedSize, chunks };
    },
  };
}

/** A small part, written at once. */
export function compressPart(name: string, text: string): CompressedPart {
  const part = createDeflatedPart(name);
  part.write(text);
  return part.finish();
}
