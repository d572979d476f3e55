/**
 * The Cosmos DB client and its containers. The only module (with the repositories beside it)
 * that knows `@azure/cosmos`; everything else sees repository interfaces.
 */
import * as https from "node:https";
import { setTimeout as delay } from "node:timers/promises";
import {
  CosmosClient,
  ErrorResponse,
  OperationType,
  type Container,
  type CosmosClientOptions,
  type Database,
  type PluginConfig,
} from "@azure/cosmos";
import { AppError } from "../errors";
import { CONTAINERS, CONTAINER_NAMES, type ContainerName } from "./container-definitions";

export interface CosmosSettings {
  endpoint: string;
  /** Account key; without it the managed identity is used (Cosmos data-plane RBAC). */
  key?: string;
  database: string;
  /** The local server uses a self-signed certificate; trusted only on loopback. */
  isLoopback: boolean;
  /** Per-request timeout so a turn fails fast when the store is unreachable. */
  requestTimeoutMs?: number;
}

export interface CosmosStore {
  container(name: ContainerName): Container;
  /** Creates the database and containers if missing (local server, emulator, tests). */
  ensureContainers(): Promise<void>;
  /** True when the database answers a read. */
  isReachable(): Promise<boolean>;
  /**
   * Waits for every store request still under way, then releases the client. Besides ours, the
   * SDK sends requests of its own that nobody awaits (each new query fetches its query plan in
   * the background); released while one of them still ran, its timers kept a finished process
   * alive (Jest's "worker failed to exit gracefully").
   */
  close(): Promise<void>;
}

/** What the SDK's default policy retries a second later, for reads and queries: a connection the server had closed. */
const CONNECTION_LOST_CODES = new Set(["ECONNRESET", "EPIPE"]);

function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && CONNECTION_LOST_CODES.has(code);
}

/**
 * Every HTTP request the SDK sends, tracked so that closing can wait for it. A read or query on a
 * connection the server had closed (an idle keep-alive connection) is sent once more at once on
 * a new one; if that fails too, the error leaves with a code the SDK does not retry. The SDK
 * itself would wait a second in a timer nobody can cancel, up to ten times, which also eats into
 * a turn's 15 s; STORE_UNAVAILABLE then keeps the typed text as for any outage.
 */
function requestTracker(): { plugin: PluginConfig; allEnded(): Promise<void> } {
  const running = new Set<Promise<unknown>>();
  const track = <T>(request: Promise<T>): Promise<T> => {
    running.add(request);
    const forget = () => running.delete(request);
    request.then(forget, forget);
    return request;
  };
  return {
    plugin: {
      on: "request",
      plugin: (context, _diagnostics, next) =>
        track(
          next(context).catch((error: unknown) => {
            const isRead =
              context.operationType === OperationType.Read || context.operationType === OperationType.Query;
            if (!isRead || !isConnectionLost(error)) throw error;
            return next(context).catch((again: unknown) => {
              if (!isConnectionLost(again)) throw again;
              throw Object.assign(new Error("store connection lost twice", { cause: again }), {
                code: "STORE_CONNECTION_LOST",
              });
            });
          }),
        ),
    },
    async allEnded() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export async function createCosmosStore(settings: CosmosSettings): Promise<CosmosStore> {
  const agent = settings.isLoopback ? new https.Agent({ rejectUnauthorized: false, keepAlive: true }) : undefined;
  const auth = settings.key
    ? { key: settings.key }
    : { aadCredentials: new (await import("@azure/identity")).DefaultAzureCredential() };
  const requests = requestTracker();
  const options: CosmosClientOptions & { plugins: PluginConfig[] } = {
    endpoint: settings.endpoint,
    ...auth,
    ...(agent ? { agent } : {}),
    connectionPolicy: {
      enableEndpointDiscovery: !settings.isLoopback,
      requestTimeout: settings.requestTimeoutMs ?? 5_000,
      // Throttling (429) is retried by the SDK honouring x-ms-retry-after-ms, but bounded so a
      // turn still answers within Teams' 15 s.
      retryOptions: { maxRetryAttemptCount: 3, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 6 },
    },
    // Not in the SDK's typed options (marked hidden), but read by its client context.
    plugins: [requests.plugin],
  };
  const client = new CosmosClient(options);
  const database: Database = client.database(settings.database);
  return {
    container: (name) => database.container(name),
    async ensureContainers() {
      await withStoreErrors(async () => {
        const { database: db } = await client.databases.createIfNotExists({ id: settings.database });
        for (const name of CONTAINER_NAMES) {
          const definition = CONTAINERS[name];
          await db.containers.createIfNotExists({
            id: name,
            partitionKey: { paths: [definition.partitionKeyPath] },
            indexingPolicy: definition.indexingPolicy,
            defaultTtl: definition.defaultTtl,
          });
        }
      });
    },
    async isReachable() {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await requests.allEnded();
      client.dispose();
      agent?.destroy();
    },
  };
}

const UNAVAILABLE_STATUS = new Set([408, 429, 449, 500, 502, 503, 504]);

/** Cosmos status code of an SDK error, or undefined for a network failure. */
export function cosmosStatus(error: unknown): number | undefined {
  if (error instanceof ErrorResponse && typeof error.code === "number") return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "number" ? code : undefined;
}

/** Throttled (429) or briefly unavailable (503): worth one or two more tries. */
const RETRYABLE_STATUS = new Set([429, 503]);
export const STORE_RETRY_LIMIT = 2;
/** A turn must still answer within Teams' 15 s, so waits are capped. */
const MAX_RETRY_WAIT_MS = 1_000;

export type Wait = (ms: number) => Promise<void>;
const wait: Wait = (ms) => delay(ms);

/** What Cosmos asked us to wait (x-ms-retry-after-ms), if it said. */
function retryAfterMs(error: unknown): number | undefined {
  const response = error as { retryAfterInMs?: unknown; headers?: Record<string, unknown> } | null;
  const value = response?.retryAfterInMs ?? response?.headers?.["x-ms-retry-after-ms"];
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * Runs a store operation and turns transport failures into STORE_UNAVAILABLE, 412 into
 * CONFLICT and 404 into NOT_FOUND, so that callers deal in domain errors only. 429 and 503 are retried a bounded
 * number of times, honouring x-ms-retry-after-ms (the SDK's own 429 retries come first).
 */
export async function withStoreErrors<T>(operation: () => Promise<T>, waitFor: Wait = wait): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof AppError) throw error;
      const status = cosmosStatus(error);
      if (status !== undefined && RETRYABLE_STATUS.has(status) && attempt < STORE_RETRY_LIMIT) {
        await waitFor(Math.min(retryAfterMs(error) ?? 100 * 2 ** attempt, MAX_RETRY_WAIT_MS));
        continue;
      }
      if (status === 412) throw new AppError("CONFLICT", "etag mismatch", { cause: error });
      if (status === 409) throw new AppError("CONFLICT", "document exists", { cause: error });
      // A replace of a document deleted since it was read (an edit racing a delete).
      if (status === 404) throw new AppError("NOT_FOUND", "document is gone", { cause: error });
      if (status === undefined || UNAVAILABLE_STATUS.has(status))
        throw new AppError("STORE_UNAVAILABLE", `store request failed (${status ?? "network"})`, { cause: error });
      throw new AppError("INTERNAL", `store request failed (${status})`, { cause: error });
    }
  }
}
