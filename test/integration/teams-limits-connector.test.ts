/**
 * The fake Teams connector that behaves like a busy Teams, over real HTTP: first what it
 * answers, then the delivery worker and the production Teams sender (the Bot Framework's
 * connector client) against it.
 */
import type { MemberSighting } from "../../bot/domain/member";
import { silentLogger } from "../../bot/logger";
import { createScheduling, type Scheduling } from "../../bot/scheduling";
import { createTeamsSender } from "../../bot/scheduling/teams-sender";
import { createRepositories, type Repositories } from "../../bot/store";
import { createHeldSends } from "../support/held-sends";
import { startTestStore, stopTestStore, type TestStore } from "../support/embedded-store";
import { seedOrg } from "../support/org-fixture";
import { BOT_ID } from "../support/teams-activities";
import {
  startTeamsLimitsConnector,
  type TeamsLimitsConnector,
  type TeamsLimitsConnectorOptions,
} from "../support/teams-limits-connector";
import { fakeClock, TUESDAY_SLOT } from "./delivery-fixtures";

const TENANT = "tenant-busy";

describe("fake Teams connector with Teams' limits", () => {
  const connectors: TeamsLimitsConnector[] = [];
  let nowMs = 0;

  async function connector(options: TeamsLimitsConnectorOptions = {}): Promise<TeamsLimitsConnector> {
    const started = await startTeamsLimitsConnector({ now: () => nowMs, ...options });
    connectors.push(started);
    return started;
  }
  afterEach(async () => {
    await Promise.all(connectors.splice(0).map((started) => started.stop()));
    nowMs = 0;
  });

  /** A proactive message as the adapter posts it: the conversation in the path and in the body. */
  const post = (target: TeamsLimitsConnector, conversationId: string, init: RequestInit = {}) =>
    fetch(`${target.serviceUrl}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "message", text: "Frage", conversation: { id: conversationId, tenantId: TENANT } }),
      ...init,
    });

  it("answers 429 with Retry-After in whole seconds once a conversation had its 7 sends this second, and delivers nothing more", async () => {
    const teams = await connector();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await post(teams, "a:chat-1")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);

    const throttled = await post(teams, "a:chat-1");
    expect(throttled.headers.get("retry-after")).toBe("1");
    expect(await throttled.json()).toMatchObject({ error: { code: "Throttled" } });
    expect(teams.sent).toHaveLength(7);

    nowMs += 1_000;
    expect((await post(teams, "a:chat-1")).status).toBe(200);
    expect(teams.stats()).toMatchObject({ delivered: 8, throttledByConversation: 2, throttledByTenant: 0 });
  });

  it("throttles the whole tenant at its configured rate, whichever conversation asks", async () => {
    const teams = await connector({ tenantRequestsPerSecond: 3 });
    const statuses = [];
    for (const chat of ["a:1", "a:2", "a:3", "a:4"]) statuses.push((await post(teams, chat)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(teams.stats()).toMatchObject({ delivered: 3, throttledByTenant: 1 });
  });

  it("fails the configured share of sends with 5xx, the same sends in every run", async () => {
    const statusesOf = async (teams: TeamsLimitsConnector) => {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await post(teams, `a:${i}`)).status);
      return statuses;
    };
    const first = await statusesOf(await connector({ faults: { serverError: 0.25 }, seed: 11 }));
    const second = await statusesOf(await connector({ faults: { serverError: 0.25 }, seed: 11 }));

    expect(first).toEqual(second);
    const failed = first.filter((status) => status >= 500);
    expect(failed.length).toBeGreaterThan(3);
    expect(failed.every((status) => [500, 502, 503, 504].includes(status))).toBe(true);
  });

  it("answers 403 MessageWritesBlocked for a member who blocked the bot, now and on every later send", async () => {
    const teams = await connector({ faults: { blocked: 0.5 }, seed: 3 });
    const first = new Map<string, number>();
    for (let i = 0; i < 12; i++) first.set(`a:${i}`, (await post(teams, `a:${i}`)).status);
    const blocked = [...first].filter(([, status]) => status === 403).map(([chat]) => chat);
    expect(blocked.length).toBeGreaterThan(0);

    nowMs += 10_000;
    for (const chat of blocked) {
      const again = await post(teams, chat);
      expect(again.status).toBe(403);
      expect(await again.json()).toMatchObject({ error: { code: "MessageWritesBlocked" } });
    }
    expect(teams.sent.filter((entry) => blocked.includes(entry.conversationId))).toEqual([]);
  });

  it("never answers a send that times out, and delivers nothing", async () => {
    const teams = await connector({ faults: { timeout: 1 } });
    await expect(post(teams, "a:1", { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(teams.sent).toHaveLength(0);
    expect(teams.stats()).toMatchObject({ timeouts: 1, delivered: 0 });
  });

  it("can deliver a send but answer too late, as Teams sometimes does", async () => {
    const teams = await connector({ faults: { timeout: 1 }, timeoutMode: "late", lateAnswerMs: 60_000 });
    await expect(post(teams, "a:1", { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(teams.sent.map((entry) => entry.conversationId)).toEqual(["a:1"]);

    const prompt = await connector({ faults: { timeout: 1 }, timeoutMode: "late", lateAnswerMs: 0 });
    expect((await post(prompt, "a:2")).status).toBe(200);
  });

  it("creates a 1:1 conversation under the tenant's limit", async () => {
    const teams = await connector({ tenantRequestsPerSecond: 1 });
    const create = () =>
      fetch(`${teams.serviceUrl}v3/conversations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          isGroup: false,
          members: [{ id: "29:anna" }],
          tenantId: TENANT,
          channelData: { tenant: { id: TENANT } },
        }),
      });
    const created = await create();
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: expect.stringMatching(/^a:created-/) });
    expect((await create()).status).toBe(429);
  });
});

