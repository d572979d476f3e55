import fc from "fast-check";
import {
  escapeMarkdownInline,
  escapeMarkdownLineStart,
  escapeMarkdownParagraph,
} from "../../../bot/drafts/markdown-text";
import { assertProperty } from "../../support/property-runs";

/**
 * The escaping written plainly, without the shortcuts the writer takes for text that needs none
 * (one typed line, no special character, no block start): the shortcuts must not change a character.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;
const AUTOLINK = /:(?=\/\/)|\.(?=\p{L})|@/gu;
const BLOCK_START = /^(?:[-+]|#{1,6}|\d{1,9}[.)])(?=\s|$)|^(?:=+|-+)(?=\s*$)/;
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/;

function plainInline(line: string): string {
  return line
    .replace(INLINE_SPECIAL, (character) => `\\${character}`)
    .replace(AUTOLINK, (character) => `\\${character}`);
}

function plainBlockStart(line: string): string {
  return line.replace(BLOCK_START, (start) =>
    /^\d/.test(start) ? `${start.slice(0, -1)}\\${start.slice(-1)}` : `\\${start}`,
  );
}

function plainParagraph(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => plainBlockStart(plainInline(line.trim())))
    .filter((line) => line.length > 0)
    .join("\\\n");
}

/** Text a person might type, dense in what Markdown reads as structure. */
const typed = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."-+#=1234567890.):/@_*`[]<>|~&\\ \t\u00a0\r\n\u2028\u2029äÄßx„“😀"),
      fc.constantFrom("z.B.", "https://", "- ", "1. ", "## ", "===", "---", "  ", "a@b.de", "www.vhs.de"),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(""));

describe("Markdown escaping of staff text", () => {
  it("writes a paragraph exactly as the plain escaping does, whether it has one line or many", () => {
    assertProperty(
      fc.property(typed, (text) => {
        expect(escapeMarkdownParagraph(text)).toBe(plainParagraph(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("lets no line start open a block, exactly as the plain escaping does", () => {
    assertProperty(
      fc.property(typed, (text) => {
        expect(escapeMarkdownLineStart(text)).toBe(plainBlockStart(escapeMarkdownInline(text)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps typical answers as typed and escapes what would become structure", () => {
    expect(escapeMarkdownParagraph("Wir werten die Anmeldungen jedes Semester aus.")).toBe(
      "Wir werten die Anmeldungen jedes Semester aus.",
    );
    expect(escapeMarkdownParagraph("  1. Anmeldung *online*, z.B. über vhs.de  ")).toBe(
      "1\\. Anmeldung \\*online\\*, z\\.B. über vhs\\.de",
    );
    expect(escapeMarkdownParagraph("# Titel\n\n- Punkt")).toBe("\\# Titel\\\n\\- Punkt");
  });
});
