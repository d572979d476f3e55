/**
 * Reads what a card sent back. Card data is user-controlled: only ids and typed text are
 * taken from it, each checked here; roles and ownership are decided on the server.
 */
import { z } from "zod";
import { normaliseTypedText } from "../domain/typed-text";
import { AppError } from "../errors";

/** A card button's payload: the verb and whatever the card put beside it. Never trusted for roles. */
export interface CardActionInput {
  verb: string;
  data: Record<string, unknown>;
}

/** The value as a plain object, or an empty one for anything else (arrays, null, text). */
export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reads `{ verb, …data }` from a card action payload (Execute data or Submit value). */
export function readCardAction(value: unknown): CardActionInput | undefined {
  const data = asRecord(value);
  const verb = data.verb;
  if (typeof verb !== "string" || verb.length === 0 || verb.length > 64) return undefined;
  return { verb, data };
}

/** Parses the card's data with a schema; anything else is INVALID_INPUT (a friendly message). */
export function readInput<Schema extends z.ZodType>(input: CardActionInput, schema: Schema): z.infer<Schema> {
  const parsed = schema.safeParse(input.data);
  if (!parsed.success) throw new AppError("INVALID_INPUT", `card data does not match ${input.verb}`);
  return parsed.data;
}

export const idSchema = z.string().min(1).max(300);
/**
 * Typed text arrives as a string; an empty field may be missing altogether. It is normalised
 * here (the same rule the store applies), so checks and the card shown back see the stored text.
 */
export const typedTextSchema = z.string().max(100_000).overwrite(normaliseTypedText).optional().default("");
