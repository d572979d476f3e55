/** The seam between the export flow and how a draft is written: structured (default) or by an LLM. */
import type { CellCoverage } from "../domain/coverage-types";
import { compileDraft } from "./compile-draft";
import { createDraftBuilder, type DraftBuildOptions } from "./draft-builder";
import type { DraftAnswer, DraftInput } from "./draft-input";
import type { DraftResult } from "./draft";

export interface Drafter {
  /** Notes are for the person who asked (e.g. on the export card); the draft carries its own notes per area. */
  compile(input: DraftInput): Promise<DraftResult>;
  /**
   * The same compile fed answer by answer, where the drafter can read each answer on its own (the
   * structured one): an export reads each page of answers while the store fetches the next, rather
   * than reading them all after the last page. Without it, the caller collects the answers for `compile`.
   */
  begin?(options: DraftBuildOptions): DraftSession;
}

interface DraftSession {
  /** Reads one answer; answers of other areas, outside the period or without text are left out. */
  add(answer: DraftAnswer): void;
  /** The draft of everything added, with the coverage of the same answers. Call once. */
  finish(coverage: readonly CellCoverage[]): Promise<DraftResult>;
}

export function createDeterministicDrafter(): Drafter {
  return {
    compile: (input) => new Promise((resolve) => resolve({ ...compileDraft(input), notes: [] })),
    begin(options) {
      const builder = createDraftBuilder(options);
      return {
        add: (answer) => builder.add(answer),
        finish: (coverage) => new Promise((resolve) => resolve({ ...builder.finish(coverage), notes: [] })),
      };
    },
  };
}
