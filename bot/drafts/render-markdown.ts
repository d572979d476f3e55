/**
 * Draft → Markdown, with the structure of the Word draft: cover facts, a linked table of
 * contents, per area the definition-of-success line, requirements with the five moves, goal
 * cards, Nachweise, points to clarify, gaps and sources (footnote-style markers), then the
 * numbered Nachweise annex. The reviewer variant leaves out sources and points to clarify.
 * Staff text is escaped by ./markdown-text.
 */
import type { DimensionBlock, Draft, DraftLabels, DraftSection, DraftTopic, Statement } from "./draft";
import {
  emptyMovesLine,
  evidenceKey,
  evidenceLine,
  goalCardLines,
  statementDetails,
  type SegmentLine,
} from "./draft-plain-text";
import { showsSources, type DraftWriterOptions } from "./draft-variant";
import { blocksOf } from "./draft-walk";
import { escapeMarkdownInline, escapeMarkdownLineStart, escapeMarkdownParagraph } from "./markdown-text";
import { createUtf8Writer } from "./utf8-writer";

export function renderMarkdown(draft: Draft, options: DraftWriterOptions = {}): string {
  const lines: string[] = [];
  writeMarkdownLines(draft, options, (line) => lines.push(line));
  return `${lines.join("\n")}\n`;
}

/**
 * The same document as UTF-8, each line encoded as it is written: a large draft (28 MB at
 * 100,000 answers) never exists as one string or one list of lines.
 */
export function renderMarkdownBuffer(draft: Draft, options: DraftWriterOptions = {}): Buffer {
  const writer = createUtf8Writer(reservedBytes(draft));
  writeMarkdownLines(draft, options, (line) => {
    writer.write(line);
    writer.write("\n");
  });
  return writer.bytes();
}

/** Characters per row of a sources table and its footnote line, and per statement besides its text, at most as a rule. */
const SOURCE_CHARACTERS = 160;
const STATEMENT_CHARACTERS = 80;
const MIN_RESERVED_BYTES = 1 << 20;

/**
 * Room for the whole document, estimated from the draft with the generous sizes above (35 MB for
 * the 28 MB of 100,000 answers): a buffer that has to grow copies all it holds (the old and the
 * new copy are resident at once). Not more than that: reserved bytes are never resident until
 * written, but V8 counts them all as external memory, and twice the estimate (71 MB) made it
 * start a full garbage collection on the spot ("external memory pressure"), a pause of the whole
 * heap, the answers included, in the middle of writing.
 */
function reservedBytes(draft: Draft): number {
  let characters = 0;
  for (const section of draft.sections) characters += section.sources.length * SOURCE_CHARACTERS;
  for (const section of draft.sections)
    for (const { block } of blocksOf(section))
      for (const { statements } of block.paragraphs)
        for (const statement of statements)
          characters += statement.text.length + STATEMENT_CHARACTERS + (statement.example?.text.length ?? 0);
  return Math.max(MIN_RESERVED_BYTES, characters);
}

type Emit = (line: string) => void;

/**
 * Every line of the document, section by section, to `write`: at most one blank line between
 * blocks, none at the end. Lines are handed on as they are made (no generator per level), so a
 * large draft's lines neither wait in lists nor pass through five generators each.
 */
function writeMarkdownLines(draft: Draft, options: DraftWriterOptions, write: Emit): void {
  let blankLines = 0;
  let hasWritten = false;
  let held: string | undefined;
  const writer: MarkdownWriter = { labels: draft.labels, withSources: showsSources(options) };
  rawLines(draft, writer, (line) => {
    if (isBlank(line)) {
      blankLines += 1;
      return;
    }
    // The last line is held back until the next one shows it is not the last (trailing whitespace goes).
    if (held !== undefined) write(held);
    // More than one blank line is one.
    if (hasWritten && blankLines > 0) write("");
    held = line;
    hasWritten = true;
    blankLines = 0;
  });
  if (held !== undefined) write(held.trimEnd());
}

/**
 * Every line below is either empty or starts with visible text (a Markdown mark, or escaped staff
 * text, which escaping trims), so its length says whether it is blank. Reading a character would
 * say it too, but V8 copies a line built by concatenation into one piece to read it, and then again
 * to encode it: a large draft has over half a million lines.
 */
function isBlank(line: string): boolean {
  return line.length === 0;
}

interface MarkdownWriter {
  labels: DraftLabels;
  withSources: boolean;
}

