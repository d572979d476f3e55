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
  /** Most answers have none: those share one empty list. */
  facts: readonly TextFact[];
  /** Normalised text with each fact replaced by a placeholder: what near-duplicate search compares. Made on each read. */
  readonly skeleton: string;
  isFirstPerson: boolean;
  /** Nachweise from the card's fields, the evidence field and the text; most answers name none and share one empty list. */
  documents: readonly EvidenceDocument[];
  /** The requirement or agreed goal it is attributed to; undefined: "ohne Zuordnung" (or no list). */
  topicId?: string;
  part?: "11a" | "11b";
  /** Its row in the sources table, looked up when the answer was read. */
  source: SourceEntry;
  /** The source key, once the draft has given it one. */
  key?: string;
}

/** The Nachweise in what staff typed into the evidence field (trimmed). */
export type TypedEvidenceReader = (typed: string) => readonly EvidenceDocument[];

/**
 * `readTypedEvidence`: a draft passes one that remembers each distinct evidence text, which comes
 * back in many answers; the lists it gives are only read (concat copies them into each answer's).
 */
export function analyseAnswer(
  answer: DraftAnswer,
  text: string,
  day: string,
  source: SourceEntry,
  readTypedEvidence: TypedEvidenceReader = typedEvidence,
): AnalysedAnswer {
  const facts = keptList(extractFacts(text));
  const documents = documentsOf(answer, text, readTypedEvidence);
  return new ReadAnswer(answer, text, day, facts, isFirstPerson(text), documents, source);
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * A list as the analysed answer keeps it until its area is compiled. A list filled by push has
 * room for 17 entries after its first (some 150 bytes where one entry needs 8), and an empty one is
 * an object of its own: at 100,000 answers, some 15 MB that every young-generation collection
 * copied and promoted. So an empty list is the shared one and any other a copy of its own length.
 */
function keptList<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

/**
 * An analysed answer whose skeleton is worked out when the compile asks for it, as it groups the
 * answer's area. It is asked for once (each answer is in one topic × dimension), and not kept:
 * kept, 100,000 skeletons (some 19 MB) lived until their area was done, and young-generation
 * collections copied and promoted them; now each lives while its block is merged.
 */
class ReadAnswer implements AnalysedAnswer {
  // Present from the start so that every analysed answer has one shape, and the compiler's hot
  // loops see one kind of object rather than eight.
  topicId: string | undefined = undefined;
  part: "11a" | "11b" | undefined = undefined;
  key: string | undefined = undefined;

  constructor(
    readonly answer: DraftAnswer,
    readonly text: string,
    readonly day: string,
    readonly facts: readonly TextFact[],
    readonly isFirstPerson: boolean,
    readonly documents: readonly EvidenceDocument[],
    readonly source: SourceEntry,
  ) {}

  get skeleton(): string {
    return normaliseText(maskFacts(this.text, this.facts));
  }
}

function documentsOf(
  answer: DraftAnswer,
  text: string,
  readTypedEvidence: TypedEvidenceReader,
): readonly EvidenceDocument[] {
  const typed = answer.evidence?.trim();
  const mentioned = mentionedDocuments(text);
  if (!answer.documents?.length && !typed) return keptList(mentioned);
  // concat allocates the length it needs; spreads into a literal grow it as push does.
  const documents: readonly EvidenceDocument[] = answer.documents ?? NONE;
  return documents.concat(typed ? readTypedEvidence(typed) : NONE, mentioned);
}
