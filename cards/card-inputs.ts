/**
 * Every input id a card sends back, declared once per template. Templates and the setup steps
 * name their inputs from this list, the flows read them through `cardInputs` (so an id that the
 * card does not have fails to compile), and test/unit/card-inputs.test.ts fails when a template
 * has an input that is not declared here or a declared input is on no card.
 */
import type { z } from "zod";

export const CARD_INPUTS = {
  "answer-list": ["area"],
  "export-request": ["areas", "period", "from", "to", "formats", "variant", "attribution", "mode", "language"],
  progress: ["period", "group"],
  prompt: ["answer", "evidence", "documentTitle", "documentDate", "documentPlace", "status"],
  /** The four text fields come from the card's data (`${id}`), named by REPORT_BASIS_TEXT_INPUTS. */
  "report-basis": ["requirements", "goals", "previousReport", "reviewNotes", "lastWorkshopAt"],
  settings: ["group", "preferredTime", "language", "namedAttribution"],
  /** Every input id of the administration card comes from its data: the setup steps and the roles search. */
  "setup-card": [
    // Setup step 1: quality model and cycle
    "model",
    "modelVersion",
    "cycleKind",
    "cycleStart",
    "selfReportDue",
    "testatExpiry",
    // Step 2: schedule
    "weekday",
    "time",
    "frequency",
    "timeZone",
    // Step 3: quiet periods
    "quietLabel",
    "quietFrom",
    "quietTo",
    "quietRemove",
    // Step 4: groups (each group's own inputs carry its id, SETUP_INPUT_PREFIXES)
    "newGroupName",
    // Step 6: details
    "threshold",
    "language",
    "successDefinition",
    "servedTermDe",
    "servedTermEn",
    "orgName",
    // The roles card's search
    "query",
  ],
  "typed-answer": ["deliveryId"],
} as const satisfies Record<string, readonly string[]>;

/** A template with inputs, by its file name in cards/templates (without ".json"). */
export type CardTemplate = keyof typeof CARD_INPUTS;
export type CardInputId<Template extends CardTemplate> = (typeof CARD_INPUTS)[Template][number];

export const REPORT_BASIS_TEXT_INPUTS = ["requirements", "goals", "previousReport", "reviewNotes"] as const;

/** Setup inputs that repeat per group or per quality area: the prefix, then the group's or area's id. */
export const SETUP_INPUT_PREFIXES = ["groupName_", "groupAreas_", "groupAudiences_", "owner_"] as const;
type SetupInputPrefix = (typeof SETUP_INPUT_PREFIXES)[number];

/** An input on the administration card (setup steps, roles search). */
export type SetupInputId = CardInputId<"setup-card"> | `${SetupInputPrefix}${string}`;

const SETUP_CARD_INPUTS = new Set<string>(CARD_INPUTS["setup-card"]);

/** Whether an id is a declared administration-card input (one of the list, or a prefix and an id). */
export function isSetupInputId(id: string): id is SetupInputId {
  return (
    SETUP_CARD_INPUTS.has(id) ||
    SETUP_INPUT_PREFIXES.some(
      (prefix) => id.startsWith(prefix) && /^[A-Za-z0-9_-]{1,60}$/.test(id.slice(prefix.length)),
    )
  );
}

/**
 * A zod shape for inputs of one template, keyed by their declared ids: reading an input the
 * template does not have fails to compile. Button data (ids, ETags, pages) is not an input and
 * stays outside it.
 */
export function cardInputs<Template extends CardTemplate, Shape extends Record<string, z.ZodType>>(
  // Only the type is used: it names the template whose declared ids the shape's keys must be.
  _template: Template,
  shape: Shape & Record<Exclude<keyof Shape, CardInputId<Template>>, never>,
): Shape {
  return shape;
}
