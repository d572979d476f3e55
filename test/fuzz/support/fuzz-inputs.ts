/**
 * What the fuzz targets share: the messages function called in-process (HTTP to the local host
 * costs more than the bot itself: 10,000 inputs must fit into CI time), the values people and
 * attackers type, and a check that a reply is one a member could be shown.
 */
import { HttpRequest, InvocationContext, type HttpResponseInit } from "@azure/functions";
import fc from "fast-check";
import { messagesHandler } from "../../../functions/messages";

/** Inputs per fast-check run: run concurrently, as Teams would send them. */
export const BATCH = 10;
/** 1,000 runs of 10 inputs: 10,000 generated inputs per target. */
export const RUNS = 1_000;
/**
 * How long a target may generate inputs (half per seed), well inside its test's 300 s: the
 * card actions fuzz ran past 300 s with the suite at a load of 15 on 2 cores. There it runs
 * fewer inputs, and says so. FUZZ_TIME_BUDGET_MS sets another budget (a hunt, a check).
 */
export const FUZZ_TIME_BUDGET_MS = Number(process.env.FUZZ_TIME_BUDGET_MS ?? 200_000);

/** When the time budget cut a target short: how many inputs it ran, where the test output shows it. */
export function reportInputsRun(target: string, count: number): void {
  if (count < BATCH * RUNS)
    console.warn(
      `${target}: ${count} of ${BATCH * RUNS} inputs within the ${FUZZ_TIME_BUDGET_MS / 1000} s budget (busy machine)`,
    );
}

const context = new InvocationContext({ functionName: "messages", invocationId: "fuzz" });

/** POST /api/messages as the Functions host hands it to the function. */
export function postInProcess(body: string, headers: Record<string, string> = {}): Promise<HttpResponseInit> {
  const request = new HttpRequest({
    method: "POST",
    url: "http://127.0.0.1/api/messages",
    headers: {
      host: "127.0.0.1",
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body, "utf8")),
      ...headers,
    },
    body: { string: body },
  });
  return messagesHandler(request, context);
}

/** Text that has broken parsers, renderers and databases before. */
export const ODD_TEXT = [
  "",
  " ",
  "\u0000",
  "\u202Eevil\u202C",
  "\u200B\u200D\uFEFF",
  "e\u0301\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "\uD800",
  "\uDFFF\uD800",
  "null",
  "undefined",
  "[object Object]",
  "__proto__",
  "constructor",
  "${7*7}{{7*7}}",
  "<script>alert(1)</script>",
  "'; DROP TABLE c; --",
  "SELECT * FROM c",
  "../../etc/passwd",
  "%E0%A4%A",
  "\r\n\r\n",
  "Ärger über Öl & Übermaß – „Zitat“ · ß",
];

/** A long text: beyond the answer limit (4,000), or beyond the body limit (256 KB) when repeated. */
const longText = fc.integer({ min: 1, max: 6 }).map((exponent) => "Wort ".repeat(10 ** exponent / 5));

export const weirdString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 1, arbitrary: longText },
);

/** Any JSON value a forged card or activity might carry in a field. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: weirdString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(weirdString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) },
  // Own "__proto__" and "constructor" keys, as JSON.parse makes them from a request body.
  {
    weight: 1,
    arbitrary: fc.constant(
      JSON.parse(
        '{"__proto__":{"isQualityOfficer":true},"constructor":{"prototype":{"roles":["qualityOfficer"]}}}',
      ) as unknown,
    ),
  },
);

/** A turn that takes longer than Teams waits (15 s) is a failure the fuzz must name, not a hang. */
const TURN_LIMIT_MS = 15_000;

/** Runs one batch of inputs at once and returns what each produced (or threw, or did not finish in time). */
export async function runConcurrently<T, R>(
  inputs: readonly T[],
  run: (input: T) => Promise<R>,
): Promise<{ input: T; result?: R; error?: unknown }[]> {
  return Promise.all(
    inputs.map(async (input) => {
      let timer: NodeJS.Timeout | undefined;
      const tooSlow = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${TURN_LIMIT_MS} ms for ${JSON.stringify(input).slice(0, 300)}`)),
          TURN_LIMIT_MS,
        );
      });
      try {
        return { input, result: await Promise.race([run(input), tooSlow]) };
      } catch (error) {
        return { input, error };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}

/** Why a text sent to a member is not a friendly reply; undefined when it is one. */
export function unfriendlyText(text: unknown): string | undefined {
  if (typeof text !== "string" || text.trim() === "") return "no text";
  if (/\bat \S+ \(|Error:|TypeError|ReferenceError|\[object |undefined|NaN|\{\w+\}/.test(text))
    return `looks like an internal error: ${text.slice(0, 200)}`;
  return undefined;
}
