/** One quality area of the progress summary: per dimension the status, answers, contributors and freshness. */
import { z } from "zod";
import template from "./templates/progress-area.json";
import { cardButtonSchema } from "./card-action";
import { coverageSymbolSchema } from "./progress-card";
import { renderCard } from "./render-card";

const progressAreaCardSchema = z.object({
  title: z.string().min(1),
  subtitle: z.string().min(1),
  summary: z.string().min(1),
  dimensions: z
    .array(
      z.object({
        name: z.string().min(1),
        /** Symbol and word, e.g. "◐ wenig": readable without colour. */
        status: z.string().min(1),
        color: coverageSymbolSchema.shape.color,
        detail: z.string().min(1),
      }),
    )
    .length(5),
  privacy: z.string().min(1),
  actions: z.array(cardButtonSchema).min(1),
});
export type ProgressAreaCardData = z.input<typeof progressAreaCardSchema>;

export const renderProgressAreaCard = (data: ProgressAreaCardData) =>
  renderCard(template, progressAreaCardSchema, data);
