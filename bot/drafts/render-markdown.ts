/** Draft → Markdown: headings per area and dimension, footnote-style source markers, a sources table per area. */
import type { DimensionBlock, Draft, DraftLabels, DraftSection, Statement } from "./draft";

export function renderMarkdown(draft: Draft): string {
  const { header } = draft;
  const lines = [`# ${escapeInline(header.title)}`, "", `**${escapeInline(header.status)}**`, ""];
  for (const fact of header.facts) lines.push(`- **${escapeInline(fact.label)}:** ${escapeInline(fact.value)}`);
  lines.push("", `> ${escapeInline(header.attributionNote)}`, ">", `> ${escapeInline(header.readingNote)}`, "");
  for (const section of draft.sections) lines.push(...renderSection(section, draft.labels));
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function renderSection(section: DraftSection, labels: DraftLabels): string[] {
  const lines = [`## ${escapeInline(section.heading)}`, ""];
  for (const note of section.notes) lines.push(`> _${escapeInline(note)}_`, "");
  for (const part of section.parts) {
    if (part.heading) lines.push(`### ${escapeInline(part.heading)}`, "");
    const level = part.heading ? "####" : "###";
    for (const block of part.blocks) lines.push(`${level} ${escapeInline(block.heading)}`, "", ...renderBlock(block, labels.noStatements));
  }
  lines.push(`### ${escapeInline(labels.evidence)}`, "");
  if (section.evidence.length === 0) lines.push(`_${escapeInline(labels.noEvidence)}_`);
  for (const item of section.evidence) lines.push(`- ${escapeInline(item.text)}${markers(item.sourceKeys)}`);
  lines.push("", `### ${escapeInline(labels.gaps)}`, "");
  if (section.gaps.length === 0) lines.push(`_${escapeInline(labels.noGaps)}_`);
  for (const gap of section.gaps) lines.push(`- **${escapeInline(gap.text)}**`);
  lines.push("", `### ${escapeInline(labels.sources)}`, "", ...renderSources(section, labels), "");
  return lines;
}

function renderBlock(block: DimensionBlock, noStatements: string): string[] {
  if (block.paragraphs.length === 0) return [`_${escapeInline(noStatements)}_`, ""];
  return block.paragraphs.flatMap((paragraph) => [paragraph.statements.map(renderStatement).join(" "), ""]);
}

function renderStatement(statement: Statement): string {
  return `${escapeBlockStart(escapeInline(statement.text))}${markers(statement.sourceKeys)}`;
}

/** A table to read in the section, and footnote definitions so that Markdown viewers link the markers. */
function renderSources(section: DraftSection, labels: DraftLabels): string[] {
  if (section.sources.length === 0) return [];
  const columns = labels.sourceColumns;
  const lines = [`| ${columns.key} | ${columns.person} | ${columns.group} | ${columns.date} |`, "|---|---|---|---|"];
  for (const source of section.sources) {
    lines.push(`| ${source.key} | ${escapeInline(source.person)} | ${escapeInline(source.group ?? "–")} | ${source.date} |`);
  }
  lines.push("");
  for (const source of section.sources) {
    const described = [source.person, source.group ?? "", source.date].filter((part) => part.length > 0).map(escapeInline);
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
