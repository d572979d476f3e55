/**
 * `GET /api/health`: can the app serve. 200 when the configuration is valid and the store is
 * reachable; 503 otherwise, with a one-word reason and no versions, settings or secrets. The
 * availability test in infra/modules/monitoring.bicep calls it.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { getServices } from "./composition-root";
import { ConfigError } from "./config";
import { createLogger } from "../bot/logger";
import { invocationLogSink } from "./invocation-log";

/** The app's logger may not exist when the configuration is invalid; this one always does. */
const healthLogger = createLogger(invocationLogSink);

export async function healthHandler(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  try {
    const { store } = await getServices();
    const isStoreReachable = await store.isReachable();
    return {
      status: isStoreReachable ? 200 : 503,
      jsonBody: { status: isStoreReachable ? "ok" : "degraded", store: isStoreReachable ? "ok" : "unreachable" },
    };
  } catch (error) {
    if (error instanceof ConfigError) {
      // The problems name settings, never their values: e.g. an unresolved Key Vault reference.
      healthLogger.error("health.config_invalid", { reason: error.problems.join("; ") });
      return { status: 503, jsonBody: { status: "unavailable", reason: "configuration" } };
    }
    return { status: 503, jsonBody: { status: "unavailable" } };
  }
}
