/** `GET /api/health`: is the store reachable. No versions, no settings, no secrets. */
import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { getServices } from "./composition-root";

export async function healthHandler(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  try {
    const { store } = await getServices();
    const isStoreReachable = await store.isReachable();
    return {
      status: isStoreReachable ? 200 : 503,
      jsonBody: { status: isStoreReachable ? "ok" : "degraded", store: isStoreReachable ? "ok" : "unreachable" },
    };
  } catch {
    return { status: 503, jsonBody: { status: "unavailable" } };
  }
}
