/**
 * The Nachweise register: every document the answers name, once, numbered in the order the draft
 * first mentions it, with its date, where it is filed (when someone said so), the areas and
 * requirements that use it and the answers naming it. One document under two names ("QM-Handbuch",
 * "Qualitätshandbuch"; "Protokoll GK 05/2025", "Protokoll der Gesamtkonferenz vom 14.05.2025") is
 * one record: same date (or both undated) and the same words once common abbreviations are spelt
 * out, or the words of one contained in the other. Dates outside the reporting period are flagged.
 */
import type { EvidenceDocument } from "../domain/answer";
import type { AreaId } from "../domain/quality-models";
import type { EvidenceFlag, EvidenceRecord } from "./draft";
import { contentWords } from "./analysis/content-words";
import { dayRange, isSameDate } from "./analysis/date-ranges";
import { extractFacts, maskFacts } from "./analysis/text-facts";
import { normaliseText } from "./text-similarity";

export interface EvidenceRegisterOptions {
  /** YYYY-MM-DD: Nachweise dated before this are flagged (the period's start, or the last Abschlussworkshop). */
  from: string;
  to: string;
}

export interface EvidenceRegister {
  /** The numbers of these documents, each registered (or joined to its record) on first use. */
  numbersOf(
    documents: readonly EvidenceDocument[],
    sourceKey: string,
    area: AreaId,
    topicId: string | undefined,
  ): number[];
  records(): EvidenceRecord[];
}

/** Abbreviations and other names staff use for one kind of document, spelt out. */
const SYNONYMS: Readonly<Record<string, string>> = {
  qm: "qualität",
  qhb: "qualitätshandbuch",
  "qm-handbuch": "qualitätshandbuch",
  qmhandbuch: "qualitätshandbuch",
  qualitätsmanagementhandbuch: "qualitätshandbuch",
  gk: "gesamtkonferenz",
  feedbackbog: "rückmeldebog",
  feedbackbög: "rückmeldebog",
  evaluationsbog: "rückmeldebog",
  rückmeldebög: "rückmeldebog",
  niederschrift: "protokoll",
  tn: "teilnahm",
  teilnehmendenstatistik: "teilnahmestatistik",
  teilnehmerstatistik: "teilnahmestatistik",
  "tn-statistik": "teilnahmestatistik",
  kl: "kursleitend",
  kursleiterbefragung: "kursleitendenbefragung",
  kursleitendenumfrag: "kursleitendenbefragung",
  fassung: "",
  stand: "",
  version: "",
  vhs: "",
};

interface Entry {
  record: EvidenceRecord;
  words: string[];
  dateKey?: string;
  /** `record.sourceKeys` as a set: a document named in thousands of answers is checked in constant time. */
  sourceKeys: Set<string>;
}

