/**
 * An append-only log on disk in numbered segments (`<prefix>-000001.ndjson`), one JSON record a
 * line. `append` resolves once its record is on disk (written and fdatasync'ed); records that
 * arrive while a write is under way go to disk together with the next one (group commit), so
 * concurrent writers share one sync instead of queueing for one each.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export interface WriteAheadLog {
  append(record: unknown): Promise<void>;
  /**
   * Starts the next segment; resolves with the number of the one it closed, once every record
   * appended before the call is on disk in it (or in an earlier one).
   */
  rotate(): Promise<number>;
  /** Bytes written to the current segment. */
  size(): number;
  /** Finishes pending appends and closes the file; later appends are refused. */
  close(): Promise<void>;
}

export interface LogSegment {
  number: number;
  file: string;
}

function segmentFile(dir: string, prefix: string, number: number): string {
  return path.join(dir, `${prefix}-${String(number).padStart(6, "0")}.ndjson`);
}

/** The segments in the folder, oldest first. */
export function listSegments(dir: string, prefix: string): LogSegment[] {
  const pattern = new RegExp(`^${prefix}-(\\d+)\\.ndjson$`);
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((entry) => entry.match)
    .map((entry) => ({ number: Number(entry.match?.[1]), file: path.join(dir, entry.name) }))
    .sort((a, b) => a.number - b.number);
}

/**
 * The records of a segment. A last line without its line break is a record whose write was cut
 * off when the process died: it was never acknowledged, so it is left out. Any other line that is
 * not JSON means the file was damaged, and is reported rather than skipped.
 */
export function readSegment(file: string): unknown[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines.pop(); // after the last line break: empty, or a record cut off mid-write
  return lines.map((line, index) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`${file}, line ${index + 1}: not a complete record; the file was damaged`);
    }
  });
}

/** Makes a file's creation, rename or removal itself survive a power cut, not only its content. */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Waiting {
  line: string;
  resolve(): void;
  reject(error: unknown): void;
}

export async function openWriteAheadLog(dir: string, prefix: string, firstSegment: number): Promise<WriteAheadLog> {
  let segment = firstSegment;
  let handle = await openSegment(dir, prefix, segment);
  let bytes = (await handle.stat()).size;
  let waiting: Waiting[] = [];
  let isFlushQueued = false;
  /** Set once a write failed or the log was closed: nothing may follow a partly written record. */
  let refusal: Error | undefined;
  // File operations run one after the other, in the order they were asked for.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(operation: () => Promise<T>): Promise<T> => {
    const result = queue.then(operation);
    queue = result.catch(() => undefined);
    return result;
  };

  const flush = async () => {
    isFlushQueued = false;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    try {
      if (refusal) throw refusal;
      const text = batch.map((entry) => entry.line).join("");
      await handle.appendFile(text);
      await handle.datasync();
      bytes += Buffer.byteLength(text);
      for (const entry of batch) entry.resolve();
    } catch (error) {
      refusal ??= new Error("the write-ahead log failed", { cause: error });
      for (const entry of batch) entry.reject(error);
    }
  };

  return {
    append(record) {
      const line = `${JSON.stringify(record)}\n`;
      return new Promise<void>((resolve, reject) => {
        if (refusal) return reject(refusal);
        waiting.push({ line, resolve, reject });
        if (!isFlushQueued) {
          isFlushQueued = true;
          void enqueue(flush);
        }
      });
    },
    rotate: () =>
      enqueue(async () => {
        if (refusal) throw refusal;
        await handle.close();
        handle = await openSegment(dir, prefix, segment + 1);
        bytes = 0;
        return segment++;
      }),
    size: () => bytes,
    close: () =>
      enqueue(async () => {
        refusal ??= new Error("the write-ahead log is closed");
        await handle.close();
      }),
  };
}

async function openSegment(dir: string, prefix: string, number: number): Promise<fs.promises.FileHandle> {
  const handle = await fs.promises.open(segmentFile(dir, prefix, number), "a");
  await syncFolder(dir);
  return handle;
}
