/** How the Function App's process runs zod. */
import { z } from "zod";

/**
 * zod writes a fast parser for each object schema with `new Function` on the schema's first
 * parse: code that V8's code cache of the bundle cannot hold, so a new instance wrote and compiled
 * them during its first request (about 45 ms of CPU of the first request after a cold start,
 * docs/reliability.md). Parsing without them measured no slower for our schemas (an organisation's
 * configuration and a delivery, about 110-140 µs either way).
 */
export function useInterpretedZodParsers(): void {
  z.config({ jitless: true });
}