function rawLines(draft: Draft, writer: MarkdownWriter, emit: Emit): void {
  const { header, labels } = draft;
  emit(`# ${escapeMarkdownInline(header.title)}`);
  emit("");
  emit(`**${escapeMarkdownInline(header.status)}**`);
  emit("");
  for (const fact of header.facts)
    emit(`- **${escapeMarkdownInline(fact.label)}:** ${escapeMarkdownInline(fact.value)}`);
  // The copy for the Gutachter has no sources: neither the pseudonyms nor the keys are explained there.
  const notes = writer.withSources ? [header.attributionNote, header.readingNote] : [header.reviewerNote];
  emit("");
  emit(notes.map((note) => `> ${escapeMarkdownInline(note)}`).join("\n>\n"));
  emit("");
  emit(`## ${escapeMarkdownInline(labels.contents)}`);
  emit("");
  for (const heading of [...draft.sections.map((section) => section.heading), labels.evidence])
    emit(`- [${escapeMarkdownInline(heading)}](#${headingAnchor(heading)})`);
  emit("");
  for (const section of draft.sections) renderSection(section, writer, emit);
  renderEvidenceAnnex(draft, writer, emit);
}

/** The anchor GitHub and most viewers give a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function renderEvidenceAnnex(draft: Draft, writer: MarkdownWriter, emit: Emit): void {
  emit(`## ${escapeMarkdownInline(draft.labels.evidence)}`);
  emit("");
  if (draft.evidence.length === 0) emit(`_${escapeMarkdownInline(draft.labels.noEvidence)}_`);
  for (const record of draft.evidence) emit(`- ${renderLine(evidenceLine(record, draft.labels), writer)}`);
  emit("");
}

function renderSection(section: DraftSection, writer: MarkdownWriter, emit: Emit): void {
  const { labels, withSources } = writer;
  emit(`## ${escapeMarkdownInline(section.heading)}`);
  emit("");
  for (const note of section.notes) {
    emit(`> _${escapeMarkdownInline(note)}_`);
    emit("");
  }
  const success = section.successDefinition;
  emit(`**${escapeMarkdownInline(success.label)}:**`);
  emit("");
  if (success.statements.length === 0) {
    emit(`_${escapeMarkdownInline(labels.noStatements)}_`);
    emit("");
  }
  for (const statement of success.statements) emit(`- ${renderStatement(statement, writer)}`);
  emit("");
  for (const part of section.parts) {
    if (part.heading) {
      emit(`### ${escapeMarkdownInline(part.heading)}`);
      emit("");
    }
    const level = part.heading ? "####" : "###";
    for (const topic of part.topics) renderTopic(topic, level, writer, emit);
    for (const card of part.goalCards ?? []) {
      for (const line of goalCardLines(card, labels)) emit(`- ${renderLine(line, writer)}`);
      emit("");
    }
  }
  emit(`### ${escapeMarkdownInline(labels.evidenceInSection)}`);
  emit("");
  if (section.evidenceNumbers.length === 0) emit(`_${escapeMarkdownInline(labels.noEvidence)}_`);
  else emit(section.evidenceNumbers.map(evidenceKey).join(", "));
  if (withSources) {
    emit("");
    emit(`### ${escapeMarkdownInline(labels.clarifications)}`);
    emit("");
    if (section.clarifications.length === 0) emit(`_${escapeMarkdownInline(labels.noClarifications)}_`);
    for (const point of section.clarifications) {
      emit(`- **${escapeMarkdownInline(point.id)}** ${escapeMarkdownInline(point.summary)}`);
      for (const side of point.sides) emit(`  - „${escapeMarkdownInline(side.text)}“${markers(side.sourceKeys)}`);
    }
  }
  if (section.continuity) {
    const { continuity } = section;
    emit("");
    emit(`### ${escapeMarkdownInline(labels.continuity.heading)}`);
    emit("");
    for (const finding of continuity.findings) {
      const kind = labels.continuity[finding.kind];
      const state = finding.sourceKeys.length > 0 ? labels.continuity.answeredFinding : labels.continuity.openFinding;
      emit(
        `- ${escapeMarkdownLineStart(`${kind}: ${finding.text} – ${state}`)}${withSources ? markers(finding.sourceKeys) : ""}`,
      );
    }
  }
  emit("");
  emit(`### ${escapeMarkdownInline(labels.gaps)}`);
  emit("");
  if (section.gaps.length === 0) emit(`_${escapeMarkdownInline(labels.noGaps)}_`);
  for (const gap of section.gaps)
    emit(
      `- **${escapeMarkdownInline(gap.text)}** (${escapeMarkdownInline(`${labels.rule}: ${labels.ruleNames[gap.rule]}`)})`,
    );
  if (withSources) {
    emit("");
    emit(`### ${escapeMarkdownInline(labels.sources)}`);
    emit("");
    renderSources(section, labels, emit);
  }
  emit("");
}

function renderTopic(topic: DraftTopic, level: string, writer: MarkdownWriter, emit: Emit): void {
  const { labels } = writer;
  const blockLevel = topic.heading ? `${level}#` : level;
  if (topic.heading) {
    emit(`${level} ${escapeMarkdownInline(topic.heading)}`);
    emit("");
  }
  if (topic.isNotStarted) {
    emit(`_${escapeMarkdownInline(labels.notStarted)}_`);
    emit("");
    return;
  }
  for (const block of topic.blocks)
    if (block.paragraphs.length > 0) {
      emit(`${blockLevel} ${escapeMarkdownInline(block.heading)}`);
      emit("");
      renderBlock(block, writer, emit);
    }
  const empty = emptyMovesLine(topic, labels);
  if (empty) {
    emit(`_${escapeMarkdownInline(empty)}_`);
    emit("");
  }
}

function renderBlock(block: DimensionBlock, writer: MarkdownWriter, emit: Emit): void {
  for (const paragraph of block.paragraphs)
    for (const statement of paragraph.statements) {
      emit(renderStatement(statement, writer));
      for (const line of statementDetails(statement, writer.labels)) emit(`> ${renderLine(line, writer)}`);
      emit("");
    }
}

/** A statement keeps its typed line breaks (hard breaks); as a list item it stays on one line. */
function renderStatement(statement: Statement, writer: MarkdownWriter): string {
  return `${escapeMarkdownParagraph(statement.text)}${writer.withSources ? markers(statement.sourceKeys) : ""}`;
}

