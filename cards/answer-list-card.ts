/** "Meine Antworten": one page of the member's answers, newest first, with an area filter. */
import { z } from "zod";
import template from "./templates/answer-list.json";
import { cardButtonSchema } from "./card-action";
import { renderCard } from "./render-card";

const answerListCardSchema = z.object({
  title: z.string().min(1),
  subtitle: z.string().min(1),
  filterLabel: z.string().min(1),
  filterTitle: z.string().min(1),
  selectedArea: z.string(),
  areaChoices: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })).min(1),
  emptyText: z.string().min(1),
  items: z
    .array(
      z.object({
        heading: z.string().min(1),
        excerpt: z.string().min(1),
        openTitle: z.string().min(1),
        openData: z.record(z.string(), z.string()),
      }),
    )
    .max(10),
  actions: z.array(cardButtonSchema).default([]),
});
export type AnswerListCardData = z.input<typeof answerListCardSchema>;

export const renderAnswerListCard = (data: AnswerListCardData) => renderCard(template, answerListCardSchema, data);
