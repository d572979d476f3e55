/**
 * The quality officers' administration card: a setup step, the setup summary, the overview or
 * the roles search. Sections of facts, typed inputs and buttons, with the problems of the last
 * try on top and every typed value kept in its field.
 */
import { z } from "zod";
import template from "./templates/setup-card.json";
import { cardButtonSchema } from "./card-action";
import { isSetupInputId, type SetupInputId } from "./card-inputs";
import { renderCard } from "./render-card";

const choiceSchema = z.object({ title: z.string().min(1), value: z.string().min(1) });

const setupFieldSchema = z.object({
  kind: z.enum(["text", "multiline", "date", "time", "number", "choice", "multichoice"]),
  /** The input's id: the key its value comes back under (declared in card-inputs.ts). */
  id: z.custom<SetupInputId>((id) => typeof id === "string" && isSetupInputId(id)),
  label: z.string().min(1),
  value: z.string().default(""),
  /** Input.Number wants a number. */
  numberValue: z.number().optional(),
  min: z.number().default(0),
  max: z.number().default(100),
  maxLength: z.number().int().positive().default(500),
  placeholder: z.string().default(""),
  hint: z.string().default(""),
  /** What is wrong with the typed value, shown right below the field. */
  error: z.string().default(""),
  choices: z.array(choiceSchema).default([]),
});
export type SetupCardField = z.input<typeof setupFieldSchema>;

const setupSectionSchema = z.object({
  heading: z.string().default(""),
  lines: z.array(z.string().min(1)).default([]),
  facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })).default([]),
  fields: z.array(setupFieldSchema).default([]),
  buttons: z.array(cardButtonSchema).default([]),
});
export type SetupCardSection = z.input<typeof setupSectionSchema>;

const setupCardSchema = z.object({
  title: z.string().min(1),
  /** "Schritt 2 von 6 · Zeitplan" */
  progress: z.string().default(""),
  intro: z.string().default(""),
  problems: z.array(z.string().min(1)).default([]),
  notices: z.array(z.string().min(1)).default([]),
  sections: z.array(setupSectionSchema).default([]),
  actions: z.array(cardButtonSchema).default([]),
});
export type SetupCardData = z.input<typeof setupCardSchema>;

export const renderSetupCard = (data: SetupCardData) => renderCard(template, setupCardSchema, data);
