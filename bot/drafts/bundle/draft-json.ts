/**
 * draft.json: the compiled draft as data (docs/drafts.md). It is the draft model itself, with one
 * addition: wherever the model cites sources by their key ("A12"), the answer ids behind those keys
 * stand beside them as `answerIds`, so that a reader can go back to the bundle's answers.
 */
import type { Draft } from "../draft";

const DRAFT_JSON_FORMAT = "lqw-reflect/draft";
const DRAFT_JSON_VERSION = 1;

export function draftAsJson(draft: Draft): string {
  const answerIdOf = new Map(
    draft.sections.flatMap((section) => section.sources.map((source) => [source.key, source.answerId] as const)),
  );
  const withAnswerIds = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withAnswerIds);
    if (value === null || typeof value !== "object") return value;
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = withAnswerIds(field);
    const keys = (value as { sourceKeys?: unknown }).sourceKeys ?? (value as { sourceKey?: unknown }).sourceKey;
    const list = Array.isArray(keys) ? keys : typeof keys === "string" ? [keys] : undefined;
    if (list) copy.answerIds = list.map((key) => answerIdOf.get(String(key))).filter((id) => id !== undefined);
    return copy;
  };
  return `${JSON.stringify(
    { format: DRAFT_JSON_FORMAT, version: DRAFT_JSON_VERSION, draft: withAnswerIds(draft) },
    null,
    2,
  )}\n`;
}
