/**
 * Shape of one reflection prompt in the catalog. The catalog files (one per group of areas)
 * are plain data; `prompt-catalog.ts` collects them and fills placeholders.
 */
import type { Audience, PromptKind } from "../audience";
import type { AreaId, DimensionId, Localized, ModelId } from "../quality-models";

/**
 * The side from which a prompt looks at a practice, so that a person asked about the same
 * cell twice gets a different question.
 */
type PromptAngle = "example" | "change" | "difficulty" | "voice" | "overview" | "evidence";

export interface CatalogPrompt {
  /** Stable id, never reused: `<area>.<dimension>.<model or "all">.<n>`, e.g. `leitbild.results.all.2`. */
  id: string;
  area: AreaId;
  dimension: DimensionId;
  /** The models whose organisations may get this prompt. */
  models: readonly ModelId[];
  angle: PromptAngle;
  /**
   * Who can answer it from their own work (any one of them is enough): "everyone", or the
   * pedagogical staff, administration, management or quality officers (see audience.ts).
   */
  audience: readonly Audience[];
  /**
   * "experience": asked in rotation to each member of the audience. "fact": one answer for the
   * whole organisation (a date, a figure, a document), asked once per cycle to the area's owner.
   */
  kind: PromptKind;
  /**
   * Only for area 11 in a re-certification: "11a" looks back at the goals agreed last time
   * (never asked in a first certification), "11b" sets new goals. Absent elsewhere.
   */
  part?: "11a" | "11b";
  /**
   * The question. May contain the placeholders `{clients}` and `{clientsBare}` (the plural after an article or without one, for the people the
   * organisation serves, e.g. "die Teilnehmenden" / "wenn Teilnehmende fragen" / "learners"; see fillPrompt) and `{successDefinition}`
   * (e.g. "die Definition gelungenen Lernens Ihrer Einrichtung" / "your organisation's definition of successful learning",
   * followed by the organisation's own wording when configured).
   */
  text: Localized;
  /** One line that helps answering: what a useful answer mentions. Same placeholders. */
  guidance: Localized;
  /** A short example of a good answer (2–4 sentences). Same placeholders. */
  example: Localized;
}
