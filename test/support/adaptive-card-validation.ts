/**
 * Checks a rendered Adaptive Card the way Teams would meet it: parsed and validated by the
 * official `adaptivecards` library (no DOM needed for that), version 1.5 at most, small enough
 * for a Teams message, no template holes, and every Action.Execute with a verb and an
 * Action.Submit fallback for clients without Universal Actions.
 */
import { createRequire } from "node:module";
import type * as AdaptiveCards from "adaptivecards";

// The package's `main` is untranspiled ESM meant for bundlers; its UMD build loads in Node.
const AC = createRequire(__filename)("adaptivecards/dist/adaptivecards.js") as typeof AdaptiveCards;

/** Teams refuses messages over ~28 KB; a card should stay well below. */
export const MAX_CARD_BYTES = 25 * 1024;
const MAX_VERSION = { major: 1, minor: 5 };
/** Action.Execute (Universal Actions) exists from schema 1.4 on. */
const EXECUTE_MIN_VERSION = { major: 1, minor: 4 };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Every object in the card, depth first (elements, actions, fallbacks, data). */
function objectsIn(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(objectsIn);
  if (!isObject(node)) return [];
  return [node, ...Object.values(node).flatMap(objectsIn)];
}

function versionOf(card: Json): { major: number; minor: number } | undefined {
  const match = typeof card.version === "string" ? /^(\d+)\.(\d+)$/.exec(card.version) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

const isAtMost = (v: { major: number; minor: number }, max: { major: number; minor: number }) =>
  v.major < max.major || (v.major === max.major && v.minor <= max.minor);

/** What the adaptivecards library reports while parsing and validating, as readable lines. */
function libraryProblems(card: Json): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const events = Array.from({ length: context.eventCount }, (_, index) => context.getEventAt(index));
  events.push(...parsed.validateProperties().validationEvents);
  return events.map((event) => `adaptivecards: ${AC.ValidationEvent[event.event]}: ${event.message}`);
}

function actionProblems(card: Json, version: { major: number; minor: number } | undefined): string[] {
  const problems: string[] = [];
  for (const action of objectsIn(card).filter((node) => node.type === "Action.Execute")) {
    const title = typeof action.title === "string" ? action.title : "(untitled)";
    const verb = action.verb;
    if (typeof verb !== "string" || verb.length === 0) problems.push(`Action.Execute "${title}" has no verb`);
    if (version && !isAtMost(EXECUTE_MIN_VERSION, version))
      problems.push(`Action.Execute "${title}" needs card version 1.4 or later`);
    const fallback = action.fallback;
    if (!isObject(fallback) || fallback.type !== "Action.Submit") {
      problems.push(`Action.Execute "${title}" has no Action.Submit fallback`);
    } else if (!isObject(fallback.data) || fallback.data.verb !== verb) {
      // The bot routes a Submit by `data.verb`; without it an old client's click does nothing.
      problems.push(`Action.Execute "${title}": its Action.Submit fallback does not carry verb "${String(verb)}"`);
    }
  }
  return problems;
}

/** Every reason the card would not show as intended in Teams; empty when it is fine. */
export function cardProblems(card: unknown): string[] {
  if (!isObject(card) || card.type !== "AdaptiveCard") return ["not an AdaptiveCard object"];
  const problems: string[] = [];
  const json = JSON.stringify(card);
  const version = versionOf(card);
  if (!version) problems.push(`version "${String(card.version)}" is not a schema version`);
  else if (!isAtMost(version, MAX_VERSION))
    problems.push(`version ${String(card.version)} is newer than 1.5, which Teams renders`);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > MAX_CARD_BYTES) problems.push(`card JSON is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  const holes = json.match(/\$\{[^}]*\}?/g);
  if (holes) problems.push(`unresolved template expressions: ${[...new Set(holes)].join(", ")}`);
  if (json.includes('"$data"') || json.includes('"$when"'))
    problems.push("template keywords ($data/$when) left in the card");
  problems.push(...actionProblems(card, version));
  problems.push(...libraryProblems(card));
  return problems;
}

/** Fails the test with every problem of the card listed. */
export function expectValidCard(card: unknown): void {
  expect(cardProblems(card)).toEqual([]);
}

/**
 * The Action.ToggleVisibility buttons a person can see, as the official library holds the card:
 * `click(title)` toggles its targets as a click would, `titles()` lists those visible now,
 * `isShown(id)` tells whether an element and all its parents are visible.
 */
export function toggleButtons(card: unknown): {
  titles: () => string[];
  click: (title: string) => void;
  isShown: (id: string) => boolean;
} {
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
  const isShown = (element: AdaptiveCards.CardElement | undefined): boolean =>
    !element || (element.isVisible && isShown(element.parent));
  // getAllActions names an ActionSet's actions twice (the set's and its container's view).
  const visible = () =>
    [...new Set(parsed.getAllActions())]
      .filter((action) => action instanceof AC.ToggleVisibilityAction)
      .filter((action) => isShown(action.parent));
  return {
    titles: () => visible().map((action) => action.title ?? ""),
    click: (title) => {
      const action = visible().find((candidate) => candidate.title === title);
      if (!action) throw new Error(`no visible toggle "${title}"`);
      // What the library's execute does to its targets (execute itself also redraws, which needs a DOM).
      for (const [id, state] of Object.entries(action.targetElements)) {
        const target = parsed.getElementById(id);
        if (target) target.isVisible = typeof state === "boolean" ? state : !target.isVisible;
      }
    },
    isShown: (id) => {
      const element = parsed.getElementById(id);
      return element !== undefined && isShown(element);
    },
  };
}
