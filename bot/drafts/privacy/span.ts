/** A stretch of text found to be personal data, and what it becomes. */
export type RedactionKind = "member" | "name" | "email" | "phone" | "address" | "birthDate" | "link" | "iban";

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  kind: RedactionKind;
  /** For members: their pseudonym (or consented name); other kinds take their placeholder. */
  replacement?: string;
}

/** The matches of a global `pattern` (or of its capture `group`) as spans of `kind`. */
export function spansOf(text: string, pattern: RegExp, kind: RedactionKind, group = 0): Span[] {
  const spans: Span[] = [];
  eachMatch(text, pattern, (match) => {
    const found = match[group];
    if (found === undefined) return;
    const start = match.index + (group === 0 ? 0 : match[0].indexOf(found));
    spans.push({ start, end: start + found.length, kind });
  });
  return spans;
}

/**
 * Visits what `text.matchAll(pattern)` yields, for a pattern with the "g" flag, without the copy
 * of the pattern matchAll makes on every call (this runs for every answer, several times); stops
 * where `visit` returns true. The pattern's `lastIndex` holds the place: `visit` must not use it.
 */
export function eachMatch(text: string, pattern: RegExp, visit: (match: RegExpExecArray) => boolean | void): void {
  if (!pattern.global) throw new Error(`${String(pattern)} needs the g flag`);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (match[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    if (visit(match) === true) return;
  }
}

function nextIndex(text: string, index: number, isUnicode: boolean): number {
  if (!isUnicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

/** Overlapping finds: the earlier wins, and of two starting together the longer; what is left is sorted. */
export function withoutOverlaps(spans: readonly Span[]): Span[] {
  // A member found in the same words as a name wins: it keeps the member's pseudonym.
  const sorted = [...spans].sort(
    (a, b) => a.start - b.start || b.end - a.end || Number(b.kind === "member") - Number(a.kind === "member"),
  );
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      // A longer find that starts inside the last one extends it ("Dr. Meier" inside "Herr Dr. Meier").
      if (span.end > last.end && span.kind === last.kind && span.kind !== "member") last.end = span.end;
      continue;
    }
    kept.push({ ...span });
  }
  return kept;
}
