/**
 * A small HTTP host that serves the app's Function registrations the way the Functions host
 * would (`/api/<route>`), for machines without Azure Functions Core Tools.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { HttpRequest, HttpResponse, InvocationContext } from "@azure/functions";
import { isLoopbackHost } from "../config";
import type { HttpRegistration } from "../registrations";

/** The host reads at most this much; the messages function applies its own, smaller limit. */
const MAX_READ_BYTES = 1024 * 1024;

export interface LocalHost {
  url: string;
  close(): Promise<void>;
}

export interface LocalHostOptions {
  host: string;
  port: number;
  functions: readonly HttpRegistration[];
  /** Local mode has no authentication: the host then refuses to listen beyond loopback. */
  isLocalMode: boolean;
  /** After each request: answered, or abandoned by its client (which is no error). */
  onRequestDone?: (outcome: RequestOutcome) => void;
}

export type RequestOutcome = "answered" | "clientAborted" | "failed";

export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  if (options.isLocalMode && !isLoopbackHost(options.host)) {
    throw new Error(
      `Refusing to listen on ${options.host}: local mode has no authentication and serves loopback only.`,
    );
  }
  const server = http.createServer((req, res) => {
    void serve(options.functions, req, res).then((outcome) => options.onRequestDone?.(outcome));
  });
  // Idle connections stay open until the client closes them: with Node's default (5 s) the host
  // could close one a client was just reusing, while the request waited behind a busy event loop.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostForUrl}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(
  functions: readonly HttpRegistration[],
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<RequestOutcome> {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = url.pathname.replace(/^\/api\//, "");
    const matched = url.pathname.startsWith("/api/") ? matchRoute(functions, route) : undefined;
    if (!matched) return await send(res, new HttpResponse({ status: 404 }));
    const { registration, params } = matched;
    if (!registration.methods.includes((req.method ?? "GET") as never))
      return await send(res, new HttpResponse({ status: 405 }));

    const body = await readBody(req);
    if (body === "clientAborted") return body;
    if (body === "tooLarge")
      return await send(res, new HttpResponse({ status: 413, jsonBody: { error: "body too large" } }));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers[name] = value;
    const request = new HttpRequest({
      method: req.method ?? "GET",
      url: url.toString(),
      headers,
      query: Object.fromEntries(url.searchParams),
      params,
      ...(body.length > 0 ? { body: { bytes: body } } : {}),
    });
    const context = new InvocationContext({ functionName: registration.name, invocationId: crypto.randomUUID() });
    const result = await registration.handler(request, context);
    return await send(res, result instanceof HttpResponse ? result : new HttpResponse(result));
  } catch (error) {
    // The handlers answer their own errors; reaching this is a bug, so say 500 and keep serving.
    process.stderr.write(`local host: unhandled ${error instanceof Error ? error.name : "error"}\n`);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "internal error" }));
    return "failed";
  }
}

/** Finds the registration whose route template (`exports/{orgId}/{exportId}`) matches the path. */
function matchRoute(functions: readonly HttpRegistration[], path: string) {
  const segments = path.split("/");
  for (const registration of functions) {
    const template = registration.route.split("/");
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const isMatch = template.every((part, index) => {
      const segment = segments[index] ?? "";
      const name = part.match(/^\{(\w+)\}$/)?.[1];
      if (name) {
        const value = decodeSegment(segment);
        if (value !== undefined) params[name] = value;
        return segment.length > 0 && value !== undefined;
      }
      return part === segment;
    });
    if (isMatch) return { registration, params };
  }
  return undefined;
}

/** A path segment decoded, or undefined for a broken escape ("%E0%A4%A"): no route matches it. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The request body; "tooLarge" when it exceeds MAX_READ_BYTES (drained, not kept); "clientAborted"
 * when the client went away before sending all of it (a closed tab, a cancelled fetch: not our error).
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | "tooLarge" | "clientAborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_READ_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_READ_BYTES ? "tooLarge" : Buffer.concat(chunks)));
    req.on("error", () => resolve("clientAborted"));
  });
}

async function send(res: http.ServerResponse, response: HttpResponse): Promise<RequestOutcome> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  // The client may have gone while the handler worked; the work is done, there is no one to tell.
  if (res.destroyed) return "clientAborted";
  res.writeHead(response.status, headers);
  res.end(body);
  return "answered";
}
