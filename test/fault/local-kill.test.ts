/**
 * `npm start` killed with SIGKILL (kill -9, a crash) and started again on the same data folder:
 * what it confirmed is still there, and a fan-out it was in the middle of finishes, with only
 * the cards that were on their way when it died sent twice. The process is really killed; the
 * test waits on what it can observe (the bot's answers, the sends arriving at a fake Teams
 * connector, the start-up line), never on time.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEFAULT_WORKER_SETTINGS } from "../../bot/scheduling/delivery-worker";
import { createCosmosStore, type CosmosStore } from "../../bot/store/cosmos-store";
import { createRepositories } from "../../bot/store/repositories";
import { EMBEDDED_COSMOS_KEY } from "../../functions/local/embedded-cosmos";
import { LOCAL_TOKEN_HEADER, readLocalHostFile } from "../../functions/local/local-host-file";
import { SCHEDULE_NOW_ROUTE } from "../../functions/local/schedule-now-route";
import { cardOf, cardText } from "../support/bot-harness";
import { buttonData, type InvokeBody } from "../support/card-inspection";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { freePorts } from "../support/free-ports";
import { startLocalStack, type LocalStack } from "../support/local-stack";
import { seedOrg } from "../support/org-fixture";
import { ANNA, BOT_ID, executeAction, message } from "../support/teams-activities";

const ANSWER = "Nach dem Absturz noch da: wir besprechen die Rückmeldungen jetzt in jeder Teamsitzung.";
const FAN_OUT_ORG = "5b0e7d2a-9c41-4f3e-8a6d-1f2e3d4c5b6a";
const MEMBERS = 150;
/** A fan-out takes a few seconds at Teams' tenant rate (40 sends/s); the kill comes after this many. */
const KILL_AFTER_SENDS = 50;

