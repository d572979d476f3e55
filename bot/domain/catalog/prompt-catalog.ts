/**
 * The prompt catalog: every prompt of every area file, looked up by id or by cell, with its
 * placeholders filled for one organisation.
 */
import type { OrgConfig } from "../org-config";
import {
  QUALITY_MODELS,
  type AreaId,
  type DimensionId,
  type Locale,
  type Localized,
  type ModelId,
} from "../quality-models";
import { AREAS_01_TO_03_PROMPTS } from "./areas-01-03";
import { AREAS_04_TO_05_PROMPTS } from "./areas-04-05";
import { AREAS_06_TO_08_PROMPTS } from "./areas-06-08";
import { AREAS_09_TO_11_PROMPTS } from "./areas-09-11";
import type { CatalogPrompt } from "./catalog-prompt";

export type { CatalogPrompt, PromptAngle } from "./catalog-prompt";

export const PROMPT_CATALOG: readonly CatalogPrompt[] = [
  ...AREAS_01_TO_03_PROMPTS,
  ...AREAS_04_TO_05_PROMPTS,
  ...AREAS_06_TO_08_PROMPTS,
  ...AREAS_09_TO_11_PROMPTS,
];

const BY_ID = new Map(PROMPT_CATALOG.map((prompt) => [prompt.id, prompt]));

export function findPrompt(id: string): CatalogPrompt | undefined {
  return BY_ID.get(id);
}

/**
 * The prompts an organisation of this model may get for one cell. Parts 11a/11b look back at
 * or beyond the last attestation and are asked in a re-certification only.
 */
export function promptsForCell(
  model: ModelId,
  area: AreaId,
  dimension: DimensionId,
  isRecertification: boolean,
): CatalogPrompt[] {
  return PROMPT_CATALOG.filter(
    (prompt) =>
      prompt.area === area &&
      prompt.dimension === dimension &&
      prompt.models.includes(model) &&
      (prompt.part === undefined || isRecertification),
  );
}

export const PLACEHOLDERS = ["clients", "successDefinition"] as const;

const INLINE_DEFINITION_MAX = 160;

/** What fills the placeholders for an organisation. */
export type PromptContext = Pick<OrgConfig, "model" | "successDefinition" | "overrides">;

export function fillPrompt(text: Localized, context: PromptContext, locale: Locale): string {
  const model = QUALITY_MODELS[context.model];
  const term = context.overrides.successDefinitionTerm ?? model.successDefinitionTerm;
  // A long definition would bury the question; the card can show it in full instead.
  const own = context.successDefinition.trim().length <= INLINE_DEFINITION_MAX ? context.successDefinition.trim() : "";
  const definition =
    locale === "de" ? `Ihre ${term.de}${own ? ` („${own}“)` : ""}` : `your ${term.en}${own ? ` (“${own}”)` : ""}`;
  return text[locale].replace(/\{clients\}/g, model.clientsTerm[locale]).replace(/\{successDefinition\}/g, definition);
}