/** Text put together from data; its first characters start a line, so they may not open a block. */
function renderLine(line: SegmentLine, writer: MarkdownWriter): string {
  // Concatenated rather than mapped and joined: a large draft has a detail line for every other statement.
  let rendered = "";
  for (const [index, segment] of line.entries()) {
    if (!("text" in segment)) {
      if (writer.withSources) rendered += markers(segment.keys);
      continue;
    }
    const { text } = segment;
    const escaped = index === 0 ? escapeMarkdownLineStart(text) : escapeMarkdownInline(text);
    // Escaping trims; the spaces between a segment and the next ("; ") are part of the line.
    if (index > 0 && LEADING_SPACE.test(text)) rendered += " ";
    rendered += escaped;
    if (TRAILING_SPACE.test(text)) rendered += " ";
  }
  return rendered;
}

const LEADING_SPACE = /^\s/;
const TRAILING_SPACE = /\s$/;

/** A table to read in the section, and footnote definitions so that Markdown viewers link the markers. */
function renderSources(section: DraftSection, labels: DraftLabels, emit: Emit): void {
  if (section.sources.length === 0) return;
  const columns = labels.sourceColumns;
  emit(`| ${[columns.key, columns.person, columns.group, columns.date].map(escapeMarkdownInline).join(" | ")} |`);
  emit("|---|---|---|---|");
  const escape = escapedOnce();
  // Concatenated rather than mapped and joined: a large draft has a source per answer.
  for (const source of section.sources)
    emit(
      `| ${escapeMarkdownInline(source.key)} | ${escape(source.person)} | ${escape(source.group ?? "–")} | ${escape(source.date)} |`,
    );
  emit("");
  for (const source of section.sources) {
    let described = "";
    let isFirst = true;
    for (const part of [source.person, source.group ?? "", source.date])
      if (part.length > 0) {
        described += isFirst ? escape(part) : ` · ${escape(part)}`;
        isFirst = false;
      }
    emit(`[^${source.key}]: ${described}`);
  }
}

/**
 * `escapeMarkdownInline`, each distinct text escaped once: a large draft's sources name the same
 * few thousand people, three groups and a few hundred days a hundred thousand times, twice each.
 */
function escapedOnce(): (text: string) => string {
  const escaped = new Map<string, string>();
  return (text) => {
    let result = escaped.get(text);
    if (result === undefined) {
      result = escapeMarkdownInline(text);
      escaped.set(text, result);
    }
    return result;
  };
}

function markers(keys: readonly string[]): string {
  let text = "";
  for (const key of keys) text += `[^${key}]`;
  return text;
}
