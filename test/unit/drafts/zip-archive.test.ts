import { crc32 } from "node:zlib";
import JSZip from "jszip";
import * as yauzl from "yauzl";
import { ZipArchive } from "../../../bot/drafts/word/zip-archive";

const MODIFIED = new Date("2026-04-14T08:00:30.000Z");

/** Text over many chunks (more than the writer lets queue for compression), with characters of every UTF-8 width. */
function largeText(): string[] {
  const line = "<w:t>Qualitätsentwicklung „Ü“ 😀 ß€ Kursanfragen und Wartelisten auswerten</w:t>\n";
  return Array.from({ length: 400 }, (_, index) => `${index}:${line.repeat(200)}`);
}

async function archive(chunks: readonly string[]): Promise<Buffer> {
  const zip = new ZipArchive(MODIFIED, 1);
  zip.addText("[Content_Types].xml", "<Types/>");
  zip.addChunks(
    "word/document.xml",
    chunks.map((chunk) => Buffer.from(chunk, "utf8")),
  );
  zip.addText("word/empty.xml", "");
  return zip.finish();
}

/** Every entry as yauzl sees it: name, sizes, CRC from the central directory, and the inflated bytes. */
function readWithYauzl(file: Buffer): Promise<{ name: string; crc: number; bytes: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(file, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: { name: string; crc: number; bytes: Buffer }[] = [];
      zip.on("error", reject);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const parts: Buffer[] = [];
          stream.on("data", (part: Buffer) => parts.push(part));
          stream.on("error", reject);
          stream.on("end", () => {
            entries.push({ name: entry.fileName, crc: entry.crc32, bytes: Buffer.concat(parts) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

describe("the zip container of a .docx", () => {
  it("holds each part with its exact bytes and CRC, as two independent zip readers see it", async () => {
    const chunks = largeText();
    const file = await archive(chunks);
    const document = Buffer.from(chunks.join(""), "utf8");

    const entries = await readWithYauzl(file);
    expect(entries.map((entry) => entry.name)).toEqual(["[Content_Types].xml", "word/document.xml", "word/empty.xml"]);
    expect(entries[1]?.bytes.equals(document)).toBe(true);
    expect(entries.map((entry) => entry.crc)).toEqual(entries.map((entry) => crc32(entry.bytes)));

    const zip = await JSZip.loadAsync(file, { checkCRC32: true });
    expect(await zip.file("word/document.xml")?.async("string")).toBe(chunks.join(""));
    expect(await zip.file("[Content_Types].xml")?.async("string")).toBe("<Types/>");
    expect(await zip.file("word/empty.xml")?.async("string")).toBe("");
    // DOS time has two-second steps; the draft's time is written in UTC.
    expect(zip.file("word/document.xml")?.date.toISOString()).toBe("2026-04-14T08:00:30.000Z");
  });

  it("compresses the large part and gives the same bytes for the same parts", async () => {
    const chunks = largeText();
    const first = await archive(chunks);
    expect(first.equals(await archive(chunks))).toBe(true);
    expect(first.length).toBeLessThan(Buffer.byteLength(chunks.join(""), "utf8") / 20);
  });

  it("writes the same bytes whatever the chunks", async () => {
    const text = largeText().join("");
    const inOne = await archive([text]);
    expect(inOne.equals(await archive(largeText()))).toBe(true);
    const document = (await readWithYauzl(inOne)).find((entry) => entry.name === "word/document.xml");
    expect(document?.bytes.toString("utf8")).toBe(text);
  });

  it("fails the part with the error of its chunks when they fail halfway", async () => {
    const zip = new ZipArchive(MODIFIED, 1);
    const failure = new Error("the draft could not be built");
    function* failingHalfway(): Generator<Buffer> {
      for (const chunk of largeText().slice(0, 200)) yield Buffer.from(chunk, "utf8");
      throw failure;
    }
    zip.addText("[Content_Types].xml", "<Types/>");
    zip.addChunks("word/document.xml", failingHalfway());
    await expect(zip.finish()).rejects.toBe(failure);
  });
});
