/** A button that sends a verb back to the bot (Action.Execute with an Action.Submit fallback). */
import { z } from "zod";

export const cardActionSchema = z.object({ title: z.string().min(1), verb: z.string().min(1) });
export type CardAction = z.infer<typeof cardActionSchema>;
