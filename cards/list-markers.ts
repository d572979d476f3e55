/**
 * Teams renders Markdown in message text and in a TextBlock: a line that starts with a number and
 * a dot or parenthesis ("5. Oktober 2027", a typed "1) Ziele") becomes a numbered list starting at
 * that number. A backslash before the dot keeps the line as written; the reader sees no backslash.
 */

/** Up to three spaces, one to nine digits, "." or ")", then a space or the end of the line: CommonMark's list start. */
const LIST_MARKER = /^( {0,3}\d{1,9})([.)])(?=[ \t]|$)/gm;

/** `text` with every line-start list marker escaped, so it shows as typed. */
export function escapeListMarkers(text: string): string {
  return text.replace(LIST_MARKER, "$1\\$2");
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Escapes list markers wherever a rendered card shows Markdown: a TextBlock's text and a fact's
 * title and value. A TextRun shows its text as it is (no Markdown), so it is left alone.
 */
export function withoutListMarkers<Card>(card: Card): Card {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const copy: Json = {};
    for (const [key, value] of Object.entries(node)) copy[key] = walk(value);
    if (node.type === "TextBlock" && typeof copy.text === "string") copy.text = escapeListMarkers(copy.text);
    if (node.type === "FactSet" && Array.isArray(copy.facts))
      copy.facts = (copy.facts as unknown[]).map((fact) =>
        isObject(fact)
          ? {
              ...fact,
              ...(typeof fact.title === "string" ? { title: escapeListMarkers(fact.title) } : {}),
              ...(typeof fact.value === "string" ? { value: escapeListMarkers(fact.value) } : {}),
            }
          : fact,
      );
    return copy;
  };
  return walk(card) as Card;
}
