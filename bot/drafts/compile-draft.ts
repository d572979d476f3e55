/**
 * The deterministic compiler (default, no network): answers → draft sections per quality area.
 * It never writes content of its own: statements are staff text, everything else a fixed label.
 */
import { findArea, QUALITY_MODELS, type AreaId, type Locale } from "../domain/quality-models";
import type { DraftAnswer, DraftInput, DraftOrganisation } from "./draft-input";
import type { Draft, DraftFact, DraftHeader } from "./draft";
import { createDraftDates, type DraftDates } from "./draft-dates";
import { draftTexts, type DraftTexts } from "./draft-texts";
import { compileSection, type EvidenceRegister } from "./compile-section";
import { createSourceRegistry } from "./source-registry";

const DEFAULT_DRAFT_TIME_ZONE = "Europe/Berlin";

export function compileDraft(input: DraftInput): Draft {
  const locale = input.locale ?? "de";
  const texts = draftTexts(locale);
  const dates = createDraftDates(locale, input.timeZone ?? DEFAULT_DRAFT_TIME_ZONE);
  const { organisation } = input;
  const areas = [...new Set(input.areas)].sort((a, b) => areaNumber(input, a) - areaNumber(input, b));
  const answersByArea = bucketAnswers(input, new Set(areas), dates);
  const registry = createSourceRegistry({
    members: input.members,
    attribution: input.attribution ?? "pseudonymous",
    groupNames: organisation.groupNames ?? {},
    dates,
    unknownPerson: texts.unknownPerson,
  });
  const evidence: EvidenceRegister = { records: [], byTitle: new Map() };
  const context = {
    locale,
    cycleKind: organisation.cycleKind,
    coverage: input.coverage,
    texts,
    registry,
    successDefinitionTerm: successDefinitionTerm(organisation, locale),
    evidence,
  };
  const sections = areas.map((area) =>
    compileSection(area, areaHeading(organisation, area, locale), answersByArea.get(area) ?? [], context),
  );
  return {
    locale,
    generatedAt: input.generatedAt.toISOString(),
    header: compileHeader(input, texts, dates, locale),
    labels: texts.labels,
    sections,
    evidence: evidence.records,
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

function areaNumber(input: DraftInput, area: AreaId): number {
  return findArea(input.organisation.model, area).number;
}

function bucketAnswers(input: DraftInput, areas: ReadonlySet<AreaId>, dates: DraftDates): Map<AreaId, DraftAnswer[]> {
  const buckets = new Map<AreaId, DraftAnswer[]>();
  for (const answer of input.answers) {
    if (!areas.has(answer.area)) continue;
    const day = dates.dayOf(answer.createdAt);
    if (day < input.period.from || day > input.period.to) continue;
    const bucket = buckets.get(answer.area);
    if (bucket) bucket.push(answer);
    else buckets.set(answer.area, [answer]);
  }
  for (const bucket of buckets.values()) bucket.sort(byDate);
  return buckets;
}

function byDate(a: DraftAnswer, b: DraftAnswer): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.answerId < b.answerId ? -1 : a.answerId > b.answerId ? 1 : 0;
}

function compileHeader(input: DraftInput, texts: DraftTexts, dates: DraftDates, locale: Locale): DraftHeader {
  const { organisation, period } = input;
  const model = QUALITY_MODELS[organisation.model];
  const version = organisation.modelVersion.includes(model.abbreviation)
    ? organisation.modelVersion
    : `${model.abbreviation} ${organisation.modelVersion}`;
  const facts: DraftFact[] = [
    { label: texts.facts.model, value: `${model.name[locale]} (${version})` },
    { label: texts.facts.organisation, value: organisation.name.trim() || "–" },
    { label: texts.facts.period, value: `${dates.show(period.from)} – ${dates.show(period.to)}` },
    { label: texts.facts.cycle, value: texts.cycleKinds[organisation.cycleKind] },
    { label: texts.facts.generated, value: dates.show(dates.dayOf(input.generatedAt)) },
  ];
  const successDefinition = organisation.successDefinition.trim();
  if (successDefinition)
    facts.push({ label: capitalise(model.successDefinitionTerm[locale]), value: successDefinition });
  return {
    title: texts.title,
    status: texts.status,
    facts,
    attributionNote: texts.attribution[input.attribution ?? "pseudonymous"],
    readingNote: texts.readingNote,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
