/**
 * The app as Teams sees it: the Function registrations served over HTTP by the local host,
 * the real composition root, an embedded Cosmos-compatible server, and a fake connector that
 * records what the bot sends. Log lines are captured so tests can check what was (not) logged.
 */
import type { Clock } from "../../bot/domain/clock";
import type { Sleep } from "../../bot/scheduling/sleep";
import { createLogger } from "../../bot/logger";
import { keepForSuiteScan } from "./suite-log-scan";
import { configureRoot, disposeServices, getServices, type AppServices } from "../../functions/composition-root";
import { startLocalHost, type LocalHost } from "../../functions/local/local-host";
import { HTTP_FUNCTIONS } from "../../functions/registrations";
import { startTestStore, stopTestStore, TEST_STORE_REQUEST_TIMEOUT_MS, type TestStore } from "./embedded-store";
import { startFakeConnector, type FakeConnector } from "./fake-connector";

// Reading cards needs none of the app: unit tests import these from card-inspection.ts directly.
export { cardOf, cardText } from "./card-inspection";

interface HttpAnswer {
  status: number;
  body: unknown;
  text: string;
}

export interface BotHarness {
  baseUrl: string;
  connector: FakeConnector;
  testStore: TestStore;
  logs: string[];
  services(): Promise<AppServices>;
  /** POSTs an activity to /api/messages; resolves after the bot finished the turn. */
  post(activity: object, headers?: Record<string, string>): Promise<HttpAnswer>;
  postRaw(body: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  get(path: string): Promise<HttpAnswer>;
  /** Activities the bot sent since the last `clear()`. */
  sent(): Record<string, unknown>[];
  clear(): void;
  stop(): Promise<void>;
}

export interface BotHarnessOptions {
  /**
   * A clock the test moves (the app's timers and turns read it, and the delivery worker's waits
   * move it through its `sleep`); the system clock otherwise.
   */
  clock?: Clock & { sleep: Sleep };
  /** A store server of this harness alone, for tests that stop it (an outage). */
  ownStore?: boolean;
  /** The milliseconds the turn rate limits count in; wall time otherwise. */
  turnTimeMs?: () => number;
}

export async function startBotHarness(
  env: Record<string, string> = {},
  options: BotHarnessOptions = {},
): Promise<BotHarness> {
  const testStore = await startTestStore({ ownServer: options.ownStore ?? false });
  const connector = await startFakeConnector();
  const logs: string[] = [];
  // The root is built on the first request, so the host can start first and tell it its URL.
  let host: LocalHost | undefined = await startLocalHost({
    host: "127.0.0.1",
    port: 0,
    functions: HTTP_FUNCTIONS,
    isLocalMode: !env.MicrosoftAppId,
  });
  const baseUrl = host.url;
  configureRoot({
    env: {
      COSMOS_ENDPOINT: testStore.server.endpoint,
      COSMOS_KEY: testStore.server.key,
      COSMOS_DATABASE: testStore.database,
      // Local mode answers its emulator's connector only: here the fake one.
      ...(env.MicrosoftAppId ? {} : { LOCAL_SERVICE_URL: connector.serviceUrl }),
      // Tests post turns faster than people type; test/security/turn-rate-limits.test.ts sets the real limits.
      TURN_MEMBER_PER_SECOND: "1000",
      TURN_TENANT_PER_SECOND: "10000",
      ...env,
    },
    logger: createLogger((line) => {
      logs.push(line);
      keepForSuiteScan(line);
    }),
    localBaseUrl: baseUrl,
    ...(options.clock ? { clock: options.clock, sleep: options.clock.sleep } : {}),
    ...(options.turnTimeMs ? { turnTimeMs: options.turnTimeMs } : {}),
    storeRequestTimeoutMs: TEST_STORE_REQUEST_TIMEOUT_MS,
  });

  const request = async (path: string, init: RequestInit): Promise<HttpAnswer> => {
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body, text };
  };

  return {
    baseUrl,
    connector,
    testStore,
    logs,
    services: getServices,
    post: (activity, headers = {}) =>
      request("/api/messages", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      }),
    postRaw: (body, headers = {}) =>
      request("/api/messages", { method: "POST", headers: { "content-type": "application/json", ...headers }, body }),
    get: (path) => request(path, { method: "GET" }),
    sent: () => connector.sent.map((entry) => entry.activity),
    clear: () => connector.clear(),
    async stop() {
      await host?.close();
      host = undefined;
      await disposeServices();
      await connector.stop();
      await stopTestStore(testStore);
    },
  };
}
