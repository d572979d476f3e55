/**
 * Text a person typed (answers, evidence, names, settings), made safe once where it is stored:
 * every writer (Word XML, Markdown, cards) can then rely on it, and still escapes for its format.
 * This is the one text normaliser for stored text; matching keys (commands, near-duplicates)
 * are built from its output.
 */
import { z } from "zod";

/** Line separators other than "\n": CR LF, bare CR (old Mac, some pastes), VT, FF, NEL, U+2028/U+2029. */
const LINE_SEPARATORS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
/**
 * What no writer can carry or a reader would misread: C0 controls but tab and newline, DEL and
 * C1 controls, zero-width space and byte-order mark (invisible paste debris), the non-characters
 * U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane (not allowed in XML), and lone surrogates.
 */
const UNSAFE =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Quick test whether anything needs doing (most texts are clean; `.test` on a /g regex would keep state). */
const NEEDS_WORK =
  /[\r\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/;

/** A lone surrogate becomes U+FFFD (so that something visibly was there); every other unsafe character goes. */
function replaceUnsafe(character: string): string {
  return character.length === 1 && character >= "\uD800" && character <= "\uDFFF" ? "\uFFFD" : "";
}

/**
 * Line breaks become "\n"; controls, non-characters and invisible debris are removed; lone
 * surrogates become U+FFFD; the result is NFC (so "ü" typed on a Mac and on Windows is one text).
 * Tabs and line breaks stay. Idempotent.
 */
export function normaliseTypedText(text: string): string {
  const cleaned = NEEDS_WORK.test(text) ? text.replace(LINE_SEPARATORS, "\n").replace(UNSAFE, replaceUnsafe) : text;
  return cleaned.normalize("NFC");
}

/** A one-line text (a display name, a group name): normalised, every run of white space one space, trimmed. */
export function normaliseTypedLine(text: string): string {
  return normaliseTypedText(text).replace(/\s+/g, " ").trim();
}

/** True when `normaliseTypedText` would change nothing: for checks in tests and writers. */
export function isNormalisedTypedText(text: string): boolean {
  return normaliseTypedText(text) === text;
}

/** A string schema that normalises what it parses (writes and reads alike: old documents come back clean). */
export const typedTextSchema = () => z.string().overwrite(normaliseTypedText);
/** The one-line variant, for names. */
export const typedLineSchema = () => z.string().overwrite(normaliseTypedLine);
