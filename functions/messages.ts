/**
 * `POST /api/messages`: the Bot Framework endpoint. Refuses oversized and malformed bodies
 * before the bot sees them (4xx, never 500), then hands the activity to the CloudAdapter.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { z } from "zod";
import { getServices } from "./composition-root";

export const MAX_BODY_BYTES = 256 * 1024;

const minimalActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    from: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    recipient: z.object({ id: z.string().min(1).max(512) }).passthrough(),
  })
  .passthrough();

const problem = (status: number, message: string): HttpResponseInit => ({ status, jsonBody: { error: message } });

export async function messagesHandler(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
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

  const { endpoint } = await getServices();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  const response = await endpoint.process({ method: request.method, headers, body: activity.data });
  if (response.body === undefined) return { status: response.status };
  return typeof response.body === "string"
    ? { status: response.status, jsonBody: { error: response.status >= 500 ? "internal error" : response.body } }
    : { status: response.status, jsonBody: response.body };
}
