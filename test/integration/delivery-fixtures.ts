/**
 * The scheduler and the delivery worker against the embedded Cosmos-compatible server and the
 * fake Teams connector, with a clock the tests move: the worker's waits advance it instead of
 * sleeping, so a 30-second Retry-After costs no real time.
 */
import { silentLogger } from "../../bot/logger";
import type { Member, MemberSighting } from "../../bot/domain/member";
import type { OrgConfigInput } from "../../bot/domain/org-config";
import { createScheduling, type Scheduling } from "../../bot/scheduling";
import type { WorkerSettings } from "../../bot/scheduling/delivery-worker";
import { createTeamsSender } from "../../bot/scheduling/teams-sender";
import { createRepositories, type Repositories } from "../../bot/store";
import { startTestStore, stopTestStore, type TestStore } from "../support/embedded-store";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { seedOrg } from "../support/org-fixture";
import { BOT_ID } from "../support/teams-activities";

/** Tuesday 24 November 2026, 10:00 in Berlin (CET): the fixture organisation's weekly slot. */
export const TUESDAY_SLOT = new Date("2026-11-24T09:00:00.000Z");
export const HOUR = 60 * 60 * 1000;

export interface FakeClock {
  now(): Date;
  set(instant: Date): void;
  advance(ms: number): void;
  /** The worker's sleep: moves the clock to the moment the sleeper would wake. */
  sleep: (ms: number) => Promise<void>;
}

export function fakeClock(start: Date): FakeClock {
  let nowMs = start.getTime();
  return {
    now: () => new Date(nowMs),
    set: (instant) => void (nowMs = instant.getTime()),
    advance: (ms) => void (nowMs += ms),
    // A sleeper asks right after reading the clock, so "now + ms" is its wake-up; lanes that
    // come later read the moved clock and ask for less.
    sleep: async (ms) => void (nowMs += Math.max(0, ms)),
  };
}

export interface DeliveryEnv {
  testStore: TestStore;
  repos: Repositories;
  connector: FakeConnector;
  clock: FakeClock;
  /**
   * A scheduler with its own worker (own lease owner and rate limiter), as another process would have;
   * `repos` replaces the store's repositories, to let something happen between its steps.
   */
  scheduling(options?: { workerId?: string; settings?: Partial<WorkerSettings>; repos?: Repositories }): Scheduling;
  /** A fresh organisation (its own partition), so that tests in one file do not see each other's outbox. */
  addOrg(orgId: string, overrides?: Partial<OrgConfigInput>): Promise<string>;
  addMember(orgId: string, memberId: string, overrides?: Partial<Member>): Promise<Member>;
  stop(): Promise<void>;
}

export async function startDeliveryEnv(): Promise<DeliveryEnv> {
  const testStore = await startTestStore();
  const connector = await startFakeConnector();
  const repos = createRepositories(testStore.store);
  const clock = fakeClock(TUESDAY_SLOT);
  const sender = createTeamsSender({ appType: "MultiTenant" }, { logger: silentLogger });
  let workers = 0;
  return {
    testStore,
    repos,
    connector,
    clock,
    scheduling: ({ workerId = `worker-${++workers}`, settings = {}, repos: replaced = repos } = {}) =>
      createScheduling({
        repos: replaced,
        clock,
        logger: silentLogger,
        credentials: { appType: "MultiTenant" },
        sender,
        sleep: clock.sleep,
        random: () => 0.5,
        workerId,
        workerSettings: { batchSize: 10, concurrency: 4, ...settings },
      }),
    async addOrg(orgId, overrides = {}) {
      await seedOrg(repos, { ...overrides, orgId });
      return orgId;
    },
    async addMember(orgId, memberId, overrides = {}) {
      const sighting: MemberSighting = {
        orgId,
        memberId,
        userId: `29:${memberId}`,
        aadObjectId: memberId,
        name: overrides.name ?? `Person ${memberId}`,
        locale: "de",
        timeZone: "Europe/Berlin",
        conversation: {
          channelId: "msteams",
          serviceUrl: connector.serviceUrl,
          conversationId: `a:personal-${memberId}`,
          tenantId: orgId,
          botId: BOT_ID,
        },
      };
      await repos.members.recordSighting(sighting, clock.now());
      return repos.members.update(orgId, memberId, (member) => ({ ...member, ...overrides }));
    },
    async stop() {
      await connector.stop();
      await stopTestStore(testStore);
    },
  };
}

/** The delivery ids on the cards the connector received, one entry per card, in order. */
export function deliveryIdsSent(connector: FakeConnector): string[] {
  return connector.sent.map((entry) => {
    const ids = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "deliveryId" && typeof value === "string") ids.add(value);
          else walk(value);
        }
      }
    };
    walk(entry.activity);
    return [...ids].join(",");
  });
}

/** How often each delivery id was sent. */
export function sendCounts(connector: FakeConnector): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of deliveryIdsSent(connector)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
