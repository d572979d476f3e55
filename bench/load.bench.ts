/**
 * Issue 12: 200 concurrent simulated users answering prompts for LOAD_SECONDS (default 60)
 * against the local stack (embedded Cosmos-compatible server, local Functions host, fake
 * connector), like bench/submit-latency.bench.ts. Each user asks for a prompt ("frage") and
 * answers it, again and again. Afterwards every answer the bot confirmed is looked up in the
 * store: 0 errors, 0 lost and 0 doubled answers are the target; p50/p99 and throughput are printed.
 */
import { performance } from "node:perf_hooks";
import { answerId } from "../bot/domain/ids";
import { silentLogger } from "../bot/logger";
import { configureRoot, disposeServices, getServices, type AppServices } from "../functions/composition-root";
import { startEmbeddedCosmos } from "../functions/local/embedded-cosmos";
import { startLocalHost } from "../functions/local/local-host";
import { HTTP_FUNCTIONS } from "../functions/registrations";
import { cardOf, cardText } from "../test/support/bot-harness";
import { buttonData } from "../test/support/card-inspection";
import { startFakeConnector, type FakeConnector } from "../test/support/fake-connector";
import { orgConfig } from "../test/support/org-fixture";
import { executeAction, message, TENANT_ID, type TestUser } from "../test/support/teams-activities";
import { percentile, type Benchmark } from "./benchmark";

const USERS = 200;
const SECONDS = Number(process.env.LOAD_SECONDS ?? "60");

interface Confirmed {
  memberId: string;
  deliveryId: string;
  text: string;
}

interface LoadFigures {
  submitMs: number[];
  promptMs: number[];
  errors: string[];
  confirmed: Confirmed[];
  lost: number;
  doubled: number;
  /** Stored although the bot did not confirm them (an error answer after the write): not lost, but counted. */
  unconfirmed: number;
  seconds: number;
}

/** The bot's replies, sorted by conversation as they arrive (the fake connector records them all in one list). */
function repliesByConversation(connector: FakeConnector) {
  const inbox = new Map<string, Record<string, unknown>[]>();
  return {
    take(conversationId: string): Record<string, unknown>[] {
      for (const entry of connector.sent)
        inbox.set(entry.conversationId, [...(inbox.get(entry.conversationId) ?? []), entry.activity]);
      connector.clear();
      const replies = inbox.get(conversationId) ?? [];
      inbox.delete(conversationId);
      return replies;
    },
  };
}

