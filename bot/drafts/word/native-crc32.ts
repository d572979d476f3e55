/**
 * yazl checksums every part of the .docx with buffer-crc32, a JavaScript table read one byte at a
 * time: about 160 ms of the main thread per 64 MB, some 200 ms for the Word file of 100,000 answers.
 * Node's zlib.crc32 (Node 20.15 and 22.2 on) is the same CRC-32 in native code, about ten times
 * faster. yazl looks up `crc32.unsigned` on buffer-crc32's export at every call, so that one
 * function is replaced there; the archive's bytes stay the same (test/unit/drafts/native-crc32.test.ts).
 */
import bufferCrc32 from "buffer-crc32";
import * as zlib from "node:zlib";

type Crc32Input = Parameters<typeof bufferCrc32.unsigned>[0];
type PartialCrc = Parameters<typeof bufferCrc32.unsigned>[1];

/** buffer-crc32's `unsigned`, computed by zlib: a partial CRC may be a number or its four bytes big-endian. */
export function nativeUnsignedCrc32(input: Crc32Input, partialCrc?: PartialCrc): number {
  const previous = Buffer.isBuffer(partialCrc) ? partialCrc.readUInt32BE(0) : (partialCrc ?? 0);
  return zlib.crc32(input, previous >>> 0);
}

/** Has yazl's checksums computed by zlib from now on, where this Node has zlib.crc32. */
export function useNativeCrc32ForZip(): void {
  if (typeof zlib.crc32 === "function") bufferCrc32.unsigned = nativeUnsignedCrc32;
}
