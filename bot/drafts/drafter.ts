/** The seam between the export flow and how a draft is written: structured (default) or by an LLM. */
import { compileDraft } from "./compile-draft";
import type { DraftInput } from "./draft-input";
import type { DraftResult } from "./draft";

export interface Drafter {
  /** Notes are for the person who asked (e.g. on the export card); the draft carries its own notes per area. */
  compile(input: DraftInput): Promise<DraftResult>;
}

export function createDeterministicDrafter(): Drafter {
  return { compile: (input) => new Promise((resolve) => resolve({ ...compileDraft(input), notes: [] })) };
}
