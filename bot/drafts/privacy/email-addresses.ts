/**
 * E-mail addresses, also as people disguise them: "a.berg (at) vhs-musterstadt.de",
 * "info[at]vhs-musterstadt[dot]de", "anna at vhs-musterstadt punkt de".
 */
import { spansOf, type Span } from "./span";

const LOCAL = "[\\p{L}\\p{N}._%+-]*[\\p{L}\\p{N}_%+-]";
const AT = "(?:\\s*@\\s*|\\s*[([{<]\\s*(?:at|ät|@)\\s*[)\\]}>]\\s*|\\s+(?:at|ät)\\s+|\\s*\\(\\s*[aä]t\\s*\\)\\s*)";
const DOT = "(?:\\.|\\s*[([{<]\\s*(?:dot|punkt)\\s*[)\\]}>]\\s*|\\s+(?:dot|punkt)\\s+)";
const LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
const TLD = "\\p{L}{2,12}";
const EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])(?:mailto:)?${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD}(?![\\p{L}\\p{N}])`,
  "giu",
);

/** Every address has an "@" or an "at"/"ät" standing alone (AT above): most answers have neither. */
const MAY_HAVE_ADDRESS = /@|(?<!\p{L})[aä]t(?!\p{L})/iu;

export function findEmailAddresses(text: string): Span[] {
  return MAY_HAVE_ADDRESS.test(text) ? spansOf(text, EMAIL, "email") : [];
}
