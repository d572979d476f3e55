/**
 * Who a written draft is for: "working" (default) is the quality team's copy with every source;
 * "reviewer" is the copy for the Gutachter, without the sources (no tables, markers or source
 * comments), since a reviewer judges the organisation's text, not who said what.
 */
type DraftVariant = "working" | "reviewer";

export interface DraftWriterOptions {
  variant?: DraftVariant;
}

export function showsSources(options: DraftWriterOptions): boolean {
  return (options.variant ?? "working") === "working";
}
