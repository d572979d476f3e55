/** One area of the structured draft: statements per reflection dimension, evidence, gaps and sources. */
import type { CellCoverage } from "../domain/coverage-types";
import { DIMENSIONS, findDimension, type AreaId, type DimensionId, type Locale } from "../domain/quality-models";
import type { CycleKind, DraftAnswer } from "./draft-input";
import type { DimensionBlock, DraftSection, EvidenceRecord, SectionPart } from "./draft";
import type { DraftTexts } from "./draft-texts";
import { mergeNearDuplicates } from "./merge-near-duplicates";
import { findSectionGaps } from "./section-gaps";
import type { SourceRegistry } from "./source-registry";
import { normaliseText } from "./text-similarity";

export interface SectionContext {
  locale: Locale;
  cycleKind: CycleKind;
  coverage: readonly CellCoverage[];
  texts: DraftTexts;
  registry: SourceRegistry;
  successDefinitionTerm: string;
  evidence: EvidenceRegister;
}

/** Numbered Nachweise of the whole draft, in order of first mention. */
export interface EvidenceRegister {
  records: EvidenceRecord[];
  byTitle: Map<string, EvidenceRecord>;
}

type PartId = "11a" | "11b";

/** `answers` must belong to `area` and be sorted by date. */
export function compileSection(
  area: AreaId,
  heading: string,
  answers: readonly DraftAnswer[],
  context: SectionContext,
): DraftSection {
  const usedKeys = new Set<string>();
  const keyFor = (answer: DraftAnswer) => {
    const key = context.registry.keyFor(answer);
    usedKeys.add(key);
    return key;
  };
  const parts = partsOf(area, context.cycleKind).map((part) => {
    const inPart = part === undefined ? answers : answers.filter((answer) => partOf(answer) === part);
    const sectionPart: SectionPart = {
      topics: [
        {
          kind: "all",
          isNotStarted: inPart.length === 0,
          blocks: DIMENSIONS.map((dimension) => compileBlock(dimension.id, inPart, context, keyFor)),
        },
      ],
    };
    if (part) {
      sectionPart.part = part;
      sectionPart.heading = context.texts.parts[part];
    }
    return sectionPart;
  });
  const dimensionsWithStatements = new Set(answers.map((answer) => answer.dimension));
  return {
    area,
    heading,
    origin: "structured",
    notes: [],
    successDefinition: { label: context.texts.successDefinitionLine(context.successDefinitionTerm), statements: [] },
    parts,
    evidenceNumbers: collectEvidence(answers, keyFor, context.evidence),
    clarifications: [],
    gaps: findSectionGaps(
      area,
      context.coverage,
      (dimension) => dimensionsWithStatements.has(dimension),
      context.texts,
      context.locale,
    ),
    sources: [...usedKeys].map((key) => context.registry.sourceOf(key)),
  };
}

function partsOf(area: AreaId, cycleKind: CycleKind): (PartId | undefined)[] {
  return area === "strategische_entwicklungsziele" && cycleKind === "recertification" ? ["11a", "11b"] : [undefined];
}

/** Answers without a part report new goals: 11a is only what was explicitly asked about the last period. */
function partOf(answer: DraftAnswer): PartId {
  return answer.part === "11a" ? "11a" : "11b";
}

function compileBlock(
  dimension: DimensionId,
  answers: readonly DraftAnswer[],
  context: SectionContext,
  keyFor: (answer: DraftAnswer) => string,
): DimensionBlock {
  const inDimension = answers.filter((answer) => answer.dimension === dimension);
  const merged = mergeNearDuplicates(inDimension, (answer) => trimmed(answer.text));
  return {
    dimension,
    heading: findDimension(dimension).name[context.locale],
    paragraphs: merged.map((statement) => ({
      statements: [{ kind: "statement" as const, text: statement.text, sourceKeys: statement.items.map(keyFor) }],
    })),
  };
}

/** `text.trim()`, without copying a text that has nothing to trim (most of them, twice each). */
function trimmed(text: string): string {
  return /^\s|\s$/.test(text) ? text.trim() : text;
}

function collectEvidence(
  answers: readonly DraftAnswer[],
  keyFor: (answer: DraftAnswer) => string,
  register: EvidenceRegister,
): number[] {
  const numbers = new Set<number>();
  for (const answer of answers) {
    const text = answer.evidence?.trim();
    if (!text) continue;
    const normalised = normaliseText(text) || text;
    const key = keyFor(answer);
    let record = register.byTitle.get(normalised);
    if (!record) {
      record = {
        number: register.records.length + 1,
        title: text,
        otherNames: [],
        usedIn: [{ area: answer.area }],
        sourceKeys: [],
        flags: [],
      };
      register.records.push(record);
      register.byTitle.set(normalised, record);
    }
    if (!record.sourceKeys.includes(key)) record.sourceKeys.push(key);
    if (!record.usedIn.some((use) => use.area === answer.area)) record.usedIn.push({ area: answer.area });
    numbers.add(record.number);
  }
  return [...numbers].sort((a, b) => a - b);
}
