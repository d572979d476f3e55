/** A member's own settings (also the onboarding card): group, preferred time, language, named attribution. */
import { z } from "zod";
import template from "./templates/settings.json";
import { renderCard } from "./render-card";

const choice = z.object({ title: z.string().min(1), value: z.string().min(1) });

const settingsCardSchema = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  notice: z.string().default(""),
  groupLabel: z.string().min(1),
  groupRequired: z.string().min(1),
  group: z.string(),
  groupChoices: z.array(choice).min(1),
  timeLabel: z.string().min(1),
  timeHint: z.string().min(1),
  preferredTime: z.string(),
  languageLabel: z.string().min(1),
  language: z.enum(["de", "en"]),
  languageChoices: z.array(choice).length(2),
  consentLabel: z.string().min(1),
  consentHint: z.string().min(1),
  namedAttribution: z.enum(["true", "false"]),
  saveTitle: z.string().min(1),
});
export type SettingsCardData = z.input<typeof settingsCardSchema>;

export const renderSettingsCard = (data: SettingsCardData) => renderCard(template, settingsCardSchema, data);
