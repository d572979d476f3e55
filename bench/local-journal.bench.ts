/**
 * Issue 20, item 8: what keeping every write on disk before it is acknowledged costs in local
 * mode. Answer submits (invoke → response, incl. the Cosmos writes) against the embedded store,
 * one user at a time and ten at once, with the journal of `npm start` and without it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { disposeServices } from "../functions/composition-root";
import { startEmbeddedCosmos } from "../functions/local/embedded-cosmos";
import { configureBenchApp } from "./support/bench-app";
import { startLocalHost } from "../functions/local/local-host";
import { createStorePersistence, type StorePersistence } from "../functions/local/store-persistence";
import { HTTP_FUNCTIONS } from "../functions/registrations";
import { cardOf } from "../test/support/bot-harness";
import { buttonData } from "../test/support/card-inspection";
import { startFakeConnector } from "../test/support/fake-connector";
import { orgConfig } from "../test/support/org-fixture";
import { executeAction, message, type TestUser } from "../test/support/teams-activities";
import { percentile, sized, type Benchmark } from "./benchmark";

const SUBMITS = sized(200, 20);
const DATABASE = "bench-journal";

interface Figures {
  p50: number;
  p99: number;
}

async function measure(withJournal: boolean, concurrentUsers: number): Promise<Figures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-bench-journal-"));
  let persistence: StorePersistence | undefined;
  const cosmos = await startEmbeddedCosmos(
    0,
    withJournal ? { recordWrites: async (writes) => persistence?.record(writes) } : {},
  );
  const connector = await startFakeConnector();
  const services = await configureBenchApp(cosmos, connector, DATABASE);
  if (withJournal) {
    persistence = createStorePersistence({ store: services.store, database: DATABASE, dataDir });
    await persistence.restore();
  }
  await services.repos.orgs.save(orgConfig());
  const host = await startLocalHost({ host: "127.0.0.1", port: 0, isLocalMode: true, functions: HTTP_FUNCTIONS });
  const post = (body: object) =>
    fetch(`${host.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  const users: TestUser[] = Array.from({ length: concurrentUsers }, (_, i) => ({
    id: `29:journal-${i}`,
    aadObjectId: `aad-journal-${i}`,
    name: `Journal ${i}`,
  }));
  const samples: number[] = [];
  await Promise.all(
    users.map(async (user) => {
      for (let round = 0; round < SUBMITS / concurrentUsers; round++) {
        const before = connector.sent.length;
        await post(message(user, connector.serviceUrl, "frage"));
        const card = connector.sent
          .slice(before)
          .find((s) => s.conversationId === `a:personal-${user.aadObjectId}` && cardOf(s.activity))?.activity;
        const submit = executeAction(user, connector.serviceUrl, "answer.submit", {
          ...buttonData(cardOf(card), "Absenden"),
          answer: `Antwort ${round}: Wir haben das Erstgespräch überarbeitet.`,
        });
        const started = performance.now();
        await (await post(submit)).text();
        samples.push(performance.now() - started);
      }
    }),
  );
  await host.close();
  await persistence?.stop();
  await disposeServices();
  await connector.stop();
  await cosmos.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

export const benchmarks: Benchmark[] = [
  {
    name: "local journal: submit p50 with vs without",
    description:
      "answer submit → invoke response on the embedded store, with every write on disk (fdatasync) before it is acknowledged vs without; ratio of p50, one user at a time",
    target: { value: 1.5, unit: "× without", kind: "max" },
    async run() {
      const without = await measure(false, 1);
      const journaled = await measure(true, 1);
      const withoutConcurrent = await measure(false, 10);
      const journaledConcurrent = await measure(true, 10);
      return {
        value: Number((journaled.p50 / without.p50).toFixed(2)),
        unit: "× without",
        details: {
          "1 user, without: p50 ms": without.p50,
          "1 user, without: p99 ms": without.p99,
          "1 user, journal: p50 ms": journaled.p50,
          "1 user, journal: p99 ms": journaled.p99,
          "10 users, without: p50 ms": withoutConcurrent.p50,
          "10 users, without: p99 ms": withoutConcurrent.p99,
          "10 users, journal: p50 ms": journaledConcurrent.p50,
          "10 users, journal: p99 ms": journaledConcurrent.p99,
          samples: SUBMITS,
        },
      };
    },
  },
];
