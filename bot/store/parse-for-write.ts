/** Validates a value before it is written, so that nothing a reader would refuse gets stored. */
import type { z } from "zod";
import { AppError } from "../errors";

/** The parsed value, or INVALID_INPUT naming the failing paths and rules (never the values). */
export function parseForWrite<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.code}`).join(", ");
  throw new AppError("INVALID_INPUT", `${what} rejected (${problems})`, { cause: result.error });
}
