/**
 * An answer as the compiler works with it: read once when it arrives (facts, the skeleton two
 * near-identical answers share, Nachweise named, first person), so that the rest of the compile
 * only groups and compares. Kept small: at 100,000 answers this is most of the compiler's memory.
 */
import type { EvidenceDocument } from "../domain/answer";
import type { DraftAnswer } from "./draft-input";
import { mentionedDocuments, typedEvidence } from "./analysis/evidence-mentions";
import { isFirstPerson } from "./analysis/first-person";
import { extractFacts, maskFacts, type TextFact } from "./analysis/text-facts";
import type { SourceEntry } from "./source-registry";
import { normaliseText } from "./text-similarity";

export interface AnalysedAnswer {
  answer: DraftAnswer;
  /** The answer's text without surrounding white space; line breaks inside stay. */
  text: string;
  /** YYYY-MM-DD in the draft's time zone. */
  day: string;
  facts: TextFact[];
  /** Normalised text with each fact replaced by a placeholder: what near-duplicate search compares. */
  skeleton: string;
  isFirstPerson: boolean;
  /** Nachweise from the card's fields, the evidence field and the text. */
  documents: EvidenceDocument[];
  /** The requirement or agreed goal it is attributed to; undefined: "ohne Zuordnung" (or no list). */
  topicId?: string;
  part?: "11a" | "11b";
  /** Its row in the sources table, looked up when the answer was read. */
  source: SourceEntry;
  /** The source key, once the draft has given it one. */
  key?: string;
}

export function analyseAnswer(answer: DraftAnswer, text: string, day: string, source: SourceEntry): AnalysedAnswer {
  const facts = extractFacts(text);
  return {
    answer,
    text,
    day,
    facts,
    skeleton: normaliseText(maskFacts(text, facts)),
    isFirstPerson: isFirstPerson(text),
    documents: documentsOf(answer, text),
    source,
    // Set later; present from the start so that every analysed answer has one shape, and the
    // compiler's hot loops see one kind of object rather than eight.
    topicId: undefined,
    part: undefined,
    key: undefined,
  };
}

function documentsOf(answer: DraftAnswer, text: string): EvidenceDocument[] {
  const documents: EvidenceDocument[] = [...(answer.documents ?? [])];
  const typed = answer.evidence?.trim();
  if (typed) documents.push(...typedEvidence(typed));
  documents.push(...mentionedDocuments(text));
  return documents;
}
