/**
 * What the quality officer gives the Selbstreport drafts besides the answers: the organisation's
 * own requirement list, the goals agreed at the last Abschlussworkshop, its date, and (for a
 * re-certification) the previous Selbstreport and the Gutachten's notes. One document per
 * organisation; the lines are pasted on a card and read here, each bad line named.
 */
import { z } from "zod";
import { findPrompt } from "./catalog/prompt-catalog";
import { isoDateSchema } from "./org-config";
import { AREA_IDS, areaIdSchema, findArea, type AreaId, type ModelId } from "./quality-models";
import { normaliseTypedLine, typedLineSchema, typedTextSchema } from "./typed-text";
import { parseUserDate } from "./user-date";
import { spellOutUmlauts } from "./german-letters";

const MAX_REQUIREMENTS = 300;
const MAX_GOALS = 30;
export const REQUIREMENT_ID_MAX_LENGTH = 20;
const REQUIREMENT_TITLE_MAX_LENGTH = 200;
/** Catalog prompts one requirement may be tagged with: more than any area has (a test keeps it so). */
export const MAX_PROMPTS_PER_REQUIREMENT = 100;
const PROMPT_ID_MAX_LENGTH = 100;
/** A pasted Selbstreport: its text without layout (a long one has some 150,000 characters). */
export const PREVIOUS_REPORT_MAX_LENGTH = 200_000;
export const REVIEW_NOTES_MAX_LENGTH = 30_000;
/** What one card field may carry: Teams limits what a card sends back. */
export const PASTED_LINES_MAX_LENGTH = 30_000;

export const requirementSchema = z.object({
  id: typedLineSchema().min(1).max(REQUIREMENT_ID_MAX_LENGTH),
  area: areaIdSchema,
  title: typedLineSchema().min(1).max(REQUIREMENT_TITLE_MAX_LENGTH),
  /**
   * Catalog prompts tagged with this requirement ("2.1; 2; Kursanfragen erfassen; Fragen:
   * bedarfserschliessung.procedures.all.1"): an answer to one of them is attributed to it.
   */
  promptIds: z.array(z.string().min(1).max(PROMPT_ID_MAX_LENGTH)).max(MAX_PROMPTS_PER_REQUIREMENT).optional(),
});
export type Requirement = z.infer<typeof requirementSchema>;

const agreedGoalSchema = z.object({
  id: z.string().min(1).max(20),
  title: typedLineSchema().min(1).max(REQUIREMENT_TITLE_MAX_LENGTH),
  agreedAt: isoDateSchema,
});
export type AgreedGoal = z.infer<typeof agreedGoalSchema>;

export const reportBasisSchema = z.object({
  orgId: z.string().min(1),
  requirements: z.array(requirementSchema).max(MAX_REQUIREMENTS).default([]),
  goals: z.array(agreedGoalSchema).max(MAX_GOALS).default([]),
  lastWorkshopAt: isoDateSchema.optional(),
  previousReportText: typedTextSchema().max(PREVIOUS_REPORT_MAX_LENGTH).optional(),
  reviewNotes: typedTextSchema().max(REVIEW_NOTES_MAX_LENGTH).optional(),
  updatedAt: z.string(),
  /** The quality officer who saved it last. */
  updatedBy: z.string().min(1),
});
export type ReportBasis = z.infer<typeof reportBasisSchema>;

type LineProblemCode =
  | "fieldCount"
  | "unknownArea"
  | "idTooLong"
  | "titleMissing"
  | "titleTooLong"
  | "duplicateId"
  | "invalidDate"
  | "tooMany"
  | "unknownPrompt"
  | "promptOfOtherArea";

/** A pasted line that could not be read: its number (1-based), what it said, and why. */
export interface LineProblem {
  line: number;
  text: string;
  code: LineProblemCode;
  /** What the reason is about, e.g. the prompt id that is not in the catalog. */
  detail?: string;
}

export interface ParsedLines<T> {
  items: T[];
  problems: LineProblem[];
}

/** "1.1; 1; Leitbild gemeinsam erarbeitet" — semicolons, or tabs when pasted from a spreadsheet. */
function fieldsOf(line: string): string[] {
  const separator = line.includes(";") ? ";" : "\t";
  return line.split(separator).map((field) => normaliseTypedLine(field));
}

/** Non-empty lines with their number; `raw` keeps the tabs a spreadsheet separates fields with. */
function meaningfulLines(text: string): { line: number; text: string; raw: string }[] {
  return text
    .split("\n")
    .map((raw, index) => ({ line: index + 1, text: normaliseTypedLine(raw), raw }))
    .filter((entry) => entry.text !== "");
}

const folded = (text: string) => spellOutUmlauts(text.toLowerCase()).replace(/[^a-z0-9]+/g, "");

/** "2", "QB 2", "qb2", "bedarfserschliessung" or the area's name in either language. */
export function areaFromText(model: ModelId, text: string): AreaId | undefined {
  const wanted = folded(text).replace(/^qb/, "");
  if (wanted === "") return undefined;
  return AREA_IDS.find((id) => {
    const area = findArea(model, id);
    return (
      String(area.number) === wanted ||
      folded(id) === wanted ||
      folded(area.name.de) === wanted ||
      folded(area.name.en) === wanted
    );
  });
}

