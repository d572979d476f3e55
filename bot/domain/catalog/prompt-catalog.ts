/**
 * The prompt catalog: every prompt of every area file, looked up by id or by cell, with its
 * placeholders filled for one organisation.
 */
import { servedTermOf, type OrgConfig } from "../org-config";
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

export type { CatalogPrompt } from "./catalog-prompt";

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

export const PLACEHOLDERS = ["clients", "clientsBare", "successDefinition"] as const;

const INLINE_DEFINITION_MAX = 160;

/** What fills the placeholders for an organisation. */
export type PromptContext = Pick<OrgConfig, "model" | "successDefinition" | "overrides" | "servedTerm">;

/**
 * The German plural after an article or in the dative ("die Teilnehmenden", "von
 * Ratsuchenden"): a noun made from an adjective or participle ("Teilnehmende", "Lernende")
 * takes an -n there, any other plural ("Kundinnen und Kunden", "Familien") stays as it is.
 * Only the word before " und ", " oder ", "/", "," or the end is a noun of the list.
 */
export function servedAfterArticle(term: string): string {
  return term.trim().replace(/(\p{Lu}\p{Ll}*e)(?=$|\s+und\s|\s+oder\s|\s*[/,])/gu, "$1n");
}

/**
 * The prompt text for one organisation. `{clients}` is the plural after an article or in the
 * dative ("die {clients}"), `{clientsBare}` the plural without one ("wenn {clientsBare} fragen");
 * both are the organisation's word for the people it serves, and the same in English.
 * `{successDefinition}` names the organisation's definition (not the staff member's own) and
 * quotes it when it is short.
 */
export function fillPrompt(text: Localized, context: PromptContext, locale: Locale): string {
  const model = QUALITY_MODELS[context.model];
  const term = context.overrides.successDefinitionTerm ?? model.successDefinitionTerm;
  const served = servedTermOf(context);
  // A long definition would bury the question; the card can show it in full instead.
  const own = context.successDefinition.trim().length <= INLINE_DEFINITION_MAX ? context.successDefinition.trim() : "";
  const definition =
    locale === "de"
      ? `die ${term.de} Ihrer Einrichtung${own ? ` („${own}“)` : ""}`
      : `your organisation's ${term.en}${own ? ` (“${own}”)` : ""}`;
  const clients = locale === "de" ? servedAfterArticle(served.de) : served.en.trim();
  const bare = locale === "de" ? served.de.trim() : served.en.trim();
  return text[locale]
    .replace(/\{clients\}/g, clients)
    .replace(/\{clientsBare\}/g, bare)
    .replace(/\{successDefinition\}/g, definition);
}
