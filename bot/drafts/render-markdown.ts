/** Draft → Markdown: headings per area and dimension, footnote-style source markers, a sources table per area. */
import type { DimensionBlock, Draft, DraftLabels, DraftSection, DraftTopic, Statement } from "./draft";
import { evidenceKey, evidenceLine, goalCardLines, statementDetails, type SegmentLine } from "./draft-plain-text";

export function renderMarkdown(draft: Draft): string {
  return `${[...markdownLines(draft)].join("\n")}\n`;
}

/**
 * The same document as UTF-8, encoded a megabyte at a time as the lines are written: a large
 * draft (25 MB at 100,000 answers) never exists as one string or one list of lines.
 */
export function renderMarkdownBuffer(draft: Draft): Buffer {
  const chunks: Buffer[] = [];
  let batch: string[] = [];
  let batchLength = 0;
  const flush = () => {
    if (batch.length > 0) chunks.push(Buffer.from(`${batch.join("\n")}\n`, "utf8"));
    batch = [];
    batchLength = 0;
  };
  for (const line of markdownLines(draft)) {
    batch.push(line);
    batchLength += line.length + 1;
    if (batchLength >= BUFFER_CHUNK_CHARACTERS) flush();
  }
  flush();
  return Buffer.concat(chunks);
}

const BUFFER_CHUNK_CHARACTERS = 1 << 20;

/** Every line of the document, section by section: at most one blank line between blocks, none at the end. */
function* markdownLines(draft: Draft): Generator<string> {
  let blankLines = 0;
  let hasWritten = false;
  let held: string | undefined;
  for (const line of rawLines(draft)) {
    if (line.trim() === "") {
      blankLines += 1;
      continue;
    }
    // The last line is held back until the next one shows it is not the last (trailing whitespace goes).
    if (held !== undefined) yield held;
    // A blank line that ends in spaces still separates blocks; more than one blank line is one.
    if (hasWritten && blankLines > 0) yield "";
    held = line;
    hasWritten = true;
    blankLines = 0;
  }
  if (held !== undefined) yield held.trimEnd();
}

function* rawLines(draft: Draft): Generator<string> {
  const { header } = draft;
  yield* [`# ${escapeInline(header.title)}`, "", `**${escapeInline(header.status)}**`, ""];
  for (const fact of header.facts) yield `- **${escapeInline(fact.label)}:** ${escapeInline(fact.value)}`;
  yield* ["", `> ${escapeInline(header.attributionNote)}`, ">", `> ${escapeInline(header.readingNote)}`, ""];
  for (const section of draft.sections) yield* renderSection(section, draft.labels);
  yield* renderEvidenceAnnex(draft);
}

function renderEvidenceAnnex(draft: Draft): string[] {
  const lines = [`## ${escapeInline(draft.labels.evidence)}`, ""];
  if (draft.evidence.length === 0) lines.push(`_${escapeInline(draft.labels.noEvidence)}_`);
  for (const record of draft.evidence) lines.push(`- ${renderLine(evidenceLine(record, draft.labels))}`);
  lines.push("");
  return lines;
}