async function storedAnswers(services: AppServices, memberId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let continuationToken: string | undefined;
  do {
    const page = await services.repos.answers.listForMember(TENANT_ID, memberId, { pageSize: 100, continuationToken });
    for (const answer of page.answers)
      counts.set(`${answer.answerId}\n${answer.text}`, (counts.get(`${answer.answerId}\n${answer.text}`) ?? 0) + 1);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return counts;
}

async function measure(): Promise<LoadFigures> {
  const cosmos = await startEmbeddedCosmos();
  const connector = await startFakeConnector();
  configureRoot({
    env: {
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: "load",
      // Measures the turn path itself: virtual users write faster than people, so the rate limits are lifted.
      TURN_MEMBER_PER_SECOND: "1000",
      TURN_TENANT_PER_SECOND: "10000",
    },
    logger: silentLogger,
  });
  const services = await getServices();
  await services.store.ensureContainers();
  await services.repos.orgs.save(orgConfig());
  const host = await startLocalHost({ host: "127.0.0.1", port: 0, isLocalMode: true, functions: HTTP_FUNCTIONS });
  const post = async (body: object) => {
    const response = await fetch(`${host.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as { type?: string; value?: unknown }) : undefined,
    };
  };
  const replies = repliesByConversation(connector);
  const figures: LoadFigures = {
    submitMs: [],
    promptMs: [],
    errors: [],
    confirmed: [],
    lost: 0,
    doubled: 0,
    unconfirmed: 0,
    seconds: SECONDS,
  };
  const users: TestUser[] = Array.from({ length: USERS }, (_, i) => ({
    id: `29:load-${i}`,
    aadObjectId: `aad-load-${i}`,
    name: `Last ${i}`,
  }));

  const started = performance.now();
  const deadline = started + SECONDS * 1_000;
  await Promise.all(
    users.map(async (user) => {
      for (let round = 0; performance.now() < deadline; round++) {
        try {
          let at = performance.now();
          const asked = await post(message(user, connector.serviceUrl, "frage"));
          figures.promptMs.push(performance.now() - at);
          const card = replies.take(`a:personal-${user.aadObjectId}`).map(cardOf).find(Boolean);
          if (asked.status !== 200 || !card) {
            figures.errors.push(`frage: status ${asked.status}, ${card ? "card" : "no card"}`);
            continue;
          }
          const submit = buttonData(card, "Absenden");
          const text = `Runde ${round} von ${user.name}: Wir haben das Erstgespräch überarbeitet und fragen nach Zielen.`;
          at = performance.now();
          const saved = await post(
            executeAction(user, connector.serviceUrl, "answer.submit", { ...submit, answer: text }),
          );
          figures.submitMs.push(performance.now() - at);
          if (
            saved.status !== 200 ||
            saved.body?.type !== "application/vnd.microsoft.card.adaptive" ||
            !cardText(saved.body.value).includes("Gespeichert")
          ) {
            figures.errors.push(
              `submit: status ${saved.status}, ${String(saved.body?.type)} ${cardText(saved.body?.value).slice(0, 80)}`,
            );
            continue;
          }
          figures.confirmed.push({ memberId: user.aadObjectId, deliveryId: String(submit.deliveryId), text });
        } catch (error) {
          figures.errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        }
      }
    }),
  );
  figures.seconds = (performance.now() - started) / 1_000;

  // Every confirmed answer must be in the store exactly once, under the id derived from its prompt.
  for (const user of users) {
    const stored = await storedAnswers(services, user.aadObjectId);
    for (const answer of figures.confirmed.filter((confirmed) => confirmed.memberId === user.aadObjectId)) {
      const key = `${answerId(answer.deliveryId, answer.memberId)}\n${answer.text}`;
      const count = stored.get(key) ?? 0;
      if (count === 0) figures.lost++;
      if (count > 1) figures.doubled++;
      stored.delete(key);
    }
    figures.unconfirmed += [...stored.values()].reduce((sum, count) => sum + count, 0);
  }

  await host.close();
  await disposeServices();
  await connector.stop();
  await cosmos.stop();
  return figures;
}

let measured: Promise<LoadFigures> | undefined;
/** One load run feeds both rows; a filtered `npm run bench load` still runs it once. */
const load = () => (measured ??= measure());

export const benchmarks: Benchmark[] = [
  {
    name: "load: errors and lost answers",
    description: `${USERS} concurrent users asking for and answering prompts for ${SECONDS} s (LOAD_SECONDS); errors + lost + doubled answers`,
    target: { value: 0, unit: "problems", kind: "max" },
    async run() {
      const figures = await load();
      return {
        value: figures.errors.length + figures.lost + figures.doubled,
        unit: "problems",
        details: {
          errors: figures.errors.length,
          "lost answers": figures.lost,
          "doubled answers": figures.doubled,
          "confirmed answers": figures.confirmed.length,
          "stored but not confirmed": figures.unconfirmed,
          ...(figures.errors[0] ? { "first error": figures.errors[0] } : {}),
        },
      };
    },
  },
  {
    name: "load: submit p99",
    description: `answer submit → invoke response under ${USERS} concurrent users (all of them on this one machine with the store and the connector)`,
    target: { value: 15_000, unit: "ms", kind: "max" },
    async run() {
      const figures = await load();
      const requests = figures.submitMs.length + figures.promptMs.length;
      return {
        value: Number(percentile(figures.submitMs, 99).toFixed(0)),
        unit: "ms",
        details: {
          "submit p50 ms": percentile(figures.submitMs, 50),
          "submit p99 ms": percentile(figures.submitMs, 99),
          "prompt (frage) p50 ms": percentile(figures.promptMs, 50),
          "prompt (frage) p99 ms": percentile(figures.promptMs, 99),
          "answers per s": Number((figures.confirmed.length / figures.seconds).toFixed(1)),
          "requests per s": Number((requests / figures.seconds).toFixed(1)),
          seconds: Number(figures.seconds.toFixed(1)),
        },
      };
    },
  },
];
