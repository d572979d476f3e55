/**
 * Renders an Adaptive Card template with data that its zod schema has checked first, so a card
 * never goes out with a hole in it.
 */
import * as ACData from "adaptivecards-templating";
import type { z } from "zod";

export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: string;
  [key: string]: unknown;
}

export function renderCard<Schema extends z.ZodType>(template: object, schema: Schema, data: z.input<Schema>): AdaptiveCard {
  const checked = schema.parse(data);
  const card = new ACData.Template(template).expand({ $root: checked }) as AdaptiveCard;
  return card;
}