function renderSection(section: DraftSection, labels: DraftLabels): string[] {
  const lines = [`## ${escapeInline(section.heading)}`, ""];
  for (const note of section.notes) lines.push(`> _${escapeInline(note)}_`, "");
  const success = section.successDefinition;
  lines.push(`**${escapeInline(success.label)}:**`, "");
  if (success.statements.length === 0) lines.push(`_${escapeInline(labels.noStatements)}_`, "");
  for (const statement of success.statements) lines.push(`- ${renderStatement(statement)}`);
  lines.push("");
  for (const part of section.parts) {
    if (part.heading) lines.push(`### ${escapeInline(part.heading)}`, "");
    const level = part.heading ? "####" : "###";
    for (const topic of part.topics) lines.push(...renderTopic(topic, level, labels));
    if (part.goalCards && part.goalCards.length > 0) {
      for (const card of part.goalCards) {
        for (const line of goalCardLines(card, labels)) lines.push(`- ${renderLine(line)}`);
        lines.push("");
      }
    }
  }
  lines.push(`### ${escapeInline(labels.evidenceInSection)}`, "");
  if (section.evidenceNumbers.length === 0) lines.push(`_${escapeInline(labels.noEvidence)}_`);
  else lines.push(section.evidenceNumbers.map(evidenceKey).join(", "));
  lines.push("", `### ${escapeInline(labels.clarifications)}`, "");
  if (section.clarifications.length === 0) lines.push(`_${escapeInline(labels.noClarifications)}_`);
  for (const point of section.clarifications) {
    lines.push(`- **${point.id}** ${escapeInline(point.summary)}`);
    for (const side of point.sides) lines.push(`  - „${escapeInline(side.text)}“${markers(side.sourceKeys)}`);
  }
  if (section.continuity) {
    const { continuity } = section;
    lines.push("", `### ${escapeInline(labels.continuity.heading)}`, "");
    for (const finding of continuity.findings) {
      const kind = labels.continuity[finding.kind];
      const state = finding.sourceKeys.length > 0 ? labels.continuity.answeredFinding : labels.continuity.openFinding;
      lines.push(`- ${escapeInline(`${kind}: ${finding.text} – ${state}`)}${markers(finding.sourceKeys)}`);
    }
  }
  lines.push("", `### ${escapeInline(labels.gaps)}`, "");
  if (section.gaps.length === 0) lines.push(`_${escapeInline(labels.noGaps)}_`);
  for (const gap of section.gaps)
    lines.push(`- **${escapeInline(gap.text)}** (${labels.rule}: ${labels.ruleNames[gap.rule]})`);
  lines.push("", `### ${escapeInline(labels.sources)}`, "");
  for (const line of renderSources(section, labels)) lines.push(line);
  lines.push("");
  return lines;
}

function renderTopic(topic: DraftTopic, level: string, labels: DraftLabels): string[] {
  const lines: string[] = [];
  const blockLevel = topic.heading ? `${level}#` : level;
  if (topic.heading) lines.push(`${level} ${escapeInline(topic.heading)}`, "");
  if (topic.isNotStarted) return [...lines, `_${escapeInline(labels.notStarted)}_`, ""];
  for (const block of topic.blocks)
    lines.push(`${blockLevel} ${escapeInline(block.heading)}`, "", ...renderBlock(block, labels));
  return lines;
}

function renderBlock(block: DimensionBlock, labels: DraftLabels): string[] {
  if (block.paragraphs.length === 0) return [`_${escapeInline(labels.noStatements)}_`, ""];
  return block.paragraphs.flatMap((paragraph) =>
    paragraph.statements.flatMap((statement) => [
      renderStatement(statement),
      ...statementDetails(statement, labels).map((line) => `> ${renderLine(line)}`),
      "",
    ]),
  );
}

function renderStatement(statement: Statement): string {
  return `${escapeBlockStart(escapeInline(statement.text))}${markers(statement.sourceKeys)}`;
}

function renderLine(line: SegmentLine): string {
  return line.map((segment) => ("text" in segment ? escapeInline(segment.text) : markers(segment.keys))).join("");
}

/** A table to read in the section, and footnote definitions so that Markdown viewers link the markers. */
function renderSources(section: DraftSection, labels: DraftLabels): string[] {
  if (section.sources.length === 0) return [];
  const columns = labels.sourceColumns;
  const lines = [`| ${columns.key} | ${columns.person} | ${columns.group} | ${columns.date} |`, "|---|---|---|---|"];
  for (const source of section.sources) {
    lines.push(
      `| ${source.key} | ${escapeInline(source.person)} | ${escapeInline(source.group ?? "–")} | ${source.date} |`,
    );
  }
  lines.push("");
  for (const source of section.sources) {
    const described = [source.person, source.group ?? "", source.date]
      .filter((part) => part.length > 0)
      .map(escapeInline);
    lines.push(`[^${source.key}]: ${described.join(" · ")}`);
  }
  return lines;
}

function markers(keys: readonly string[]): string {
  return keys.map((key) => `[^${key}]`).join("");
}

/** Staff text must stay text: no accidental emphasis, links, HTML, table cells or line breaks. */
function escapeInline(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .trim();
}

/** A paragraph starting with "- ", "# " or "1. " would become a list or heading. */
function escapeBlockStart(text: string): string {
  return text.replace(/^([-+#=]|\d+(?=[.)]))/, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}
