/**
 * word/comments.xml of a draft, in document order: on each statement one comment naming its
 * sources, and for each point to clarify it is one side of, a comment quoting the other side(s).
 */
import type { Draft, DraftSection, DraftSource, PointToClarify, Statement } from "../draft";
import { commentsOn, STATEMENTS_PER_PIECE, statementsInOrder } from "./statement-order";
import { COMMENTS_END, COMMENTS_START } from "./wordml-parts";
import { escapeXml, textParagraph } from "./wordml-xml";

const COMMENT_INITIALS = "QR";

export function* commentsXml(draft: Draft, withSources: boolean): Generator<string> {
  yield COMMENTS_START;
  const writer = new CommentWriter(draft, withSources);
  for (const section of draft.sections) {
    const statements = statementsInOrder(section);
    writer.startSection(section);
    for (let from = 0; from < statements.length; from += STATEMENTS_PER_PIECE)
      yield writer.commentsOn(statements.slice(from, from + STATEMENTS_PER_PIECE));
  }
  yield COMMENTS_END;
}

/** Writes the comments of statements in document order, counting their ids as document.xml does. */
class CommentWriter {
  private readonly attributes: string;
  private nextId = 0;
  private section: DraftSection | undefined;
  private sourceOf: SourceLookup = () => undefined;

  constructor(
    private readonly draft: Draft,
    private readonly withSources: boolean,
  ) {
    const author = escapeXml(draft.labels.commentAuthor);
    const date = new Date(draft.generatedAt).toISOString();
    this.attributes = `w:author="${author}" w:date="${date}" w:initials="${COMMENT_INITIALS}"`;
  }

  startSection(section: DraftSection): void {
    this.section = section;
    this.sourceOf = sourceLookup(section.sources);
  }

  /** A sources comment's paragraphs: one line per source of the statement. */
  private sourceLines(statement: Statement): string {
    let xml = "";
    for (const key of statement.sourceKeys) xml += textParagraph(describeSource(this.sourceOf(key), key));
    return xml;
  }

  /** The comments on these statements of the current section, concatenated. */
  commentsOn(statements: readonly Statement[]): string {
    const section = this.section;
    if (!section) throw new Error("startSection first");
    let xml = "";
    for (const statement of statements)
      for (const comment of commentsOn(statement, section, this.withSources)) {
        xml += `<w:comment w:id="${this.nextId++}" ${this.attributes}>`;
        xml +=
          comment.kind === "sources"
            ? this.sourceLines(statement)
            : linesXml(clarificationLines(comment.point, statement, this.draft.labels.clarifications));
        xml += "</w:comment>";
      }
    return xml;
  }
}

type SourceLookup = (key: string) => DraftSource | undefined;

/**
 * A section's sources by key, as a map of key to row would give them (the last row of a key).
 * The compiler numbers sources A1, A2 … through the document, so a section's keys are consecutive
 * and a key's number finds its row; a map of 100,000 rows cost more than the comment lines written
 * from it. Sources keyed any other way (a draft read back from elsewhere) are looked up in a map.
 */
export function sourceLookup(sources: readonly DraftSource[]): SourceLookup {
  const first = sources.length > 0 ? keyNumber((sources[0] as DraftSource).key) : undefined;
  // Consecutive numbers are distinct keys: no row is hidden by a later one of the same key.
  if (first !== undefined && sources.every((source, index) => keyNumber(source.key) === first + index))
    return (key) => {
      const number = keyNumber(key);
      if (number === undefined || number < first || number - first >= sources.length) return undefined;
      return sources[number - first];
    };
  const byKey = new Map(sources.map((source) => [source.key, source]));
  return (key) => byKey.get(key);
}

/** The number of a key written as the compiler writes it ("A12": no leading zero), else undefined. */
function keyNumber(key: string): number | undefined {
  // At most 15 digits: every such number is exact in a double.
  if (key.length < 2 || key.length > 16 || key.charCodeAt(0) !== 65 || key.charCodeAt(1) === 48) return undefined;
  let number = 0;
  for (let index = 1; index < key.length; index++) {
    const digit = key.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    number = number * 10 + digit;
  }
  return number;
}

function linesXml(lines: readonly string[]): string {
  let xml = "";
  for (const line of lines) xml += textParagraph(line);
  return xml;
}

/** "Klärungsbedarf K2: …", then every side that is not this statement, with its sources. */
function clarificationLines(point: PointToClarify, statement: Statement, label: string): string[] {
  const own = new Set(statement.sourceKeys);
  const others = point.sides.filter((side) => !side.sourceKeys.every((key) => own.has(key)));
  return [
    `${label} ${point.id}: ${point.summary}`,
    ...(others.length > 0 ? others : point.sides).map((side) => `„${side.text}“ [${side.sourceKeys.join(", ")}]`),
  ];
}

function describeSource(source: DraftSource | undefined, key: string): string {
  if (!source) return key;
  // "A12 · Person 3 · Leitung · 21.01.2025", leaving out what is empty.
  return withPart(withPart(withPart(source.key, source.person), source.group), source.date);
}

/** `description · part`, or the one of them that is not empty. */
function withPart(description: string, part: string | undefined): string {
  if (!part) return description;
  return description ? `${description} · ${part}` : part;
}
