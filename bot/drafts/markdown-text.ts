/**
 * Staff text in Markdown stays text: whatever a person typed, it never becomes a heading, list,
 * quote, code, table, link, emphasis or HTML (CommonMark with GitHub's tables, strikethrough and
 * autolinks). Line breaks a person typed are kept as hard line breaks, so a typed list still
 * shows one item per line ("1\. Anmeldung"), as text.
 */

/** Every character that can open inline structure; "&" too, so entities show as typed. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;
/**
 * Autolinks that viewers find in plain text: scheme URLs ("://"), e-mail addresses ("@") and, for
 * viewers that link bare domains ("www.x.de", "x.de"), a dot before a letter ("z\\.B." in the source).
 */
const AUTOLINK = /:(?=\/\/)|\.(?=\p{L})|@/gu;
/**
 * What opens a block where a line starts: a list item ("-", "+", "1." or "1)" before a space), an
 * ATX heading, or a line of "=" or "-" (a setext underline or a rule). ">", "*", "_", "~" and "`"
 * are escaped everywhere already.
 */
const BLOCK_START = /^(?:[-+]|#{1,6}|\d{1,9}[.)])(?=\s|$)|^(?:=+|-+)(?=\s*$)/;
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/;
const HAS_LINE_BREAK = /[\r\n\u2028\u2029]/;

/** Anything `escapeInline` would change: one scan, and most text has none of it. */
const NEEDS_INLINE_ESCAPE = /[\\`*_[\]<>|~&@]|:\/\/|\.\p{L}/u;

function escapeInline(line: string): string {
  if (!NEEDS_INLINE_ESCAPE.test(line)) return line;
  return line
    .replace(INLINE_SPECIAL, (character) => `\\${character}`)
    .replace(AUTOLINK, (character) => `\\${character}`);
}

/** What a line opening a block starts with: "-", "+", "#", "=" or a digit. Most lines start otherwise. */
function mayStartBlock(line: string): boolean {
  const first = line.charCodeAt(0);
  return first === 0x2d || first === 0x2b || first === 0x23 || first === 0x3d || (first >= 0x30 && first <= 0x39);
}

function escapeBlockStart(line: string): string {
  if (!mayStartBlock(line)) return line;
  return line.replace(BLOCK_START, (start) =>
    /^\d/.test(start) ? `${start.slice(0, -1)}\\${start.slice(-1)}` : `\\${start}`,
  );
}

function oneLine(text: string): string {
  return text.split(LINE_BREAK).join(" ").replace(/\s+/g, " ").trim();
}

/**
 * Text that neither escaping nor `oneLine` would change: no special character, no autolink, no
 * white space but single inner spaces. Most cells of a large draft's sources ("A123", "04.03.2025").
 */
const NEEDS_INLINE_WORK = /[\\`*_[\]<>|~&@]|:\/\/|\.\p{L}|[^\S ]| {2}|^ | $/u;

/** Staff text inside a line (a heading's text, a table cell, after a label): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  if (!NEEDS_INLINE_WORK.test(text)) return text;
  return escapeInline(oneLine(text));
}

/** Staff text that starts a line (a list item's text): as `escapeMarkdownInline`, and it cannot open a block. */
export function escapeMarkdownLineStart(text: string): string {
  return escapeBlockStart(escapeMarkdownInline(text));
}

/**
 * Staff text as one paragraph: each typed line on its own line (a hard line break, "\\" at the
 * end), none able to open a block, empty lines left out so that the paragraph cannot end early.
 */
export function escapeMarkdownParagraph(text: string): string {
  if (!HAS_LINE_BREAK.test(text)) {
    // One typed line, as almost every answer is: the same as below without splitting.
    const line = text.trim();
    return line.length > 0 ? escapeBlockStart(escapeInline(line)) : "";
  }
  return text
    .split(LINE_BREAK)
    .map((line) => escapeBlockStart(escapeInline(line.trim())))
    .filter((line) => line.length > 0)
    .join("\\\n");
}
