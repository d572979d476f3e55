/**
 * Renders an Adaptive Card template with data that its zod schema has checked first, so a card
 * never goes out with a hole in it.
 */
import type * as ACData from "adaptivecards-templating";
import type { z } from "zod";
import { withoutListMarkers } from "./list-markers";
import { preparedTemplate } from "./prepared-template";

export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: string;
  [key: string]: unknown;
}

// Each template is made ready once (its expressions rebuilt, prepared-template.ts), then expanded many times.
const templates = new WeakMap<object, ACData.Template>();

export function renderCard<Schema extends z.ZodType>(
  template: object,
  schema: Schema,
  data: z.input<Schema>,
): AdaptiveCard {
  const checked = schema.parse(data);
  let compiled = templates.get(template);
  if (!compiled) {
    compiled = preparedTemplate(template);
    templates.set(template, compiled);
  }
  return withoutListMarkers(compiled.expand({ $root: checked }) as AdaptiveCard);
}
