/** The greeting a member sees on install and when saying hello. */
import { z } from "zod";
import template from "./templates/welcome.json";
import { renderCard } from "./render-card";
import { cardActionSchema } from "./card-action";

const welcomeCardSchema = z.object({
  title: z.string().min(1),
  greeting: z.string().min(1),
  intro: z.string().min(1),
  privacyTitle: z.string().min(1),
  privacyLines: z.array(z.string().min(1)).min(1),
  roleTitle: z.string().min(1),
  roleLines: z.array(z.string().min(1)).min(1),
  actions: z.array(cardActionSchema).min(1),
});
export type WelcomeCardData = z.input<typeof welcomeCardSchema>;

export const renderWelcomeCard = (data: WelcomeCardData) => renderCard(template, welcomeCardSchema, data);
