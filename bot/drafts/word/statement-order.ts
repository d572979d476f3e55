/**
 * Which Word comments a draft has, in document order. Comment ids count them in this order:
 * document.xml (the anchors) and comments.xml (the texts) are written one after the other, each
 * counting, so both walk the draft here. A statement carries its sources comment (working
 * variant) and one comment per point to clarify it is a side of.
 */
import type { DraftSection, PointToClarify, Statement } from "../draft";
import { blocksOf } from "../draft-walk";

/** Every statement a section shows, in order: the success-definition line first, then the topics. */
export function statementsInOrder(section: DraftSection): Statement[] {
  const statements = [...section.successDefinition.statements];
  for (const { block } of blocksOf(section))
    for (const { statements: inParagraph } of block.paragraphs)
      for (const statement of inParagraph) statements.push(statement);
  return statements;
}

/** Statements are written this many at a time, as one piece: a large draft has a hundred thousand. */
export const STATEMENTS_PER_PIECE = 64;

export type StatementComment = { kind: "sources" } | { kind: "clarification"; point: PointToClarify };

const NO_COMMENTS: readonly StatementComment[] = [];
const SOURCES_ONLY: readonly StatementComment[] = [{ kind: "sources" }];

/**
 * The comments anchored on one statement, in order. Shared lists where there is no point to
 * clarify, as for almost every statement: both parts ask for each of a hundred thousand.
 */
export function commentsOn(
  statement: Statement,
  section: DraftSection,
  withSources: boolean,
): readonly StatementComment[] {
  // The reviewer's copy names no sources and no internal points to clarify.
  if (!withSources) return NO_COMMENTS;
  if (!statement.clarificationIds?.length) return SOURCES_ONLY;
  const comments: StatementComment[] = [{ kind: "sources" }];
  for (const id of statement.clarificationIds ?? []) {
    const point = section.clarifications.find((candidate) => candidate.id === id);
    if (point) comments.push({ kind: "clarification", point });
  }
  return comments;
}
