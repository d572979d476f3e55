import { classifySendError, parseRetryAfter, SendTimeoutError } from "../../../bot/scheduling/send-errors";
import { restError } from "../../support/rest-error";

describe("send error classification", () => {
  const now = Date.parse("2026-11-24T09:00:00.000Z");

  it("reads a 429's Retry-After in seconds or as a date", () => {
    expect(classifySendError(restError(429, "Throttled", { "Retry-After": "7" }), now)).toEqual({
      kind: "throttled",
      reason: "throttled",
      status: 429,
      retryAfterMs: 7_000,
    });
    expect(
      classifySendError(restError(429, undefined, { "Retry-After": "Tue, 24 Nov 2026 09:01:00 GMT" }), now),
    ).toMatchObject({
      kind: "throttled",
      retryAfterMs: 60_000,
    });
    expect(classifySendError(restError(429), now)).toEqual({ kind: "throttled", reason: "throttled", status: 429 });
  });

  it.each([412, 502, 503, 504, 500])("retries HTTP %i", (status) => {
    expect(classifySendError(restError(status), now)).toEqual({ kind: "transient", reason: `http-${status}`, status });
  });

  it("retries timeouts and network errors", () => {
    expect(classifySendError(new SendTimeoutError(), now)).toEqual({ kind: "transient", reason: "timeout" });
    expect(classifySendError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), now)).toEqual({
      kind: "transient",
      reason: "network-ECONNRESET",
    });
    expect(classifySendError("something odd", now)).toEqual({ kind: "transient", reason: "network" });
  });

  it("marks a member who blocked or removed the bot unreachable (403 MessageWritesBlocked and kin)", () => {
    expect(classifySendError(restError(403, "MessageWritesBlocked"), now)).toEqual({
      kind: "unreachable",
      reason: "blocked-MessageWritesBlocked",
      status: 403,
    });
    expect(classifySendError(restError(403, "ConversationBlockedByUser"), now)).toMatchObject({ kind: "unreachable" });
  });

  it("marks a conversation that is gone (404) unreachable", () => {
    expect(classifySendError(restError(404), now)).toEqual({ kind: "unreachable", reason: "not-found", status: 404 });
  });

  it("gives up at once on other refusals: a 403 about the bot, a bad request, a card too large", () => {
    expect(classifySendError(restError(403, "BotDisabledByAdmin"), now)).toEqual({
      kind: "permanent",
      reason: "forbidden-BotDisabledByAdmin",
      status: 403,
    });
    expect(classifySendError(restError(400, "BadArgument"), now)).toEqual({
      kind: "permanent",
      reason: "http-400-BadArgument",
      status: 400,
    });
    expect(classifySendError(restError(413, "MessageSizeTooBig"), now)).toMatchObject({
      kind: "permanent",
      status: 413,
    });
  });

  it("keeps message text out of the reason: only identifier-like sub-codes are used", () => {
    expect(classifySendError(restError(403, "Anna Schneider blocked you"), now)).toEqual({
      kind: "permanent",
      reason: "forbidden",
      status: 403,
    });
  });

  it("ignores an unreadable Retry-After and caps a very long one at an hour", () => {
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("86400", now)).toBe(3_600_000);
    expect(parseRetryAfter("Tue, 24 Nov 2026 08:00:00 GMT", now)).toBe(0);
  });
});
