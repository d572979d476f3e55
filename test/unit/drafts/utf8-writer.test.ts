import { createUtf8Writer } from "../../../bot/drafts/utf8-writer";

describe("the UTF-8 writer behind the Markdown download", () => {
  it("grows far past what it reserved, splitting no character of any width", () => {
    const pieces = ["Qualitätsentwicklung „Ü“ 😀", "\n", "x".repeat(37), "ß€", ""];
    const writer = createUtf8Writer(8);
    const written: string[] = [];
    for (let round = 0; round < 500; round++)
      for (const piece of pieces) {
        writer.write(piece);
        written.push(piece);
      }
    const expected = Buffer.from(written.join(""), "utf8");
    expect(expected.length).toBeGreaterThan(8 * 1024);
    expect(writer.bytes().equals(expected)).toBe(true);
  });

  it("gives exactly the bytes written when it reserved more, and none when nothing was written", () => {
    const writer = createUtf8Writer(1 << 16);
    expect(writer.bytes().length).toBe(0);
    writer.write("Überprüfung");
    expect(writer.bytes().equals(Buffer.from("Überprüfung", "utf8"))).toBe(true);
  });
});
