/**
 * The zip container of a .docx, written by yazl (a maintained zip writer) on Node's zlib: small
 * parts from strings, the large ones streamed from UTF-8 chunks that are pulled only as yazl
 * compresses them, so a part never exists uncompressed in memory.
 */
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { useNativeCrc32ForZip } from "./native-crc32";

useNativeCrc32ForZip();

export class ZipArchive {
  private readonly zip = new ZipFile();
  private readonly written: Promise<Buffer>;
  private fail: (error: unknown) => void = () => undefined;
  /** yazl writes DOS times in local time; shifted so that the fields read the time in UTC. */
  private readonly mtime: Date;

  /** Every part carries `modified` (whole seconds, UTC): the same draft gives the same bytes wherever it is written. */
  constructor(
    modified: Date,
    private readonly compressionLevel: number,
  ) {
    this.mtime = new Date(modified.getTime() + modified.getTimezoneOffset() * 60_000);
    this.written = new Promise((resolve, reject) => {
      const pieces: Buffer[] = [];
      this.fail = reject;
      this.zip.on("error", reject);
      this.zip.outputStream.on("data", (piece: Buffer) => pieces.push(piece));
      this.zip.outputStream.on("error", reject);
      this.zip.outputStream.on("end", () => resolve(Buffer.concat(pieces)));
    });
    // Until finish() is awaited, a failure is only recorded, not an unhandled rejection.
    this.written.catch(() => undefined);
  }

  /** A small part. */
  addText(name: string, text: string): void {
    this.zip.addBuffer(Buffer.from(text, "utf8"), name, this.entryOptions());
  }

  /** A large part from UTF-8 chunks, pulled as yazl compresses them (after the parts added before it). */
  addChunks(name: string, chunks: Iterable<Buffer>): void {
    const part = Readable.from(chunks, { objectMode: false });
    // yazl pipes the stream without listening for its errors: chunks that fail fail the archive.
    part.on("error", (error) => this.fail(error));
    this.zip.addReadStream(part, name, this.entryOptions());
  }

  /** The archive's bytes, once every part is compressed; rejects with the first error of any part. */
  finish(): Promise<Buffer> {
    this.zip.end();
    return this.written;
  }

  private entryOptions() {
    return { mtime: this.mtime, compressionLevel: this.compressionLevel };
  }
}
