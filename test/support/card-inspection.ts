/** Finds buttons and inputs on rendered Adaptive Cards, for tests that click through flows. */
import { cardText } from "./bot-harness";

/** The data of the Action.Execute button with this title anywhere in a card (also inside ShowCard). */
export function buttonData(card: unknown, title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown) => {
    if (found || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record.type === "Action.Execute" && record.title === title) found = record.data as Record<string, unknown>;
    Object.values(record).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no button "${title}" on the card:\n${cardText(card)}`);
  return found;
}

/** The URL of the Action.OpenUrl button with this title. */
export function linkUrl(card: unknown, title: string): string {
  let found: string | undefined;
  const walk = (node: unknown) => {
    if (found || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record.type === "Action.OpenUrl" && record.title === title && typeof record.url === "string")
      found = record.url;
    Object.values(record).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no link "${title}" on the card:\n${cardText(card)}`);
  return found;
}

/** The value an input with this id shows. */
export function inputValue(card: unknown, id: string): unknown {
  let value: unknown;
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record.id === id && typeof record.type === "string" && record.type.startsWith("Input.")) value = record.value;
    Object.values(record).forEach(walk);
  };
  walk(card);
  return value;
}

export interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

/** What Teams sends for a card's inputs when nobody changed them: each input's current value. */
export function inputValues(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (
      typeof record.id === "string" &&
      typeof record.type === "string" &&
      record.type.startsWith("Input.") &&
      record.value !== undefined
    )
      values[record.id] = typeof record.value === "string" ? record.value : JSON.stringify(record.value);
    Object.values(record).forEach(walk);
  };
  walk(card);
  return values;
}

/** The values a choice set offers. */
export function choiceValues(card: unknown, id: string): string[] {
  let values: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record.id === id && record.type === "Input.ChoiceSet" && Array.isArray(record.choices))
      values = record.choices.map((choice: { value?: unknown }) => String(choice.value));
    Object.values(record).forEach(walk);
  };
  walk(card);
  return values;
}

/** The data of every Action.Execute with this verb, in card order. */
export function actionsWithVerb(card: unknown, verb: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record.type === "Action.Execute" && record.verb === verb) found.push(record.data as Record<string, unknown>);
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}