/** The last field of a requirement line when it names prompts: "Fragen: a, b" (or "Prompts:", "Questions:"). */
const PROMPT_TAGS = /^(?:fragen|prompts|questions)\s*:\s*(.*)$/i;

/** Prompt ids as listed after "Fragen:", separated by commas, semicolons or spaces (catalog ids are lower case). */
function promptIdsIn(list: string): string[] {
  return [
    ...new Set(
      list
        .toLowerCase()
        .split(/[\s,;]+/)
        .filter((id) => id !== ""),
    ),
  ];
}

/** Why a tagged prompt id cannot attribute answers to a requirement of `area`, if it cannot. */
function promptTagProblem(id: string, area: AreaId, model: ModelId): LineProblemCode | undefined {
  const prompt = findPrompt(id);
  if (!prompt || !prompt.models.includes(model)) return "unknownPrompt";
  return prompt.area === area ? undefined : "promptOfOtherArea";
}

/**
 * Reads "id; area; title[; Fragen: prompt ids]" lines: every good line is kept, every bad one
 * named with its reason.
 */
export function parseRequirementLines(text: string, model: ModelId): ParsedLines<Requirement> {
  const items: Requirement[] = [];
  const problems: LineProblem[] = [];
  const seen = new Set<string>();
  for (const entry of meaningfulLines(text)) {
    const problem = (code: LineProblemCode, detail?: string) =>
      problems.push({ line: entry.line, text: entry.text, code, ...(detail ? { detail } : {}) });
    const fields = fieldsOf(entry.raw);
    const tagged = fields.length > 3 ? PROMPT_TAGS.exec(fields[fields.length - 1] ?? "") : null;
    const promptIds = tagged ? promptIdsIn(tagged[1] ?? "") : [];
    if (tagged) fields.pop();
    if (fields.length < 3) {
      problem("fieldCount");
      continue;
    }
    const [id = "", areaText = "", ...titleParts] = fields;
    // A title may itself contain a semicolon.
    const title = titleParts.join("; ").trim();
    const area = areaFromText(model, areaText);
    const badPrompt =
      area &&
      promptIds.map((promptId) => ({ promptId, code: promptTagProblem(promptId, area, model) })).find((p) => p.code);
    if (!id || [...id].length > REQUIREMENT_ID_MAX_LENGTH) problem(id ? "idTooLong" : "fieldCount");
    else if (!area) problem("unknownArea");
    else if (!title) problem("titleMissing");
    else if ([...title].length > REQUIREMENT_TITLE_MAX_LENGTH) problem("titleTooLong");
    else if (seen.has(id.toLowerCase())) problem("duplicateId");
    else if (badPrompt?.code) problem(badPrompt.code, badPrompt.promptId);
    else if (items.length >= MAX_REQUIREMENTS) problem("tooMany");
    else {
      seen.add(id.toLowerCase());
      items.push({ id, area, title, ...(promptIds.length > 0 ? { promptIds } : {}) });
    }
  }
  return { items, problems };
}

/** The requirements whose tags name this catalog prompt, in list order: what its answers are attributed to. */
export function requirementIdsForPrompt(requirements: readonly Requirement[], promptId: string): string[] {
  return requirements.filter((requirement) => requirement.promptIds?.includes(promptId)).map((r) => r.id);
}

/** Reads "title; agreed on" lines (dates as people write them); goals are numbered 11a.1, 11a.2, … */
export function parseGoalLines(text: string, today: string): ParsedLines<AgreedGoal> {
  const items: AgreedGoal[] = [];
  const problems: LineProblem[] = [];
  for (const entry of meaningfulLines(text)) {
    const problem = (code: LineProblemCode) => problems.push({ line: entry.line, text: entry.text, code });
    const fields = fieldsOf(entry.raw);
    const dateText = fields.length >= 2 ? (fields[fields.length - 1] ?? "") : "";
    const title = fields
      .slice(0, Math.max(1, fields.length - 1))
      .join("; ")
      .trim();
    const date = parseUserDate(dateText, today);
    if (fields.length < 2) problem("fieldCount");
    else if (!title) problem("titleMissing");
    else if ([...title].length > REQUIREMENT_TITLE_MAX_LENGTH) problem("titleTooLong");
    else if (date.kind !== "date") problem("invalidDate");
    else if (items.length >= MAX_GOALS) problem("tooMany");
    else items.push({ id: `11a.${items.length + 1}`, title, agreedAt: date.isoDate });
  }
  return { items, problems };
}

/**
 * The stored list as lines to paste again: what the card shows. `promptsLabel` is the word
 * before the tagged prompts in the card's language ("Fragen", "Prompts").
 */
export function requirementLines(model: ModelId, requirements: readonly Requirement[], promptsLabel: string): string {
  return requirements
    .map((r) => {
      const tags = r.promptIds && r.promptIds.length > 0 ? `; ${promptsLabel}: ${r.promptIds.join(", ")}` : "";
      return `${r.id}; ${findArea(model, r.area).number}; ${r.title}${tags}`;
    })
    .join("\n");
}

/** The stored goals as lines with German dates (DD.MM.YYYY reads in both languages). */
export function goalLines(goals: readonly AgreedGoal[]): string {
  return goals
    .map((goal) => {
      const [year, month, day] = goal.agreedAt.split("-");
      return `${goal.title}; ${day}.${month}.${year}`;
    })
    .join("\n");
}