describe("delivery worker against a busy Teams", () => {
  let testStore: TestStore;
  let repos: Repositories;

  beforeAll(async () => {
    testStore = await startTestStore();
    repos = createRepositories(testStore.store);
  });
  afterAll(async () => stopTestStore(testStore));

  /** An organisation with `count` members whose prompts are due, behind a connector with these limits and faults. */
  async function busyTeams(orgId: string, count: number, options: TeamsLimitsConnectorOptions, workerRps: number) {
    const clock = fakeClock(TUESDAY_SLOT);
    const held = createHeldSends();
    const teams = await startTeamsLimitsConnector({ now: () => clock.now().getTime(), onHold: held.hold, ...options });
    await seedOrg(repos, { orgId });
    for (let i = 0; i < count; i++)
      await repos.members.recordSighting(sighting(orgId, `member-${i}`, teams.serviceUrl), clock.now());
    const scheduling: Scheduling = createScheduling({
      repos,
      clock,
      logger: silentLogger,
      credentials: { appType: "MultiTenant" },
      sender: held.timingOut(createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger })),
      sleep: clock.sleep,
      random: () => 0.5,
      tenantRequestsPerSecond: workerRps,
      // One send at a time: every send reaches the connector at the time the worker sent it.
      workerSettings: { concurrency: 1, batchSize: 10 },
    });
    expect((await scheduling.tick({ now: clock.now(), orgIds: [orgId] })).recorded).toBe(count);
    return { clock, teams, scheduling };
  }

  /** Worker runs a minute apart, as the delivery timer would, until nothing is left to send. */
  async function deliverEverything(orgId: string, { clock, scheduling }: Awaited<ReturnType<typeof busyTeams>>) {
    for (let run = 0; run < 30; run++) {
      await scheduling.worker.run({ orgIds: [orgId] });
      const counts = await repos.deliveries.countsByState(orgId);
      if (counts.pending + counts.sending === 0) return counts;
      clock.advance(60_000);
    }
    throw new Error("deliveries still pending after 30 runs");
  }

  const timesEachDelivered = (teams: TeamsLimitsConnector) => {
    const counts = new Map<string, number>();
    for (const entry of teams.sent) counts.set(entry.conversationId, (counts.get(entry.conversationId) ?? 0) + 1);
    return counts;
  };

  it("gets every prompt through exactly once when configured above the tenant's limit: it waits as long as each 429 says", async () => {
    const busy = await busyTeams("org-over-limit", 12, { tenantRequestsPerSecond: 4 }, 8);
    try {
      const counts = await deliverEverything("org-over-limit", busy);
      expect(busy.teams.stats().throttledByTenant).toBeGreaterThan(0);
      expect(counts).toMatchObject({ sent: 12, failed: 0, unreachable: 0 });
      const delivered = timesEachDelivered(busy.teams);
      expect(delivered.size).toBe(12);
      expect([...delivered.values()].every((times) => times === 1)).toBe(true);
    } finally {
      await busy.teams.stop();
    }
  });

  it("never trips Teams' limits when configured at them", async () => {
    const busy = await busyTeams("org-at-limit", 20, { tenantRequestsPerSecond: 5 }, 5);
    try {
      const counts = await deliverEverything("org-at-limit", busy);
      expect(counts.sent).toBe(20);
      expect(busy.teams.stats()).toMatchObject({ throttledByTenant: 0, throttledByConversation: 0, delivered: 20 });
    } finally {
      await busy.teams.stop();
    }
  });

  it("retries 5xx and timeouts until each prompt arrived once, and stops writing to members who blocked the bot", async () => {
    const faults = { serverError: 0.15, timeout: 0.1, blocked: 0.1 };
    const busy = await busyTeams("org-flaky", 20, { faults, seed: 5 }, 40);
    try {
      const counts = await deliverEverything("org-flaky", busy);
      const stats = busy.teams.stats();
      expect(stats.serverErrors + stats.timeouts).toBeGreaterThan(0);
      expect(stats.blocked).toBeGreaterThan(0);
      expect(counts).toMatchObject({ sent: 20 - stats.blocked, unreachable: stats.blocked, failed: 0 });
      const delivered = timesEachDelivered(busy.teams);
      expect(delivered.size).toBe(20 - stats.blocked);
      expect([...delivered.values()].every((times) => times === 1)).toBe(true);
    } finally {
      await busy.teams.stop();
    }
  });
});

function sighting(orgId: string, memberId: string, serviceUrl: string): MemberSighting {
  return {
    orgId,
    memberId,
    userId: `29:${memberId}`,
    aadObjectId: memberId,
    name: `Person ${memberId}`,
    locale: "de",
    timeZone: "Europe/Berlin",
    conversation: {
      channelId: "msteams",
      serviceUrl,
      conversationId: `a:personal-${memberId}`,
      tenantId: orgId,
      botId: BOT_ID,
    },
  };
}
