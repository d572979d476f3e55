/**
 * The local journal's log on disk (functions/local/write-ahead-log.ts): records overwrite zeros
 * written ahead of them, so a sync flushes their data only and never a new file size; what a
 * killed process left (records, a record cut off, the zeros after it) reads back as the records
 * it acknowledged.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listSegments, openWriteAheadLog, readSegment } from "../../../functions/local/write-ahead-log";

const PREFIX = "journal";

describe("the journal's log on disk", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-reflect-wal-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const onlySegment = () => {
    const segments = listSegments(dir, PREFIX);
    expect(segments).toHaveLength(1);
    return segments[0]?.file ?? "";
  };
  const record = (n: number) => ({ id: `a-${n}`, text: `Antwort ${n} – Erstgespräch überarbeitet` });

  it("writes records into space filled ahead of them, so the file does not grow with each record", async () => {
    const log = await openWriteAheadLog(dir, PREFIX, 1, { preallocateBytes: 64 * 1024 });
    await log.append(record(1));
    const sizeAfterFirst = fs.statSync(onlySegment()).size;
    for (let n = 2; n <= 20; n++) await log.append(record(n));

    expect(sizeAfterFirst).toBe(64 * 1024);
    expect(fs.statSync(onlySegment()).size).toBe(64 * 1024);
    expect(readSegment(onlySegment())).toEqual(Array.from({ length: 20 }, (_, i) => record(i + 1)));
    expect(log.size()).toBe(fs.readFileSync(onlySegment()).indexOf(0));
    await log.close();
  });

  it("fills more space when the records go past it, and keeps every record", async () => {
    const log = await openWriteAheadLog(dir, PREFIX, 1, { preallocateBytes: 256 });
    const records = Array.from({ length: 30 }, (_, i) => record(i + 1));
    await Promise.all(records.map((each) => log.append(each)));

    const size = fs.statSync(onlySegment()).size;
    expect(size % 256).toBe(0);
    expect(size).toBeGreaterThanOrEqual(log.size());
    expect(readSegment(onlySegment())).toEqual(records);
    await log.close();
  });

  it("cuts off the zeros after the last record when a segment is rotated or closed", async () => {
    const log = await openWriteAheadLog(dir, PREFIX, 1, { preallocateBytes: 64 * 1024 });
    await log.append(record(1));
    const closed = await log.rotate();
    await log.append(record(2));
    await log.close();

    const [first, second] = listSegments(dir, PREFIX);
    expect(closed).toBe(1);
    for (const [segment, expected] of [
      [first, record(1)],
      [second, record(2)],
    ] as const) {
      const bytes = fs.readFileSync(segment?.file ?? "");
      expect(bytes.includes(0)).toBe(false);
      expect(bytes.toString("utf8")).toBe(`${JSON.stringify(expected)}\n`);
    }
  });

  it("reads the records a killed process acknowledged, without the record cut off before the zeros", async () => {
    const log = await openWriteAheadLog(dir, PREFIX, 1, { preallocateBytes: 64 * 1024 });
    await log.append(record(1));
    await log.append(record(2));
    // The process dies mid-write: part of a third record lies in the zeros, and nothing cuts them off.
    const file = onlySegment();
    const written = log.size();
    const handle = fs.openSync(file, "r+");
    fs.writeSync(handle, '{"id":"a-3","te', written);
    fs.closeSync(handle);

    expect(fs.statSync(file).size).toBe(64 * 1024);
    expect(readSegment(file)).toEqual([record(1), record(2)]);
    await log.close();
  });

  it("goes on after the last whole record of a segment that exists already, dropping what was cut off", async () => {
    const file = path.join(dir, `${PREFIX}-000001.ndjson`);
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${JSON.stringify(record(1))}\n{"id":"a-cut`), Buffer.alloc(512)]),
    );

    const log = await openWriteAheadLog(dir, PREFIX, 1, { preallocateBytes: 1024 });
    await log.append(record(2));
    await log.close();

    expect(readSegment(file)).toEqual([record(1), record(2)]);
  });

  it("keeps a record whose text holds a NUL character: JSON writes it escaped, never as a zero byte", async () => {
    const log = await openWriteAheadLog(dir, PREFIX, 1, { preallocateBytes: 1024 });
    const withNul = { id: "a-nul", text: "vor\u0000nach" };
    await log.append(withNul);
    await log.append(record(2));
    await log.close();

    expect(readSegment(onlySegment())).toEqual([withNul, record(2)]);
  });
});
