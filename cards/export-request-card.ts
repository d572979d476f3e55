/** The quality officer's export request: areas, period, formats, attribution, drafting mode, language. */
import { z } from "zod";
import template from "./templates/export-request.json";
import { renderCard } from "./render-card";

const choice = z.object({ title: z.string().min(1), value: z.string().min(1) });

const exportRequestCardSchema = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  notice: z.string().default(""),
  areasLabel: z.string().min(1),
  areasRequired: z.string().min(1),
  /** Comma-separated, as a multi-select ChoiceSet holds its value. */
  areas: z.string(),
  areaChoices: z.array(choice).min(1),
  periodLabel: z.string().min(1),
  period: z.enum(["cycle", "range"]),
  periodChoices: z.array(choice).length(2),
  fromLabel: z.string().min(1),
  toLabel: z.string().min(1),
  from: z.string(),
  to: z.string(),
  rangeHint: z.string().min(1),
  formatLabel: z.string().min(1),
  formatRequired: z.string().min(1),
  formats: z.string(),
  formatChoices: z.array(choice).min(1),
  attributionLabel: z.string().min(1),
  attribution: z.enum(["pseudonymous", "named"]),
  attributionChoices: z.array(choice).length(2),
  variantLabel: z.string().min(1),
  variant: z.enum(["working", "reviewer"]),
  variantChoices: z.array(choice).length(2),
  modeLabel: z.string().min(1),
  mode: z.enum(["structured", "llm"]),
  modeChoices: z.array(choice).min(1),
  modeHint: z.string().default(""),
  languageLabel: z.string().min(1),
  language: z.enum(["de", "en"]),
  languageChoices: z.array(choice).length(2),
  createTitle: z.string().min(1),
});
export type ExportRequestCardData = z.input<typeof exportRequestCardSchema>;

export const renderExportRequestCard = (data: ExportRequestCardData) =>
  renderCard(template, exportRequestCardSchema, data);
