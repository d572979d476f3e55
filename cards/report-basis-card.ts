/** The quality officer's Selbstreport basis: pasted requirement and goal lines, workshop date, previous report, Gutachten notes. */
import { z } from "zod";
import template from "./templates/report-basis.json";
import { cardButtonSchema } from "./card-action";
import { REPORT_BASIS_TEXT_INPUTS } from "./card-inputs";
import { renderCard } from "./render-card";

const pastedFieldSchema = z.object({
  id: z.enum(REPORT_BASIS_TEXT_INPUTS),
  label: z.string().min(1),
  hint: z.string().min(1),
  placeholder: z.string().min(1),
  maxLength: z.number().int().positive(),
  value: z.string().default(""),
  /** What is stored when the field is not filled with it (too long for a card): "gespeichert: …". */
  stored: z.string().default(""),
});

const reportBasisCardSchema = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  notice: z.string().default(""),
  noticeColor: z.enum(["Attention", "Warning", "Good", "Default"]).default("Attention"),
  /** One line per pasted line that could not be read, naming the line and the reason. */
  problems: z.array(z.string().min(1)).default([]),
  fields: z.array(pastedFieldSchema).min(1),
  showWorkshopDate: z.boolean(),
  workshopLabel: z.string().min(1),
  workshopHint: z.string().min(1),
  lastWorkshopAt: z.string().default(""),
  actions: z.array(cardButtonSchema).min(1),
});
export type ReportBasisCardData = z.input<typeof reportBasisCardSchema>;

export const renderReportBasisCard = (data: ReportBasisCardData) => renderCard(template, reportBasisCardSchema, data);
