/**
 * The Word file's zip checksums come from zlib, not buffer-crc32's JavaScript loop
 * (bot/drafts/word/native-crc32.ts): the same value for every input and partial CRC yazl can pass.
 */
import bufferCrc32 from "buffer-crc32";
import fc from "fast-check";
import { nativeUnsignedCrc32 } from "../../../bot/drafts/word/native-crc32";
import { assertProperty } from "../../support/property-runs";

/** buffer-crc32's own result; `signed` is never replaced. */
const reference = (input: Buffer | string, partial?: Buffer | number) => bufferCrc32.signed(input, partial) >>> 0;

describe("native CRC-32 for the zip", () => {
  it("gives buffer-crc32's value for any bytes, carried on from any partial CRC, as a number or four bytes", () => {
    assertProperty(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (first, second) => {
        const head = Buffer.from(first);
        const tail = Buffer.from(second);
        expect(nativeUnsignedCrc32(head)).toBe(reference(head));
        const partial = nativeUnsignedCrc32(head);
        expect(nativeUnsignedCrc32(tail, partial)).toBe(reference(tail, partial));
        expect(nativeUnsignedCrc32(tail, partial)).toBe(reference(Buffer.concat([head, tail])));
        expect(nativeUnsignedCrc32(tail, bufferCrc32(head))).toBe(reference(tail, bufferCrc32(head)));
        // A signed partial CRC, as buffer-crc32's `signed` returns it.
        expect(nativeUnsignedCrc32(tail, partial | 0)).toBe(reference(tail, partial | 0));
      }),
      { numRuns: 400 },
    );
  });

  it("reads text as UTF-8, as buffer-crc32 does", () => {
    assertProperty(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) =>
        expect(nativeUnsignedCrc32(text)).toBe(reference(text)),
      ),
    );
  });

  it("is what yazl calls once a zip archive module is loaded", async () => {
    const before = bufferCrc32.unsigned;
    await import("../../../bot/drafts/word/zip-archive");
    expect(before).not.toBe(nativeUnsignedCrc32);
    expect(bufferCrc32.unsigned).toBe(nativeUnsignedCrc32);
  });
});
