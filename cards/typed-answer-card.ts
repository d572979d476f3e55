/** The offer to store a typed chat message as the answer to an open prompt: Speichern / Bearbeiten / Nein. */
import { z } from "zod";
import template from "./templates/typed-answer.json";
import { cardButtonSchema } from "./card-action";
import { renderCard } from "./render-card";

const typedAnswerCardSchema = z
  .object({
    title: z.string().min(1),
    typedLabel: z.string().min(1),
    /** The message as the person typed it, shown as plain text (TextRun). */
    typed: z.string().min(1),
    /** Several open prompts: which one the text answers (the newest is preselected). */
    choiceLabel: z.string().default(""),
    choices: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })).default([]),
    lines: z.array(z.string().min(1)).default([]),
    actions: z.array(cardButtonSchema).min(1),
  })
  .transform((data) => ({ ...data, choiceValue: data.choices[0]?.value ?? "" }));
export type TypedAnswerCardData = z.input<typeof typedAnswerCardSchema>;

export const renderTypedAnswerCard = (data: TypedAnswerCardData) => renderCard(template, typedAnswerCardSchema, data);
