/**
 * word/document.xml of a draft, written piece by piece (a generator of XML strings), so that a
 * draft of 100,000 answers never exists as one string: cover page, table of contents, one area
 * per page (definition-of-success line, requirements with the five moves, goal cards, the
 * Nachweise it refers to, points to clarify, gaps, sources), then the numbered Nachweise annex.
 * Each statement carries its sources as a Word comment, and a comment for each point to clarify
 * it is one side of.
 */
import type {
  Draft,
  DraftLabels,
  DraftParagraph,
  DraftSection,
  DraftSource,
  DraftTopic,
  EvidenceRecord,
  Statement,
} from "../draft";
import { emptyMovesLine, evidenceKey, goalCardLines, statementDetails, type SegmentLine } from "../draft-plain-text";
import { commentsOn, STATEMENTS_PER_PIECE } from "./statement-order";
import { DOCUMENT_END, DOCUMENT_START } from "./wordml-parts";
import {
  bookmarkedHeading,
  fieldEnd,
  fieldStart,
  internalLink,
  paragraph,
  tableCell,
  textCell,
  textRuns,
  BOLD,
  ITALIC,
  PLAIN,
  runProperties,
  type ParagraphFormat,
} from "./wordml-xml";

const SOURCE_MARKER = runProperties({ style: "SourceMarker" });
const LINK = runProperties({ style: "Hyperlink" });
const STATUS = runProperties({ bold: true, size: 28, color: "C00000" });
/** Gaps are marked yellow, and only they. */
const GAP = runProperties({ highlight: "yellow" });
/** Evidence flags a Gutachter would ask about. */
const FLAG = runProperties({ color: "C00000" });

/** Areas and the annex only: a table of contents of every requirement would run over pages. */
const TOC_INSTRUCTION = 'TOC \\o "1-1" \\h \\z \\u';

interface DocumentState {
  labels: DraftLabels;
  withSources: boolean;
  /** Comments written so far: the next comment's id (see statement-order.ts). */
  commentCount: number;
}

interface Bookmark {
  id: number;
  name: string;
}

export function* documentXml(draft: Draft, withSources: boolean): Generator<string> {
  const state: DocumentState = { labels: draft.labels, withSources, commentCount: 0 };
  yield DOCUMENT_START;
  yield* cover(draft, withSources);
  yield* tableOfContents(draft);
  for (const [index, section] of draft.sections.entries()) yield* sectionXml(section, areaBookmark(index), state);
  yield* evidenceAnnex(draft, withSources);
  yield DOCUMENT_END;
}

function* cover(draft: Draft, withSources: boolean): Generator<string> {
  const { header } = draft;
  yield paragraph(textRuns(header.title), { style: "Title" });
  yield paragraph(textRuns(header.status, STATUS));
  for (const fact of header.facts) yield paragraph(textRuns(`${fact.label}: `, BOLD) + textRuns(fact.value));
  // The copy for the Gutachter has no sources: neither the pseudonyms nor the keys are explained there.
  const notes = withSources ? [header.attributionNote, header.readingNote] : [header.reviewerNote];
  for (const note of notes) yield paragraph(textRuns(note, ITALIC));
}

function areaBookmark(index: number): Bookmark {
  return { id: index + 1, name: `_TocArea${index + 1}` };
}

const ANNEX_BOOKMARK: Bookmark = { id: 0, name: "_TocNachweise" };

/** Bookmark ids after the areas' (areas count from 1, the annex is 0). */
function evidenceBookmark(draft: Draft, number: number): Bookmark {
  return { id: draft.sections.length + number, name: `_Nachweis${number}` };
}

/**
 * A TOC field that Word fills in with page numbers when it updates fields (it is marked dirty,
 * so Word offers that on opening); until then its stored result is a readable, linked list of
 * the areas and the annex, which is also what viewers without field support show.
 */
function* tableOfContents(draft: Draft): Generator<string> {
  yield paragraph(textRuns(draft.labels.contents), { style: "TOCHeading" });
  const entries = [
    ...draft.sections.map((section, index) => ({ text: section.heading, bookmark: areaBookmark(index).name })),
    { text: draft.labels.evidence, bookmark: ANNEX_BOOKMARK.name },
  ];
  const last = entries.length - 1;
  for (const [index, entry] of entries.entries()) {
    const start = index === 0 ? fieldStart(TOC_INSTRUCTION) : "";
    const end = index === last ? fieldEnd() : "";
    yield paragraph(start + internalLink(textRuns(entry.text, LINK), entry.bookmark) + end, {
      style: "TOC1",
    });
  }
}

function italic(text: string): string {
  return paragraph(textRuns(text, ITALIC));
}

