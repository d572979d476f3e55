/**
 * `POST /api/messages`: the Bot Framework endpoint. Refuses oversized and malformed bodies
 * before the bot sees them (4xx, never 500), then hands the activity to the CloudAdapter.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { z } from "zod";
import { getServices } from "./composition-root";
import { refuseLocalRequest } from "./local-request-guard";

const MAX_BODY_BYTES = 256 * 1024;

/** Absent, null or text: what Teams sends in the fields a reply copies back. */
const optionalText = (max: number) => z.string().max(max).nullish();

/** Replies put it into a URL path or a header: Teams' ids are printable ASCII, anything else cannot be answered. */
const PRINTABLE_ASCII = /^[\x20-\x7E]+$/;

/** Where replies go: an absolute http(s) URL (authentication, when on, also checks it against the token). */
const serviceUrlSchema = z
  .string()
  .min(1)
  .max(2048)
  .refine((url) => URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol), {
    message: "serviceUrl must be an http(s) URL",
  });

/** An account as a reply echoes it: botbuilder refuses to send a reply whose copied fields have the wrong type. */
const accountSchema = z
  .object({
    id: z.string().min(1).max(512),
    name: optionalText(512),
    aadObjectId: optionalText(512),
    role: optionalText(64),
  })
  .passthrough();

const minimalActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).regex(PRINTABLE_ASCII).nullish(),
    channelId: optionalText(64),
    serviceUrl: serviceUrlSchema,
    locale: optionalText(64),
    text: z.string().nullish(),
    name: optionalText(256),
    action: optionalText(64),
    replyToId: optionalText(512),
    from: accountSchema,
    recipient: accountSchema,
    conversation: z
      .object({
        id: z.string().min(1).max(1024).regex(PRINTABLE_ASCII),
        name: optionalText(512),
        conversationType: optionalText(64),
        tenantId: optionalText(256),
        isGroup: z.boolean().nullish(),
        aadObjectId: optionalText(512),
        role: optionalText(64),
      })
      .passthrough(),
    membersAdded: z.array(accountSchema).nullish(),
    membersRemoved: z.array(accountSchema).nullish(),
  })
  .passthrough();

const problem = (status: number, message: string): HttpResponseInit => ({ status, jsonBody: { error: message } });

/**
 * Bot Framework and the Agents Playground send `application/json`. Anything else (a browser's
 * cross-site `text/plain` form of the same JSON above all) is refused before it is read.
 */
function isJson(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

export async function messagesHandler(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  // The sender's wait starts here, not at the turn gate: reading and checking the body count too.
  const receivedAt = performance.now();
  if (!isJson(request.headers.get("content-type"))) return problem(415, "body must be application/json");
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > MAX_BODY_BYTES) return problem(413, "body too large");
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) return problem(413, "body too large");

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return problem(400, "body is not valid JSON");
  }
  const activity = minimalActivitySchema.safeParse(json);
  if (!activity.success) return problem(400, "body is not a Bot Framework activity");

  const { endpoint, config, logger } = await getServices();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  if (config.isLocalMode) {
    const refusal = refuseLocalRequest(config.localServiceUrl, headers, activity.data.serviceUrl);
    if (refusal) {
      logger.warn("local.request_refused", { reason: refusal });
      return problem(403, "local mode serves the Teams emulator only");
    }
  }
  const response = await endpoint.process({ method: request.method, headers, body: activity.data, receivedAt });
  if (response.body === undefined) return { status: response.status };
  return typeof response.body === "string"
    ? { status: response.status, jsonBody: { error: response.status >= 500 ? "internal error" : response.body } }
    : { status: response.status, jsonBody: response.body };
}
