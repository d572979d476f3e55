/** The list of commands, grouped by what the member's roles allow. */
import { z } from "zod";
import template from "./templates/help.json";
import { renderCard } from "./render-card";

const helpCardSchema = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  sections: z.array(z.object({ title: z.string().min(1), lines: z.array(z.string().min(1)).min(1) })).min(1),
  privacy: z.string().min(1),
});
export type HelpCardData = z.input<typeof helpCardSchema>;

export const renderHelpCard = (data: HelpCardData) => renderCard(template, helpCardSchema, data);
