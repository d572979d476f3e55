/**
 * What a failed proactive send means for the delivery: wait and retry, give up, or stop
 * writing to this member. Reads the status, sub-code and Retry-After of the error botbuilder
 * throws (a RestError from the connector client) without depending on its type.
 */

export type SendFailure =
  /** 429: Teams asked us to slow down; `retryAfterMs` when it said for how long. */
  | { kind: "throttled"; reason: string; status: number; retryAfterMs?: number }
  /** Worth another attempt after a backoff: 412, 5xx, timeouts, network errors. */
  | { kind: "transient"; reason: string; status?: number }
  /** The member blocked or removed the app, or the conversation is gone: no retry. */
  | { kind: "unreachable"; reason: string; status: number }
  /** Another attempt would fail the same way (a bad request, a card too large). */
  | { kind: "permanent"; reason: string; status: number };

/** Thrown by the sender when the connector does not answer in time. */
export class SendTimeoutError extends Error {
  constructor() {
    super("proactive send timed out");
    this.name = "SendTimeoutError";
  }
}

const TRANSIENT_STATUSES = new Set([408, 412, 500, 502, 503, 504]);
/** Teams' sub-codes for "this member cannot get messages from the bot any more". */
const BLOCKED_SUB_CODES = new Set(["MessageWritesBlocked", "ConversationBlockedByUser", "BotNotInConversationRoster"]);
/** Retry-After is honoured up to this long; beyond it the delivery waits this long. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;

interface ErrorShape {
  statusCode?: unknown;
  status?: unknown;
  code?: unknown;
  name?: unknown;
  response?: { headers?: unknown; status?: unknown };
}

/** Classifies a send error; `nowMs` resolves a Retry-After given as an HTTP date. */
export function classifySendError(error: unknown, nowMs: number): SendFailure {
  const shape: ErrorShape = error !== null && typeof error === "object" ? error : {};
  const status = numberOf(shape.statusCode) ?? numberOf(shape.status) ?? numberOf(shape.response?.status);
  const subCode = safeCode(shape.code);

  if (status === undefined) {
    if (shape.name === "SendTimeoutError" || shape.name === "AbortError" || subCode === "ETIMEDOUT")
      return { kind: "transient", reason: "timeout" };
    return { kind: "transient", reason: subCode ? `network-${subCode}` : "network" };
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(headerOf(shape.response?.headers, "retry-after"), nowMs);
    return { kind: "throttled", reason: "throttled", status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (status === 404) return { kind: "unreachable", reason: "not-found", status };
  if (status === 403) {
    return subCode && BLOCKED_SUB_CODES.has(subCode)
      ? { kind: "unreachable", reason: `blocked-${subCode}`, status }
      : { kind: "permanent", reason: subCode ? `forbidden-${subCode}` : "forbidden", status };
  }
  // 401: the bot's token was refused; usually a passing sign-in problem, so bounded retries.
  if (TRANSIENT_STATUSES.has(status) || status === 401 || status > 500)
    return { kind: "transient", reason: `http-${status}`, status };
  return { kind: "permanent", reason: subCode ? `http-${status}-${subCode}` : `http-${status}`, status };
}

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const trimmed = value.trim();
  const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1_000 : Date.parse(trimmed) - nowMs;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.round(ms)));
}

function numberOf(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

/** A sub-code goes into stored reasons and logs: identifiers only, never message text. */
function safeCode(value: unknown): string | undefined {
  return typeof value === "string" && /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(value) ? value : undefined;
}

/** Reads a header from core-rest-pipeline's HttpHeaders (`get`) or a plain object. */
function headerOf(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const withGet = headers as { get?: unknown };
  if (typeof withGet.get === "function") {
    const value: unknown = (withGet.get as (key: string) => unknown).call(headers, name);
    return typeof value === "string" ? value : undefined;
  }
  const entry = Object.entries(headers as Record<string, unknown>).find(([key]) => key.toLowerCase() === name);
  return typeof entry?.[1] === "string" ? entry[1] : undefined;
}