export function createEvidenceRegister(options: EvidenceRegisterOptions): EvidenceRegister {
  const records: EvidenceRecord[] = [];
  const byKey = new Map<string, Entry>();
  const byFirstWord = new Map<string, Entry[]>();

  const find = (words: string[], dateKey: string | undefined, exactKey: string): Entry | undefined => {
    const exact = byKey.get(exactKey);
    if (exact) return exact;
    if (words.length === 0) return undefined;
    for (const word of words) {
      for (const candidate of byFirstWord.get(word) ?? []) {
        if (!sameDate(candidate.dateKey, dateKey)) continue;
        if (isContained(words, candidate.words) || isContained(candidate.words, words)) return candidate;
      }
    }
    return undefined;
  };

  // The same titles and dates come back thousands of times in a large export: read each once.
  const readTitles = new Map<string, { words: string[]; wordKey: string; dateText?: string }>();
  const readTitle = (title: string) => {
    let read = readTitles.get(title);
    if (!read) {
      const dateText = extractFacts(title).find((fact) => fact.kind === "date")?.text;
      const words = titleWords(title);
      read = { words, wordKey: words.join(" "), ...(dateText ? { dateText } : {}) };
      readTitles.set(title, read);
    }
    return read;
  };

  const ranges = new Map<string, ReturnType<typeof dayRange>>();
  const rangeOf = (dateText: string) => {
    if (!ranges.has(dateText)) ranges.set(dateText, dayRange(dateText));
    return ranges.get(dateText);
  };
  const uninflectedTitles = new Map<string, string>();
  const uninflectedOf = (title: string) => {
    let plain = uninflectedTitles.get(title);
    if (plain === undefined) {
      plain = uninflected(title);
      uninflectedTitles.set(title, plain);
    }
    return plain;
  };

  /** The record of a title written with a date (or none), found or made by the rules above. */
  const entryOf = (title: string, date: string): Entry => {
    const read = readTitle(title);
    const dateText = date || read.dateText;
    const range = dateText ? rangeOf(dateText) : undefined;
    const { words } = read;
    const exactKey = `${read.wordKey}@${range?.key ?? ""}`;
    let entry = find(words, range?.key, exactKey);
    if (!entry) {
      const record: EvidenceRecord = {
        number: records.length + 1,
        title,
        otherNames: [],
        usedIn: [],
        sourceKeys: [],
        flags: flagsOf(range, dateText, options),
      };
      if (dateText) record.date = dateText;
      records.push(record);
      entry = { record, words, ...(range ? { dateKey: range.key } : {}), sourceKeys: new Set() };
      byKey.set(exactKey, entry);
      for (const word of words) {
        const list = byFirstWord.get(word);
        if (list) list.push(entry);
        else byFirstWord.set(word, [entry]);
      }
    } else if (!byKey.has(exactKey)) {
      byKey.set(exactKey, entry);
    }
    const { record } = entry;
    // Another name, not merely another inflection of the same words ("Programmhefts").
    if (
      title !== record.title &&
      !record.otherNames.includes(title) &&
      uninflectedOf(title) !== uninflectedOf(record.title)
    )
      record.otherNames.push(title);
    return entry;
  };

  // Title → date as written ("" for none) → its record. Once a title and date have found their
  // record, they find the same one ever after (`byKey` keeps it), and their name is on it: a
  // document named in thousands of answers is read once, not again for each.
  const entriesByTitle = new Map<string, Map<string, Entry>>();
  const register = (document: EvidenceDocument, sourceKey: string, area: AreaId, topicId: string | undefined) => {
    const title = document.title.trim();
    const date = document.date?.trim() ?? "";
    let byDate = entriesByTitle.get(title);
    if (!byDate) {
      byDate = new Map();
      entriesByTitle.set(title, byDate);
    }
    let entry = byDate.get(date);
    if (!entry) {
      entry = entryOf(title, date);
      byDate.set(date, entry);
    }
    const { record, sourceKeys } = entry;
    const place = document.place?.trim();
    if (place && !record.place) {
      record.place = place;
      record.flags = record.flags.filter((flag) => flag !== "noPlace");
    }
    if (!sourceKeys.has(sourceKey)) {
      sourceKeys.add(sourceKey);
      record.sourceKeys.push(sourceKey);
    }
    // The draft is put together topic by topic: most mentions are of the use last added.
    const last = record.usedIn[record.usedIn.length - 1];
    const isLastUse = last !== undefined && last.area === area && last.topicId === topicId;
    if (!isLastUse && !record.usedIn.some((use) => use.area === area && use.topicId === topicId))
      record.usedIn.push({ area, ...(topicId !== undefined ? { topicId } : {}) });
    return record.number;
  };

  return {
    numbersOf(documents, sourceKey, area, topicId) {
      // Most answers name no document or one: no set for those.
      if (documents.length <= 1) return documents.map((document) => register(document, sourceKey, area, topicId));
      return [...new Set(documents.map((document) => register(document, sourceKey, area, topicId)))];
    },
    records: () => records,
  };
}

/** The title's words with dates removed and abbreviations spelt out, sorted: the same document's two names meet. */
function titleWords(title: string): string[] {
  const withoutDates = maskFacts(
    title,
    extractFacts(title).filter((fact) => fact.kind === "date"),
  );
  const words = contentWords(withoutDates.replace(/\bQM-/gi, "qm "))
    .map((word) => SYNONYMS[word] ?? word)
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort();
}

function uninflected(title: string): string {
  return normaliseText(title)
    .split(" ")
    .map((word) => word.replace(/(?:es|en|e|s|n)$/, ""))
    .join(" ");
}

function isContained(small: readonly string[], large: readonly string[]): boolean {
  return small.length > 0 && small.every((word) => large.includes(word));
}

function sameDate(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return isSameDate(a, b);
}

function flagsOf(
  range: ReturnType<typeof dayRange>,
  dateText: string | undefined,
  options: EvidenceRegisterOptions,
): EvidenceFlag[] {
  const flags: EvidenceFlag[] = [];
  if (!dateText) flags.push("undated");
  else if (range && range.to < options.from) flags.push("beforePeriod");
  else if (range && range.from > options.to) flags.push("afterPeriod");
  flags.push("noPlace");
  return flags;
}