function* sectionXml(section: DraftSection, bookmark: Bookmark, state: DocumentState): Generator<string> {
  const { labels, withSources } = state;
  yield bookmarkedHeading(section.heading, "Heading1", bookmark);
  for (const note of section.notes) yield italic(note);
  const success = section.successDefinition;
  yield paragraph(textRuns(`${success.label}:`, BOLD), { keepNext: true });
  if (success.statements.length === 0) yield italic(labels.noStatements);
  for (const statement of success.statements)
    yield paragraph(statementRuns(statement, section, state), { isBullet: true });
  for (const part of section.parts) {
    if (part.heading) yield paragraph(textRuns(part.heading), { style: "Heading2" });
    const topicLevel = part.heading ? 3 : 2;
    for (const topic of part.topics) yield* topicXml(topic, topicLevel, section, state);
    for (const card of part.goalCards ?? []) {
      const lines = goalCardLines(card, labels);
      for (const [index, line] of lines.entries())
        yield paragraph(segmentRuns(line, withSources), { isBullet: true, keepNext: index < lines.length - 1 });
    }
  }
  yield paragraph(textRuns(labels.evidenceInSection), { style: "Heading2" });
  yield section.evidenceNumbers.length === 0
    ? italic(labels.noEvidence)
    : paragraph(
        section.evidenceNumbers
          .map((number) => internalLink(textRuns(evidenceKey(number), LINK), `_Nachweis${number}`))
          .join(textRuns(", ")),
      );
  if (withSources) yield* clarificationsXml(section, labels);
  if (section.continuity) {
    const { continuity } = section;
    yield paragraph(textRuns(labels.continuity.heading), { style: "Heading2" });
    for (const finding of continuity.findings) {
      const state = finding.sourceKeys.length > 0 ? labels.continuity.answeredFinding : labels.continuity.openFinding;
      const text = `${labels.continuity[finding.kind]}: ${finding.text} – ${state}`;
      yield paragraph(textRuns(text) + (withSources ? markerRun(finding.sourceKeys) : ""), { isBullet: true });
    }
  }
  yield paragraph(textRuns(labels.gaps), { style: "Heading2" });
  if (section.gaps.length === 0) yield italic(labels.noGaps);
  for (const gap of section.gaps)
    yield paragraph(textRuns(`${gap.text} (${labels.rule}: ${labels.ruleNames[gap.rule]})`, GAP), {
      isBullet: true,
    });
  if (withSources) {
    yield paragraph(textRuns(labels.sources), { style: "Heading2" });
    if (section.sources.length > 0) yield* sourcesTable(section.sources, labels);
  }
}

function* topicXml(topic: DraftTopic, level: number, section: DraftSection, state: DocumentState): Generator<string> {
  const { labels } = state;
  if (topic.heading) yield paragraph(textRuns(topic.heading), { style: `Heading${level}` });
  if (topic.isNotStarted) {
    yield italic(labels.notStarted);
    return;
  }
  const blockStyle = `Heading${topic.heading ? level + 1 : level}`;
  for (const block of topic.blocks) {
    if (block.paragraphs.length === 0) continue;
    yield paragraph(textRuns(block.heading), { style: blockStyle });
    for (let from = 0; from < block.paragraphs.length; from += STATEMENTS_PER_PIECE)
      yield paragraphsXml(block.paragraphs.slice(from, from + STATEMENTS_PER_PIECE), section, state);
  }
  const empty = emptyMovesLine(topic, labels);
  if (empty) yield italic(empty);
}

function paragraphsXml(paragraphs: readonly DraftParagraph[], section: DraftSection, state: DocumentState): string {
  let xml = "";
  for (const { statements } of paragraphs)
    for (const statement of statements) xml += statementWithDetails(statement, section, state);
  return xml;
}

/**
 * A statement, then its values, example and marks in italics, kept on the statement's page: one
 * piece, since a large draft has a hundred thousand of them.
 */
function statementWithDetails(statement: Statement, section: DraftSection, state: DocumentState): string {
  const details = statementDetails(statement, state.labels);
  const runs = statementRuns(statement, section, state);
  let xml = details.length > 0 ? paragraph(runs, KEEP_NEXT) : paragraph(runs);
  const last = details.length - 1;
  for (let index = 0; index <= last; index++) {
    const detail = segmentRuns(details[index] as SegmentLine, state.withSources, ITALIC);
    xml += index < last ? paragraph(detail, KEEP_NEXT) : paragraph(detail);
  }
  return xml;
}

const KEEP_NEXT: ParagraphFormat = { keepNext: true };

function* clarificationsXml(section: DraftSection, labels: DraftLabels): Generator<string> {
  yield paragraph(textRuns(labels.clarifications), { style: "Heading2" });
  if (section.clarifications.length === 0) yield italic(labels.noClarifications);
  for (const point of section.clarifications) {
    yield paragraph(textRuns(`${point.id} ${point.summary}`, BOLD), { keepNext: true });
    for (const side of point.sides)
      yield paragraph(textRuns(`„${side.text}“`) + markerRun(side.sourceKeys), { isBullet: true });
  }
}

/**
 * The statement between comment ranges, so that Word shows its sources (and each point to
 * clarify it belongs to) beside exactly that text.
 */
