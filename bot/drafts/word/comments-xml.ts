/**
 * word/comments.xml of a draft, in document order: on each statement one comment naming its
 * sources, and for each point to clarify it is one side of, a comment quoting the other side(s).
 */
import type { Draft, DraftSection, DraftSource, PointToClarify, Statement } from "../draft";
import { commentsOn, statementsInOrder, type StatementComment } from "./statement-order";
import { COMMENTS_END, COMMENTS_START } from "./wordml-parts";
import { escapeXml, paragraph, textRuns } from "./wordml-xml";

const COMMENT_INITIALS = "QR";

export function* commentsXml(draft: Draft, withSources: boolean): Generator<string> {
  yield COMMENTS_START;
  const author = escapeXml(draft.labels.commentAuthor);
  const date = new Date(draft.generatedAt).toISOString();
  let id = 0;
  let sources: ReadonlyMap<string, DraftSource> = new Map();
  let sourcesOf: DraftSection | undefined;
  for (const { section, statement } of statementsInOrder(draft)) {
    if (section !== sourcesOf) {
      sources = new Map(section.sources.map((source) => [source.key, source]));
      sourcesOf = section;
    }
    for (const comment of commentsOn(statement, section, withSources)) {
      const lines = commentLines(comment, statement, sources, draft.labels.clarifications);
      yield `<w:comment w:id="${id++}" w:author="${author}" w:date="${date}" w:initials="${COMMENT_INITIALS}">${lines.map((line) => paragraph(textRuns(line))).join("")}</w:comment>`;
    }
  }
  yield COMMENTS_END;
}

function commentLines(
  comment: StatementComment,
  statement: Statement,
  sources: ReadonlyMap<string, DraftSource>,
  clarificationsLabel: string,
): string[] {
  if (comment.kind === "sources") return statement.sourceKeys.map((key) => describeSource(sources.get(key), key));
  return clarificationLines(comment.point, statement, clarificationsLabel);
}

/** "Klärungsbedarf K2: …", then every side that is not this statement, with its sources. */
function clarificationLines(point: PointToClarify, statement: Statement, label: string): string[] {
  const own = new Set(statement.sourceKeys);
  const others = point.sides.filter((side) => !side.sourceKeys.every((key) => own.has(key)));
  return [
    `${label} ${point.id}: ${point.summary}`,
    ...(others.length > 0 ? others : point.sides).map((side) => `„${side.text}“ [${side.sourceKeys.join(", ")}]`),
  ];
}

function describeSource(source: DraftSource | undefined, key: string): string {
  if (!source) return key;
  return [source.key, source.person, source.group, source.date].filter(Boolean).join(" · ");
}
