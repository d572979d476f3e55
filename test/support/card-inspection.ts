/**
 * Reads rendered Adaptive Cards: their text, buttons and inputs, for tests that click through
 * flows. Imports nothing of the app, so unit tests that read cards stay light.
 */

/** The Adaptive Card of a sent activity, if it carries one. */
export function cardOf(activity: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const attachments = activity?.attachments as
    { contentType?: string; content?: Record<string, unknown> }[] | undefined;
  return attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content;
}

/** All text shown on a card, joined, for assertions on what the user reads. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (
          (key === "text" || key === "title" || key === "label" || key === "placeholder" || key === "value") &&
          typeof value === "string"
        )
          texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  // As the reader sees it: 5\. Oktober (kept from becoming a numbered list) shows as "5. Oktober".
  return texts.join("\n").replace(/(\d)\\([.)])/g, "$1$2");
}

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
