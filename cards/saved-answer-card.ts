/** What replaces a prompt card once the answer is stored: the answer, with Bearbeiten, Löschen, Meine Antworten. */
import { z } from "zod";
import template from "./templates/saved-answer.json";
import { cardButtonSchema } from "./card-action";
import { renderCard } from "./render-card";

const savedAnswerCardSchema = z.object({
  status: z.string().min(1),
  areaLine: z.string().min(1),
  dimensionName: z.string().min(1),
  question: z.string().min(1),
  answer: z.string().min(1),
  evidenceLabel: z.string().min(1),
  evidence: z.string().default(""),
  /** A Nachweis with its date and place, the status of a Schlussfolgerung: one line each. */
  details: z.array(z.string()).default([]),
  meta: z.string().min(1),
  followUpText: z.string().default(""),
  actions: z.array(cardButtonSchema).min(1),
});
export type SavedAnswerCardData = z.input<typeof savedAnswerCardSchema>;

export const renderSavedAnswerCard = (data: SavedAnswerCardData) => renderCard(template, savedAnswerCardSchema, data);
