/**
 * Draft self-report sections: the structured compiler, the writers (Word, Markdown) and the
 * removal of personal data (./privacy). The LLM drafter lives in ./llm (import it from there, so that `openai` is only
 * loaded where an LLM is configured).
 */
export type { Drafter } from "./drafter";
export { createDeterministicDrafter } from "./drafter";
export type { DraftAnswer, DraftOrganisation, MemberAttribution } from "./draft-input";
export type { DraftResult } from "./draft";
export { renderDocx } from "./word";
export { renderMarkdownBuffer } from "./render-markdown";
export {
  keyedPseudonyms,
  PSEUDONYM_PREFIX,
  redactPersonalData,
  type NamedPerson,
  type RedactionContext,
} from "./privacy";
export { previousReportChapters } from "./continuity";
export { DOCX_TEXT_LIMITS, readDocxText, type DocxTextProblem } from "./word/read-docx-text";