function statementRuns(statement: Statement, section: DraftSection, state: DocumentState): string {
  const text = textRuns(statement.text);
  if (!state.withSources) return text;
  let starts = "";
  let ends = "";
  // Concatenated rather than mapped and joined: a large draft has a hundred thousand statements.
  for (let count = commentsOn(statement, section, true).length; count > 0; count--) {
    // Made a string once, not for each of its three uses: ids run to a hundred thousand and more.
    const id = String(state.commentCount++);
    starts += `<w:commentRangeStart w:id="${id}"/>`;
    ends += `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
  }
  return starts + text + markerRun(statement.sourceKeys) + ends;
}

/** Text put together from data (values, an example, a goal card): its source references as markers. */
function segmentRuns(line: SegmentLine, withSources: boolean, properties = PLAIN): string {
  let runs = "";
  for (const segment of line)
    if ("text" in segment) runs += textRuns(segment.text, properties);
    else if (withSources) runs += markerRun(segment.keys);
  return runs;
}

function markerRun(keys: readonly string[]): string {
  return keys.length === 0 ? "" : textRuns(` [${keys.join(", ")}]`, SOURCE_MARKER);
}

const BORDER = 'w:val="single" w:sz="4" w:color="auto"';

function tableStart(columnWidths: readonly number[]): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders></w:tblPr><w:tblGrid>${columnWidths.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`;
}

/** Rows never split across pages, and the header row repeats on each page the table runs over. */
function headerRow(cells: readonly string[]): string {
  return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells.map((text) => tableCell(textRuns(text, BOLD))).join("")}</w:tr>`;
}

function row(cells: readonly string[]): string {
  let xml = ROW_START;
  for (const cell of cells) xml += cell;
  return xml + ROW_END;
}

const ROW_START = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
const ROW_END = "</w:tr>";

/** A source's row: key, person, group, date. */
function sourceRow(source: DraftSource): string {
  return (
    ROW_START +
    textCell(source.key) +
    textCell(source.person) +
    textCell(source.group ?? "–") +
    textCell(source.date) +
    ROW_END
  );
}

/** Source rows are written this many at a time, as one piece: a large draft has one per answer. */
const SOURCE_ROWS_PER_PIECE = 64;

function* sourcesTable(sources: readonly DraftSource[], labels: DraftLabels): Generator<string> {
  const columns = labels.sourceColumns;
  yield tableStart([2257, 2257, 2257, 2257]);
  yield headerRow([columns.key, columns.person, columns.group, columns.date]);
  for (let from = 0; from < sources.length; from += SOURCE_ROWS_PER_PIECE) {
    let rows = "";
    const to = Math.min(from + SOURCE_ROWS_PER_PIECE, sources.length);
    for (let index = from; index < to; index++) rows += sourceRow(sources[index] as DraftSource);
    yield rows;
  }
  yield "</w:tbl>";
}

/**
 * The annex "Nachweise": one numbered row per document of the register (its number a bookmark
 * the sections link to), with date, filing place, the areas naming it and, in the working
 * draft, the answers naming it. Flags a Gutachter would ask about are in red (yellow marks gaps only).
 */
function* evidenceAnnex(draft: Draft, withSources: boolean): Generator<string> {
  const { labels } = draft;
  yield bookmarkedHeading(labels.evidence, "Heading1", ANNEX_BOOKMARK);
  if (draft.evidence.length === 0) {
    yield italic(labels.noEvidence);
    return;
  }
  const columns = labels.evidenceColumns;
  const headings = [columns.number, columns.title, columns.date, columns.place, columns.usedIn];
  yield tableStart(withSources ? [700, 3000, 1000, 1400, 1000, 1926] : [700, 3800, 1400, 1900, 1226]);
  yield headerRow(withSources ? [...headings, columns.sources] : headings);
  for (const record of draft.evidence) yield row(evidenceCells(draft, record, withSources));
  yield "</w:tbl>";
}

function evidenceCells(draft: Draft, record: EvidenceRecord, withSources: boolean): string[] {
  const { labels } = draft;
  const bookmark = evidenceBookmark(draft, record.number);
  const numberCell = `<w:bookmarkStart w:id="${bookmark.id}" w:name="${bookmark.name}"/>${textRuns(evidenceKey(record.number), BOLD)}<w:bookmarkEnd w:id="${bookmark.id}"/>`;
  const title =
    textRuns(record.title) +
    (record.otherNames.length > 0 ? textRuns(` (${record.otherNames.join("; ")})`, ITALIC) : "") +
    (record.flags.length > 0
      ? textRuns(` – ${record.flags.map((flag) => labels.evidenceFlags[flag]).join(", ")}`, FLAG)
      : "");
  const areas = [...new Set(record.usedIn.map((use) => areaNumber(draft, use.area)))].join(", ");
  const cells = [numberCell, title, textRuns(record.date ?? "–"), textRuns(record.place ?? "–"), textRuns(areas)];
  if (withSources) cells.push(textRuns(record.sourceKeys.join(", ")));
  return cells.map(tableCell);
}

/** "QB 2" from the section heading "QB 2 · Bedarfserschließung"; the area id where the draft has no section for it. */
function areaNumber(draft: Draft, area: string): string {
  const heading = draft.sections.find((section) => section.area === area)?.heading;
  return heading?.split(" · ")[0] ?? area;
}
