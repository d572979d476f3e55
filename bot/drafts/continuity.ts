/**
 * Re-certification continuity: the previous Selbstreport (its text, split by QB headings) and the
 * notes of the last Gutachten (Hinweise and Auflagen, each with the QB it concerns). Per area the
 * draft then shows which statements are new since the last report and which earlier Hinweise and
 * Auflagen no answer takes up yet.
 */
import type { AnalysedAnswer } from "./analysed-answer";
import { contentWords, sharedCount } from "./analysis/content-words";
import type { PreviousReport } from "./draft-input";

export interface EarlierNote {
  kind: "hinweis" | "auflage";
  text: string;
}

export interface PreviousReportIndex {
  /** Content words of the previous report's chapter for this QB number, when it had one. */
  wordsOf(areaNumber: number): ReadonlySet<string> | undefined;
  notesOf(areaNumber: number): readonly EarlierNote[];
  hasReport: boolean;
}

/** "QB 3", "Qualitätsbereich 3", "Bereich 3": a chapter or a note's area. */
const AREA_HEADING = /(?:^|\s|\()(?:QB|Qualitätsbereich|Bereich|quality area)\s*(\d{1,2})(?!\d)/iu;
/** A top-level heading of a .docx read by readDocxText, numbered by Word: "# 3 Bedarfserschließung". */
const NUMBERED_CHAPTER = /^#\s+(\d{1,2})(?:\.?\s)(?!\d)/u;
/** A statement counts as new when less than this share of its words were in the last report's chapter. */
const NEW_BELOW = 0.5;
const MIN_NOTE_LENGTH = 15;

export function indexPreviousReport(report: PreviousReport | undefined): PreviousReportIndex {
  const chapters = splitChapters(report?.selfReportText ?? "");
  const notes = parseNotes(report?.reviewNotes ?? "");
  return {
    wordsOf: (areaNumber) => chapters.get(areaNumber),
    notesOf: (areaNumber) => notes.get(areaNumber) ?? [],
    hasReport: chapters.size > 0,
  };
}

/** The QB numbers the previous Selbstreport has a chapter for, ascending: what the quality officer is told after an upload. */
export function previousReportChapters(selfReportText: string): number[] {
  return [...splitChapters(selfReportText).keys()].sort((a, b) => a - b);
}

function splitChapters(text: string): Map<number, Set<string>> {
  const chapters = new Map<number, string[]>();
  let current: number | undefined;
  for (const line of text.split(/\n/)) {
    const heading = AREA_HEADING.exec(line.slice(0, 60)) ?? NUMBERED_CHAPTER.exec(line);
    if (heading && line.trim().length < 120) current = Number(heading[1]);
    if (current === undefined) continue;
    const lines = chapters.get(current);
    if (lines) lines.push(line);
    else chapters.set(current, [line]);
  }
  return new Map([...chapters].map(([number, lines]) => [number, new Set(contentWords(lines.join(" ")))]));
}

function parseNotes(text: string): Map<number, EarlierNote[]> {
  const notes = new Map<number, EarlierNote[]>();
  let area: number | undefined;
  let sectionKind: EarlierNote["kind"] | undefined;
  for (const raw of text.split(/\n/)) {
    const line = raw.trim().replace(/^[-*•]\s*/, "");
    if (!line) continue;
    const named = AREA_HEADING.exec(line);
    if (named) area = Number(named[1]);
    const lineKind = kindOf(line);
    if (line.length < MIN_NOTE_LENGTH || (/:$/.test(line) && line.length < 60)) {
      // A heading: "Auflagen:", "QB 4 Lehr-Lern-Prozess".
      sectionKind = lineKind ?? sectionKind;
      continue;
    }
    const kind = lineKind ?? sectionKind;
    if (!kind || area === undefined) continue;
    const note = line
      .replace(AREA_HEADING, " ")
      .replace(/^[\s–:-]*(?:Auflage|Hinweis|Empfehlung)\s*(?:\d+\s*)?[:–-]\s*/i, "")
      .trim();
    const list = notes.get(area);
    if (list) list.push({ kind, text: note });
    else notes.set(area, [{ kind, text: note }]);
  }
  return notes;
}

function kindOf(line: string): EarlierNote["kind"] | undefined {
  if (/(?<![\p{L}])(?:auflagen?|condition)(?![\p{L}])/iu.test(line)) return "auflage";
  if (/(?<![\p{L}])(?:hinweise?|empfehlung(?:en)?|note)(?![\p{L}])/iu.test(line)) return "hinweis";
  return undefined;
}

/** True when the statement's words are mostly not in the previous report's chapter. */
export function isNewSince(text: string, previous: ReadonlySet<string>): boolean {
  const words = contentWords(text);
  if (words.length === 0) return false;
  return sharedCount(words, previous) / words.length < NEW_BELOW;
}

/** The answers that take up a note: they share at least two of its words and two fifths of them. */
export function answersTakingUp(note: EarlierNote, answers: readonly AnalysedAnswer[]): AnalysedAnswer[] {
  const noteWords = contentWords(note.text);
  const needed = Math.max(2, Math.ceil(noteWords.length * 0.4));
  const noteSet = new Set(noteWords);
  return answers.filter((answer) => sharedCount(contentWords(answer.text), noteSet) >= needed).slice(0, 3);
}
