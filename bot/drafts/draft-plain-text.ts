/**
 * The parts of a draft that are put together from data rather than written by staff — a
 * statement's differing values, a Nachweis of the register, a goal card's fields — as lines of
 * text and source references, so that each writer escapes the text and shows the references its
 * own way (footnotes in Markdown, a marker style in Word).
 */
import type { DifferingValues, DraftLabels, DraftTopic, EvidenceRecord, GoalCard, Statement } from "./draft";

/** Plain text, or the source keys to show as references. */
type Segment = { text: string } | { keys: readonly string[] };
export type SegmentLine = Segment[];

const text = (value: string): Segment => ({ text: value });
const refs = (keys: readonly string[]): Segment => ({ keys });

/** "Februar · 15 von 18 [A3]; Mai · 14 von 18 [A7]". */
function valuesLine(values: DifferingValues, labels: DraftLabels): SegmentLine {
  const line: SegmentLine = [text(`${labels.values}: `)];
  values.rows.forEach((row, index) => {
    if (index > 0) line.push(text("; "));
    line.push(text(row.values.join(" · ")), refs(row.sourceKeys));
  });
  if (values.clarificationId) line.push(text(` (${labels.clarifications} ${values.clarificationId})`));
  return line;
}

/** What a writer shows below a statement's text: values, example, then status, Nachweise and flags. */
export function statementDetails(statement: Statement, labels: DraftLabels): SegmentLine[] {
  const lines = (statement.values ?? []).map((values) => valuesLine(values, labels));
  if (statement.example)
    lines.push([text(`${labels.example}: „${statement.example.text}“`), refs([statement.example.sourceKey])]);
  const marks: string[] = [];
  if (statement.status) marks.push(labels.status[statement.status]);
  if (statement.evidenceNumbers?.length)
    marks.push(`${labels.evidence}: ${statement.evidenceNumbers.map(evidenceKey).join(", ")}`);
  for (const flag of statement.flags ?? []) marks.push(labels.statementFlags[flag]);
  if (statement.clarificationIds?.length)
    marks.push(`${labels.clarifications}: ${statement.clarificationIds.join(", ")}`);
  if (marks.length > 0) lines.push([text(marks.join(" · "))]);
  return lines;
}

/** "N3". */
export function evidenceKey(number: number): string {
  return `N${number}`;
}

/** "N3 · Protokoll Gesamtkonferenz · 05/2025 · Ablage: Intranet (auch: …) – vor dem Berichtszeitraum [A2, A9]". */
export function evidenceLine(record: EvidenceRecord, labels: DraftLabels): SegmentLine {
  const parts = [evidenceKey(record.number), record.title];
  if (record.date) parts.push(record.date);
  if (record.place) parts.push(`${labels.evidenceColumns.place}: ${record.place}`);
  let description = parts.join(" · ");
  if (record.otherNames.length > 0) description += ` (${record.otherNames.join("; ")})`;
  const flags = record.flags.map((flag) => labels.evidenceFlags[flag]);
  if (flags.length > 0) description += ` – ${flags.join(", ")}`;
  return [text(description), refs(record.sourceKeys)];
}

/** A goal card as "Feld: Wert" lines, "offen" for an empty field. */
export function goalCardLines(card: GoalCard, labels: DraftLabels): SegmentLine[] {
  const field = (label: string, value: string | undefined) => text(`${label}: ${value ?? labels.open}`);
  return [
    [field(labels.goalCard.goal, card.goal), refs(card.sourceKeys)],
    [field(labels.goalCard.justification, card.justification)],
    [field(labels.goalCard.indicator, card.indicator)],
    [field(labels.goalCard.deadline, card.deadline)],
    [field(labels.goalCard.responsible, card.responsible)],
  ];
}

/** A line as plain text with bracketed keys, for writers without markup. */
export function plainLine(line: SegmentLine): string {
  return line.map((segment) => ("text" in segment ? segment.text : ` [${segment.keys.join(", ")}]`)).join("");
}

/**
 * The reflection moves of a topic that have no statement yet, in one line ("Noch keine Aussagen zu:
 * Ergebnisse, Bewertung.") instead of a heading and "Noch keine Aussagen." for each; undefined when
 * every move has a statement.
 */
export function emptyMovesLine(topic: DraftTopic, labels: DraftLabels): string | undefined {
  const empty = topic.blocks.filter((block) => block.paragraphs.length === 0);
  if (empty.length === 0) return undefined;
  if (empty.length === topic.blocks.length) return labels.noStatements;
  return `${labels.noStatementsOn} ${empty.map((block) => block.heading).join(", ")}.`;
}
