/**
 * What is kept of the LLM's prose for one dimension: each sentence re-pseudonymised and checked
 * against the statements it cites. A sentence that is not supported is dropped, and every structured
 * statement that was sent (or withheld) and is no longer cited by a kept sentence takes its place:
 * nothing staff said is lost and nothing the LLM made up stays.
 */
import type { DimensionBlock, DraftParagraph, Statement } from "../draft";
import { redactPersonalData, type RedactionContext } from "../privacy";
import type { SentStatement } from "./area-plan";
import { checkSentenceSupport } from "./sentence-support";

export interface VerifiedBlock {
  paragraphs: DraftParagraph[];
  /** Sentences of the LLM dropped as unsupported. */
  dropped: number;
}

export interface VerifyOptions {
  sent: readonly SentStatement[];
  /** Source keys of statements that were not sent because they read as instructions to a model. */
  withheldIds: ReadonlySet<string>;
  structured: DimensionBlock;
  privacy: RedactionContext;
  /** What the LLM was told besides the statements: its words are no new entities. */
  context: string;
}

export function verifyBlock(drafted: readonly DraftParagraph[], options: VerifyOptions): VerifiedBlock {
  const textsById = new Map<string, string[]>();
  for (const statement of options.sent)
    for (const id of statement.ids) textsById.set(id, [...(textsById.get(id) ?? []), statement.text]);
  const keptIds = new Set<string>();
  const offeredIds = new Set<string>([...options.withheldIds, ...textsById.keys()]);
  let dropped = 0;
  const paragraphs: DraftParagraph[] = [];
  for (const paragraph of drafted) {
    const statements: Statement[] = [];
    for (const statement of paragraph.statements) {
      const text = redactPersonalData(statement.text, options.privacy).text;
      const cited = [...new Set(statement.sourceKeys.flatMap((id) => textsById.get(id) ?? []))];
      if (checkSentenceSupport(text, cited, options.context).isSupported) {
        statements.push({ ...statement, text });
        for (const id of statement.sourceKeys) keptIds.add(id);
      } else {
        dropped += 1;
      }
    }
    if (statements.length > 0) paragraphs.push({ statements });
  }
  const restored = options.structured.paragraphs
    .flatMap((paragraph) => paragraph.statements)
    .filter(
      (statement) =>
        statement.sourceKeys.some((key) => offeredIds.has(key)) &&
        !statement.sourceKeys.some((key) => keptIds.has(key)),
    );
  if (restored.length > 0) paragraphs.push({ statements: restored });
  return { paragraphs, dropped };
}
