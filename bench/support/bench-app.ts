/**
 * The app as the turn benchmarks run it (load, submit latency, local journal): the real
 * composition root in local mode against an embedded store and a fake connector. One place for
 * its settings, so a new local-mode rule reaches every benchmark at once (the load and submit
 * benchmarks once stopped running when local mode began answering its own connector only).
 */
import { silentLogger } from "../../bot/logger";
import { configureRoot, getServices, type AppServices } from "../../functions/composition-root";
import type { EmbeddedCosmos } from "../../functions/local/embedded-cosmos";
import type { FakeConnector } from "../../test/support/fake-connector";

/** The app's settings for a benchmark: local mode against the embedded store and the fake connector. */
export function benchAppSettings(
  cosmos: Pick<EmbeddedCosmos, "endpoint" | "key">,
  connector: Pick<FakeConnector, "serviceUrl">,
  database: string,
): Record<string, string> {
  return {
    COSMOS_ENDPOINT: cosmos.endpoint,
    COSMOS_KEY: cosmos.key,
    COSMOS_DATABASE: database,
    // Local mode answers its emulator's connector only: here the fake one.
    LOCAL_SERVICE_URL: connector.serviceUrl,
    // Measures the turn path itself: virtual users write faster than people, so the rate limits are lifted.
    TURN_MEMBER_PER_SECOND: "1000",
    TURN_TENANT_PER_SECOND: "10000",
  };
}

export async function configureBenchApp(
  cosmos: Pick<EmbeddedCosmos, "endpoint" | "key">,
  connector: Pick<FakeConnector, "serviceUrl">,
  database: string,
): Promise<AppServices> {
  configureRoot({ env: benchAppSettings(cosmos, connector, database), logger: silentLogger });
  const services = await getServices();
  await services.store.ensureContainers();
  return services;
}
