/**
 * The deterministic compiler (default, no network): answers → draft sections per quality area.
 * Answers already in memory go through the same builder an export feeds page by page.
 */
import type { DraftInput } from "./draft-input";
import type { Draft } from "./draft";
import { createDraftBuilder } from "./draft-builder";

export function compileDraft(input: DraftInput): Draft {
  const { answers, coverage, ...options } = input;
  const builder = createDraftBuilder(options);
  for (const answer of answers) builder.add(answer);
  return builder.finish(coverage);
}
