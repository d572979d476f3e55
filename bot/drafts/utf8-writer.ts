/**
 * Text written straight into one growing UTF-8 buffer: a large Markdown draft (28 MB at 100,000
 * answers) is encoded line by line, so that no line outlives its write, and no list of chunks
 * waits for a final copy into one buffer.
 */

export interface Utf8Writer {
  write(text: string): void;
  /** The bytes written so far: a view of the writer's buffer, not a copy. */
  bytes(): Buffer;
}

const INITIAL_BYTES = 1 << 20;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

/** `initialBytes` is reserved, not touched: pages the writer never reaches never become resident. */
export function createUtf8Writer(initialBytes = INITIAL_BYTES): Utf8Writer {
  let buffer = Buffer.allocUnsafe(Math.max(1, initialBytes));
  let length = 0;
  const makeRoom = (needed: number) => {
    let capacity = buffer.length;
    while (capacity - length < needed) capacity *= 2;
    const larger = Buffer.allocUnsafe(capacity);
    buffer.copy(larger, 0, 0, length);
    buffer = larger;
  };
  return {
    write(text) {
      if (buffer.length - length < text.length * MAX_BYTES_PER_UNIT) {
        const needed = Buffer.byteLength(text, "utf8");
        if (buffer.length - length < needed) makeRoom(needed);
      }
      length += buffer.write(text, length, "utf8");
    },
    bytes: () => buffer.subarray(0, length),
  };
}
