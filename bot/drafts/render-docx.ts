/**
 * Draft → Word (.docx): a cover page, real headings for the navigation pane, statements as
 * paragraphs with their sources as Word comments anchored on them, gaps highlighted and a
 * sources table at the end of each area. Written with the `docx` library, or for large drafts
 * by the streaming writer in ./word, which produces the same document in a fraction of the memory.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type ParagraphChild,
} from "docx";
import type { Draft, DraftLabels, DraftSection, DraftSource, Statement } from "./draft";
import { renderDocxStreaming } from "./word";
import { draftStatements } from "./draft-walk";
import { evidenceKey, evidenceLine, goalCardLines, plainLine, statementDetails } from "./draft-plain-text";

type Block = Paragraph | Table;

/** A character style rather than direct formatting: one place in Word to restyle or hide every marker. */
const MARKER_STYLE = {
  id: "SourceMarker",
  name: "Source marker",
  basedOn: "DefaultParagraphFont",
  run: { color: "666666", size: 18 },
};

/**
 * Above this many statements the library's object tree costs more than a turn can afford
 * (20,000 answers: 8 s and 850 MB); below it, the well-kept library writes the file.
 */
export const STREAMING_DOCX_MIN_STATEMENTS = 2_000;

export async function renderDocx(draft: Draft): Promise<Buffer> {
  return countStatements(draft) >= STREAMING_DOCX_MIN_STATEMENTS
    ? renderDocxStreaming(draft)
    : renderDocxWithLibrary(draft);
}

function countStatements(draft: Draft): number {
  let count = 0;
  for (const _statement of draftStatements(draft)) count += 1;
  return count;
}

export async function renderDocxWithLibrary(draft: Draft): Promise<Buffer> {
  const comments: ICommentOptions[] = [];
  const children: Block[] = [...renderCover(draft)];
  const generatedAt = new Date(draft.generatedAt);
  for (const section of draft.sections)
    children.push(...renderSection(section, draft.labels, { comments, date: generatedAt }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(draft.labels.evidence)] }));
  if (draft.evidence.length === 0) children.push(italic(draft.labels.noEvidence));
  for (const record of draft.evidence)
    children.push(
      new Paragraph({ bullet: { level: 0 }, children: textRuns(plainLine(evidenceLine(record, draft.labels))) }),
    );
  const document = new Document({
    creator: draft.labels.commentAuthor,
    title: draft.header.title,
    description: draft.header.status,
    styles: { characterStyles: [MARKER_STYLE] },
    comments: { children: comments },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function renderCover(draft: Draft): Block[] {
  const { header } = draft;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(header.title)] }),
    new Paragraph({ children: [new TextRun({ text: header.status, bold: true, size: 28, color: "C00000" })] }),
    ...header.facts.map(
      (fact) =>
        new Paragraph({ children: [new TextRun({ text: `${fact.label}: `, bold: true }), ...textRuns(fact.value)] }),
    ),
    new Paragraph({ children: [new TextRun({ text: header.attributionNote, italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: header.readingNote, italics: true })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** Comments collected while the body is written; Word stores them in their own part. */
interface CommentSink {
  comments: ICommentOptions[];
  date: Date;
}

function renderSection(section: DraftSection, labels: DraftLabels, sink: CommentSink): Block[] {
  const sources = new Map(section.sources.map((source) => [source.key, source]));
  const blocks: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }),
  ];
  for (const note of section.notes)
    blocks.push(new Paragraph({ children: [new TextRun({ text: note, italics: true })] }));
  blocks.push(new Paragraph({ children: [new TextRun({ text: `${section.successDefinition.label}:`, bold: true })] }));
  if (section.successDefinition.statements.length === 0) blocks.push(italic(labels.noStatements));
  for (const statement of section.successDefinition.statements)
    blocks.push(new Paragraph({ bullet: { level: 0 }, children: renderStatement(statement, sources, labels, sink) }));
  for (const part of section.parts) {
    if (part.heading)
      blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(part.heading)] }));
    const topicLevel = part.heading ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2;
    for (const topic of part.topics) {
      if (topic.heading) blocks.push(new Paragraph({ heading: topicLevel, children: [new TextRun(topic.heading)] }));
      if (topic.isNotStarted) {
        blocks.push(italic(labels.notStarted));
        continue;
      }
      const level = topic.heading ? deeper(topicLevel) : topicLevel;
      for (const block of topic.blocks) {
        blocks.push(new Paragraph({ heading: level, children: [new TextRun(block.heading)] }));
        if (block.paragraphs.length === 0) blocks.push(italic(labels.noStatements));
        for (const paragraph of block.paragraphs) {
          for (const statement of paragraph.statements) {
            blocks.push(new Paragraph({ children: renderStatement(statement, sources, labels, sink) }));
            for (const line of statementDetails(statement, labels)) blocks.push(italic(plainLine(line)));
          }
        }
      }
    }
    for (const card of part.goalCards ?? [])
      for (const line of goalCardLines(card, labels))
        blocks.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(plainLine(line)) }));
  }
  blocks.push(heading2(labels.evidenceInSection));
  blocks.push(
    section.evidenceNumbers.length === 0
      ? italic(labels.noEvidence)
      : new Paragraph({ children: textRuns(section.evidenceNumbers.map(evidenceKey).join(", ")) }),
  );
  blocks.push(heading2(labels.clarifications));
  if (section.clarifications.length === 0) blocks.push(italic(labels.noClarifications));
  for (const point of section.clarifications) {
    blocks.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(`${point.id} ${point.summary}`) }));
    for (const side of point.sides)
      blocks.push(
        new Paragraph({ bullet: { level: 1 }, children: [...textRuns(`„${side.text}“`), markerRun(side.sourceKeys)] }),
      );
  }
  blocks.push(heading2(labels.gaps));
  if (section.gaps.length === 0)
    blocks.push(new Paragraph({ children: [new TextRun({ text: labels.noGaps, italics: true })] }));
  for (const gap of section.gaps) {
    blocks.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          new TextRun({ text: `${gap.text} (${labels.rule}: ${labels.ruleNames[gap.rule]})`, highlight: "yellow" }),
        ],
      }),
    );
  }
  blocks.push(heading2(labels.sources));
  if (section.sources.length > 0) blocks.push(sourcesTable(section.sources, labels));
  return blocks;
}

