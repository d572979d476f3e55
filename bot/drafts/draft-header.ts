/** The draft's first page: model and version, organisation, period, cycle, date, definition of success. */
import { findArea, QUALITY_MODELS, type AreaId, type Locale } from "../domain/quality-models";
import type { DraftHeader, DraftFact } from "./draft";
import type { DraftDates } from "./draft-dates";
import type { DraftInput, DraftOrganisation } from "./draft-input";
import type { DraftTexts } from "./draft-texts";

export function compileHeader(
  input: Pick<DraftInput, "organisation" | "period" | "generatedAt" | "attribution">,
  texts: DraftTexts,
  dates: DraftDates,
  locale: Locale,
): DraftHeader {
  const { organisation, period } = input;
  const model = QUALITY_MODELS[organisation.model];
  // No version entered (there is no default): the model's abbreviation alone.
  const entered = organisation.modelVersion.trim();
  const version =
    entered === "" || entered.includes(model.abbreviation)
      ? entered || model.abbreviation
      : `${model.abbreviation} ${entered}`;
  const facts: DraftFact[] = [
    { label: texts.facts.model, value: `${model.name[locale]} (${version})` },
    { label: texts.facts.organisation, value: organisation.name.trim() || "–" },
    { label: texts.facts.period, value: `${dates.show(period.from)} – ${dates.show(period.to)}` },
    { label: texts.facts.cycle, value: texts.cycleKinds[organisation.cycleKind] },
  ];
  if (organisation.cycleKind === "recertification" && organisation.lastWorkshopAt)
    facts.push({ label: texts.facts.lastWorkshop, value: dates.show(organisation.lastWorkshopAt) });
  facts.push({ label: texts.facts.generated, value: dates.show(dates.dayOf(input.generatedAt)) });
  const requirements = organisation.requirements?.length ?? 0;
  facts.push({ label: texts.facts.requirements, value: texts.requirementsFact(requirements) });
  const successDefinition = organisation.successDefinition.trim();
  if (successDefinition)
    facts.push({ label: capitalise(successDefinitionTerm(organisation, locale)), value: successDefinition });
  return {
    title: texts.title,
    status: texts.status,
    facts,
    attributionNote: texts.attribution[input.attribution ?? "pseudonymous"],
    readingNote: texts.readingNote,
    reviewerNote: texts.reviewerNote,
  };
}

/** "QB 2 · Bedarfserschließung", with the organisation's wording where it overrode an unverified name. */
export function areaHeading(organisation: DraftOrganisation, area: AreaId, locale: Locale): string {
  const known = findArea(organisation.model, area);
  const name = organisation.areaNames?.[area]?.[locale] ?? known.name[locale];
  return `QB ${known.number} · ${name}`;
}

/** "Definition gelungenen Lernens", or the organisation's own term. */
export function successDefinitionTerm(organisation: DraftOrganisation, locale: Locale): string {
  return (organisation.successDefinitionTerm ?? QUALITY_MODELS[organisation.model].successDefinitionTerm)[locale];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