describe("npm start killed with kill -9", () => {
  let connector: FakeConnector;
  let dataDir: string;
  let cosmosPort: number;
  let running: LocalStack | undefined;

  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => connector.stop());
  beforeEach(async () => {
    connector.clear();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-reflect-kill-"));
    [cosmosPort = 0] = await freePorts(1);
  });
  afterEach(async () => {
    await running?.kill();
    running = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The local stack on this test's data folder, answering the fake connector (as it would the Playground's). */
  async function start(): Promise<LocalStack> {
    running = await startLocalStack({
      args: ["--no-playground"],
      dataDir,
      env: {
        LOCAL_SERVICE_URL: connector.serviceUrl,
        COSMOS_PORT: String(cosmosPort),
        // The deliver timer every 2 s, not each full minute: run-nows always race its runs, as
        // they did twice in CI when a restart came just before a full minute.
        DELIVERY_TIMER: "*/2 * * * * *",
      },
    });
    return running;
  }

  async function kill(stack: LocalStack): Promise<void> {
    await stack.kill();
    running = undefined;
  }

  const post = (stack: LocalStack, activity: object) =>
    fetch(`${stack.hostUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });

  it("keeps an answer it confirmed with „Gespeichert“ when it is killed right after", async () => {
    const first = await start();
    expect((await post(first, message(ANNA, connector.serviceUrl, "frage"))).status).toBe(200);
    const prompt = await connector.waitForSent((activity) => cardText(cardOf(activity)).includes("Absenden"));
    const submitted = await post(
      first,
      executeAction(ANNA, connector.serviceUrl, "answer.submit", {
        ...buttonData(cardOf(prompt), "Absenden"),
        answer: ANSWER,
      }),
    );
    const confirmation = (await submitted.json()) as InvokeBody;
    expect(cardText(confirmation.value)).toContain("Gespeichert");
    await kill(first);

    const second = await start();
    expect(second.output()).not.toContain("(embedded, 0 documents restored");
    connector.clear();
    await post(second, message(ANNA, connector.serviceUrl, "meine antworten"));
    const listed = await connector.waitForSent((activity) => JSON.stringify(activity).includes(ANSWER));
    expect(JSON.stringify(listed)).toContain(ANSWER);
  }, 180_000);

  it("finishes a fan-out it was killed in the middle of, sending each member's prompt once, except the cards on their way when it died", async () => {
    const first = await start();
    const members = await seedMembers();
    const sendsBeforeKill = connector.waitForSent(() => connector.sent.length >= KILL_AFTER_SENDS, 60_000);
    // Answers only when the fan-out is done; the kill comes first and this request fails.
    const fanOut = scheduleNow(first).catch(() => undefined);
    await sendsBeforeKill;
    await kill(first);
    await fanOut;
    const sentBeforeKill = connector.sent.length;
    expect(sentBeforeKill).toBeGreaterThanOrEqual(KILL_AFTER_SENDS);
    expect(sentBeforeKill).toBeLessThan(MEMBERS);

    const second = await start();
    const answers: string[] = [];
    for (let run = 0; run < 10 && !isEveryoneReached(members); run++) {
      const answer = await scheduleNow(second);
      answers.push(answer);
      // Nothing sent and nothing waiting: another run holds the rest. The deliver timer claims
      // whatever is due, run-now's prompts included; its sends are awaited where they arrive.
      // Otherwise a run-now that ran out of its time budget (a loaded machine) left the rest
      // waiting for the next one.
      if (!isEveryoneReached(members) && isIdleRun(answer))
        // Not reached in time: the counts below say what was missing.
        await connector.waitForSent(() => isEveryoneReached(members), 60_000).catch(() => undefined);
    }

    const { received, duplicates } = sendCounts(members);
    if (received !== MEMBERS)
      throw new Error(
        `${received} of ${MEMBERS} members got their prompt (${sentBeforeKill} before the kill); deliveries by state: ${await deliveryStates()}; run-now answered:\n${answers.join("\n")}\nthe restarted instance printed:\n${second.output()}`,
      );
    expect(received).toBe(MEMBERS);
    expect(duplicates).toBeLessThanOrEqual(DEFAULT_WORKER_SETTINGS.concurrency);
  }, 180_000);

  /** An organisation of 150 members who installed the app, written into the running stack's store. */
  async function seedMembers(): Promise<string[]> {
    const store = await storeOfRunningStack();
    try {
      const repos = createRepositories(store);
      await seedOrg(repos, { orgId: FAN_OUT_ORG });
      const members = Array.from({ length: MEMBERS }, (_, i) => `fan-out-member-${String(i).padStart(3, "0")}`);
      for (const memberId of members)
        await repos.members.recordSighting(
          {
            orgId: FAN_OUT_ORG,
            memberId,
            userId: `29:${memberId}`,
            aadObjectId: memberId,
            name: `Person ${memberId}`,
            locale: "de",
            timeZone: "Europe/Berlin",
            conversation: {
              channelId: "msteams",
              serviceUrl: connector.serviceUrl,
              conversationId: `a:personal-${memberId}`,
              tenantId: FAN_OUT_ORG,
              botId: BOT_ID,
            },
          },
          new Date(),
        );
      return members;
    } finally {
      await store.close();
    }
  }

  /** The fan-out's deliveries counted by transport state, for a failure message. */
  async function deliveryStates(): Promise<string> {
    const store = await storeOfRunningStack();
    try {
      const counts = await createRepositories(store).deliveries.countsByState(FAN_OUT_ORG);
      return JSON.stringify(counts);
    } finally {
      await store.close();
    }
  }

  function storeOfRunningStack(): Promise<CosmosStore> {
    return createCosmosStore({
      endpoint: `https://127.0.0.1:${cosmosPort}`,
      key: EMBEDDED_COSMOS_KEY,
      database: "lqw-reflect",
      isLoopback: true,
      requestTimeoutMs: 60_000,
    });
  }

  /** `npm run schedule:now`'s request (the tick and a delivery run for every organisation); resolves with its answer, the counts. */
  async function scheduleNow(stack: LocalStack): Promise<string> {
    const host = readLocalHostFile(stack.dataDir);
    if (!host) throw new Error("the local stack wrote no local-host.json");
    const response = await fetch(`${stack.hostUrl}/api/${SCHEDULE_NOW_ROUTE}`, {
      method: "POST",
      headers: { [LOCAL_TOKEN_HEADER]: host.token },
    });
    if (!response.ok) throw new Error(`schedule-now answered ${response.status}`);
    return response.text();
  }

  const isEveryoneReached = (members: readonly string[]) => sendCounts(members).received === MEMBERS;

  /** A run-now that neither sent nor left anything waiting (its answer's counts). */
  function isIdleRun(answer: string): boolean {
    const { sent, waiting } = JSON.parse(answer) as { sent: number; waiting: number };
    return sent === 0 && waiting === 0;
  }

  /** How many of the members got their prompt, and how many prompts arrived once more. */
  function sendCounts(members: readonly string[]): { received: number; duplicates: number } {
    const counts = new Map<string, number>();
    for (const { conversationId } of connector.sent) counts.set(conversationId, (counts.get(conversationId) ?? 0) + 1);
    const perMember = members.map((memberId) => counts.get(`a:personal-${memberId}`) ?? 0);
    return {
      received: perMember.filter((count) => count > 0).length,
      duplicates: perMember.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
    };
  }
});