/** The statement between a comment range, so that Word shows its sources beside exactly that text. */
function renderStatement(
  statement: Statement,
  sources: ReadonlyMap<string, DraftSource>,
  labels: DraftLabels,
  sink: CommentSink,
): ParagraphChild[] {
  const id = sink.comments.length;
  sink.comments.push({
    id,
    author: labels.commentAuthor,
    initials: "QR",
    date: sink.date,
    children: statement.sourceKeys.map((key) => new Paragraph(describeSource(sources.get(key), key))),
  });
  return [
    new CommentRangeStart(id),
    ...textRuns(statement.text),
    markerRun(statement.sourceKeys),
    new CommentRangeEnd(id),
    new TextRun({ children: [new CommentReference(id)] }),
  ];
}

function describeSource(source: DraftSource | undefined, key: string): string {
  if (!source) return key;
  return [source.key, source.person, source.group, source.date].filter(Boolean).join(" · ");
}

function markerRun(keys: readonly string[]): TextRun {
  return new TextRun({ text: ` [${keys.join(", ")}]`, style: MARKER_STYLE.id });
}

/** Line breaks in staff text stay line breaks. */
function textRuns(text: string): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => (index === 0 ? new TextRun(line) : new TextRun({ text: line, break: 1 })));
}

function italic(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true })] });
}

function deeper(
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  return level === HeadingLevel.HEADING_2 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4;
}

function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}

function sourcesTable(sources: readonly DraftSource[], labels: DraftLabels): Table {
  const columns = labels.sourceColumns;
  const header = new TableRow({
    tableHeader: true,
    children: [columns.key, columns.person, columns.group, columns.date].map(
      (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] }),
    ),
  });
  // Plain cells: a table of thousands of sources is most of the document's build time.
  const rows = sources.map(
    (source) =>
      new TableRow({
        children: [source.key, source.person, source.group ?? "–", source.date].map(
          (text) => new TableCell({ children: [new Paragraph(text)] }),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}
