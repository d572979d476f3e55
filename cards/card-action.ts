/** A button that sends a verb back to the bot (Action.Execute with an Action.Submit fallback). */
import { z } from "zod";
import { CARD_VERBS } from "./card-verbs";

export const cardActionSchema = z.object({ title: z.string().min(1), verb: z.enum(CARD_VERBS) });

/** A button with a payload; the verb is copied into the payload so Action.Submit carries it too. */
export const cardButtonSchema = z
  .object({
    title: z.string().min(1).max(40),
    verb: z.enum(CARD_VERBS),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
    style: z.enum(["default", "positive", "destructive"]).default("default"),
  })
  .transform((button) => ({ ...button, data: { ...button.data, verb: button.verb } }));
export type CardButton = z.input<typeof cardButtonSchema>;
