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

export function spansOf(text: string, pattern: RegExp, kind: RedactionKind, group = 0): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const found = match[group];
    if (found === undefined || match.index === undefined) continue;
    const start = match.index + (group === 0 ? 0 : match[0].indexOf(found));
    spans.push({ start, end: start + found.length, kind });
  }
  return spans;
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
