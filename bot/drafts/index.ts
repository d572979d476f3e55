/**
 * Draft self-report sections: the structured compiler, the writers (Word, Markdown) and the
 * removal of personal data (./privacy). The LLM drafter lives in ./llm (import it from there, so that `openai` is only
 * loaded where an LLM is configured).
 */
export { compileDraft, areaHeading } from "./compile-draft";
export type { Drafter } from "./drafter";
export { createDeterministicDrafter } from "./drafter";
export type {
  AttributionMode,
  CycleKind,
  DraftAnswer,
  DraftInput,
  DraftOrganisation,
  DraftPeriod,
  MemberAttribution,
  MemberLookup,
} from "./draft-input";
export type { Draft, DraftResult, DraftSection, DraftSource, Statement } from "./draft";
export { renderDocx } from "./word";
export type { DraftVariant, DraftWriterOptions } from "./draft-variant";
export { renderMarkdown, renderMarkdownBuffer } from "./render-markdown";
export { createDraftBuilder, type DraftBuilder, type DraftBuildOptions } from "./draft-builder";
export {
  keyedPseudonyms,
  PLACEHOLDERS,
  PSEUDONYM_PREFIX,
  redactPersonalData,
  type NamedPerson,
  type RedactedText,
  type Redaction,
  type RedactionContext,
  type RedactionKind,
} from "./privacy";
export { previousReportChapters } from "./continuity";
export { DOCX_TEXT_LIMITS, readDocxText, type DocxTextProblem } from "./word/read-docx-text";
