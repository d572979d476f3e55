/**
 * The zip container of a .docx, built in memory: each part deflated by Node's zlib, its CRC-32
 * by zlib's native crc32. Sizes and CRC are known before a part's local header is placed, so no
 * data descriptors and no zip64 (a part or the archive at 4 GiB is refused).
 */
import { once } from "node:events";
import { setImmediate } from "node:timers/promises";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_OF_CENTRAL_DIRECTORY_BYTES = 22;
/** Version 2.0: deflate, no zip64; made by MS-DOS (0), so external attributes are plain flags. */
const ZIP_VERSION = 20;
const DEFLATE = 8;
/** Bit 11: names are UTF-8. Part names are ASCII, so readers that ignore the bit read the same name. */
const NAMES_ARE_UTF8 = 1 << 11;
const MAX_32_BIT = 0xffffffff;
/** Bytes a streamed part may have queued for compression before the writer waits for zlib. */
const QUEUED_BYTES = 4 << 20;
/** zlib's output buffer: large enough that a chunk of the writer is compressed in one go on the thread pool. */
const DEFLATE_OUTPUT_BYTES = 256 * 1024;

interface StoredPart {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

interface DeflatedPart {
  crc: number;
  size: number;
  compressed: Buffer[];
}

export class ZipArchive {
  private readonly pieces: Buffer[] = [];
  private readonly parts: StoredPart[] = [];
  private offset = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;

  /** Every part carries `modified` (whole seconds, UTC): the same draft gives the same bytes wherever it is written. */
  constructor(
    modified: Date,
    private readonly compressionLevel: number,
  ) {
    this.dosTime = (modified.getUTCHours() << 11) | (modified.getUTCMinutes() << 5) | (modified.getUTCSeconds() >> 1);
    this.dosDate =
      ((Math.max(1980, modified.getUTCFullYear()) - 1980) << 9) |
      ((modified.getUTCMonth() + 1) << 5) |
      modified.getUTCDate();
  }

  /** A small part, deflated at once. */
  addText(name: string, text: string): void {
    const bytes = Buffer.from(text, "utf8");
    const compressed = deflateRawSync(bytes, { level: this.compressionLevel });
    this.place(name, { crc: crc32(bytes), size: bytes.length, compressed: [compressed] });
  }

  /**
   * A large part from UTF-8 chunks, pulled one by one: zlib compresses a chunk on its thread
   * pool while the next is built, so a part never exists uncompressed in memory.
   */
  async addChunks(name: string, chunks: Iterable<Buffer>): Promise<void> {
    this.place(name, await deflateChunks(chunks, this.compressionLevel));
  }

  /** The archive's bytes: the parts as added, then the central directory. */
  finish(): Buffer {
    // 0xFFFF entries is the zip64 marker of the end record, as 0xFFFFFFFF is of sizes and offsets.
    if (this.parts.length >= 0xffff) throw new RangeError("more parts than a zip without zip64 can hold");
    const directoryOffset = this.offset;
    for (const part of this.parts) this.append(centralHeader(part, this.dosTime, this.dosDate));
    const directorySize = this.offset - directoryOffset;
    checkFits(this.offset, "the archive");
    this.append(endOfCentralDirectory(this.parts.length, directorySize, directoryOffset));
    return Buffer.concat(this.pieces, this.offset);
  }

  private place(name: string, deflated: DeflatedPart): void {
    const compressedSize = deflated.compressed.reduce((sum, chunk) => sum + chunk.length, 0);
    checkFits(deflated.size, name);
    checkFits(this.offset + compressedSize, "the archive");
    const part: StoredPart = {
      name: Buffer.from(name, "utf8"),
      crc: deflated.crc,
      compressedSize,
      size: deflated.size,
      localHeaderOffset: this.offset,
    };
    this.parts.push(part);
    this.append(localHeader(part, this.dosTime, this.dosDate));
    for (const chunk of deflated.compressed) this.append(chunk);
  }

  private append(bytes: Buffer): void {
    this.pieces.push(bytes);
    this.offset += bytes.length;
  }
}

async function deflateChunks(chunks: Iterable<Buffer>, level: number): Promise<DeflatedPart> {
  const deflate = createDeflateRaw({ level, chunkSize: DEFLATE_OUTPUT_BYTES });
  const compressed: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => compressed.push(chunk));
  const ended = once(deflate, "end");
  // A failure before the end is awaited would otherwise be an unhandled rejection.
  ended.catch(() => undefined);
  let crc = 0;
  let size = 0;
  try {
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      deflate.write(chunk);
      // "drain" comes once all that was queued is compressed (each chunk is over the stream's own mark).
      if (deflate.writableLength > QUEUED_BYTES) await once(deflate, "drain");
      // Otherwise one turn of the event loop: zlib hands back the chunk it finished and starts the
      // next queued one, so that it compresses while this thread builds the following chunk.
      else await setImmediate();
    }
    deflate.end();
    await ended;
  } catch (error) {
    deflate.destroy();
    throw error;
  }
  return { crc, size, compressed };
}

function checkFits(bytes: number, what: string): void {
  // From this on a zip needs zip64 records (the value itself is their marker), which this writer
  // does not write; a draft is far smaller.
  if (bytes >= MAX_32_BIT) throw new RangeError(`${what} is larger than a zip without zip64 can hold`);
}

function localHeader(part: StoredPart, dosTime: number, dosDate: number): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_BYTES + part.name.length);
  header.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(ZIP_VERSION, 4);
  header.writeUInt16LE(NAMES_ARE_UTF8, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(dosTime, 10);
  header.writeUInt16LE(dosDate, 12);
  header.writeUInt32LE(part.crc, 14);
  header.writeUInt32LE(part.compressedSize, 18);
  header.writeUInt32LE(part.size, 22);
  header.writeUInt16LE(part.name.length, 26);
  header.writeUInt16LE(0, 28);
  part.name.copy(header, LOCAL_HEADER_BYTES);
  return header;
}

function centralHeader(part: StoredPart, dosTime: number, dosDate: number): Buffer {
  const header = Buffer.alloc(CENTRAL_HEADER_BYTES + part.name.length);
  header.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(ZIP_VERSION, 4);
  header.writeUInt16LE(ZIP_VERSION, 6);
  header.writeUInt16LE(NAMES_ARE_UTF8, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(dosTime, 12);
  header.writeUInt16LE(dosDate, 14);
  header.writeUInt32LE(part.crc, 16);
  header.writeUInt32LE(part.compressedSize, 20);
  header.writeUInt32LE(part.size, 24);
  header.writeUInt16LE(part.name.length, 28);
  // Extra field, comment, disk number, internal and external attributes: none (all zero).
  header.writeUInt32LE(part.localHeaderOffset, 42);
  part.name.copy(header, CENTRAL_HEADER_BYTES);
  return header;
}

function endOfCentralDirectory(partCount: number, directorySize: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(END_OF_CENTRAL_DIRECTORY_BYTES);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY_SIGNATURE, 0);
  record.writeUInt16LE(partCount, 8);
  record.writeUInt16LE(partCount, 10);
  record.writeUInt32LE(directorySize, 12);
  record.writeUInt32LE(directoryOffset, 16);
  return record;
}
