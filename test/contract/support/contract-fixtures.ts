/**
 * What every contract suite shares: a store per test file (a database of its own on the shared
 * embedded server, or on COSMOS_ENDPOINT, dropped afterwards), repositories over it, and real-shaped
 * organisations, members, deliveries and answers. Each test uses organisations of its own, so
 * tests in one file never see each other's documents.
 */
import { defaultGroups, orgConfigSchema, type OrgConfig, type OrgConfigInput } from "../../../bot/domain/org-config";
import type { Answer } from "../../../bot/domain/answer";
import type { Delivery } from "../../../bot/domain/delivery";
import { answerId, scheduledDeliveryId } from "../../../bot/domain/ids";
import type { AreaId, DimensionId } from "../../../bot/domain/quality-models";
import { createRepositories, type Repositories } from "../../../bot/store";
import { startTestStore, stopTestStore, type TestStore } from "../../support/embedded-store";

export interface ContractContext {
  testStore: TestStore;
  repos: Repositories;
}

/** Starts the store before the file's tests and drops it after them. */
export function useContractStore(): () => ContractContext {
  let context: ContractContext | undefined;
  beforeAll(async () => {
    const testStore = await startTestStore();
    context = { testStore, repos: createRepositories(testStore.store) };
  });
  afterAll(async () => stopTestStore(context?.testStore));
  return () => {
    if (!context) throw new Error("the contract store is not started (use it inside a test)");
    return context;
  };
}

let organisations = 0;

/** A fresh tenant id (the organisation's id) per call, GUID-shaped like Teams sends it. */
export function newOrgId(): string {
  organisations += 1;
  return `6f1c2a7e-0d3b-4c55-9a1e-${String(process.pid % 1_000_000).padStart(6, "0")}${String(organisations).padStart(6, "0")}`;
}

/** Entra object ids of the staff members used in the suites. */
export const STAFF = {
  anna: "3c1f7a52-9b0e-4d2a-8f61-0a9d2e5b7c11",
  jonas: "8e4b2d90-1c7f-4a35-b6d2-5f0e9a3c1d22",
  miriam: "a7d3e1f4-6b2c-4e98-9a10-c3b5f8d2e433",
} as const;

/** A re-certifying adult-education centre (LQW), as the setup flow would store it. */
export function orgConfig(orgId: string, overrides: Partial<OrgConfigInput> = {}): OrgConfig {
  return orgConfigSchema.parse({
    orgId,
    name: "Volkshochschule Musterstadt",
    model: "lqw",
    modelVersion: "LQW 3",
    cycle: { kind: "recertification", start: "2026-01-01", selfReportDue: "2029-06-30", testatExpiry: "2030-03-31" },
    schedule: { weekday: 2, time: "10:00", frequency: "weekly", timeZone: "Europe/Berlin" },
    groups: defaultGroups(),
    updatedAt: "2026-01-05T09:00:00.000Z",
    ...overrides,
  });
}

export interface AnswerSpec {
  orgId: string;
  memberId: string;
  /** Distinguishes prompt instances; becomes part of the derived id. */
  instance: string;
  area?: AreaId;
  dimension?: DimensionId;
  text?: string;
  evidence?: string;
  createdAt?: string;
  group?: string;
}

export function answer(spec: AnswerSpec): Answer {
  const area = spec.area ?? "bedarfserschliessung";
  const dimension = spec.dimension ?? "results";
  const promptInstanceId = `delivery:2026-01-01:${spec.instance}:${spec.memberId}`;
  const createdAt = spec.createdAt ?? "2026-03-10T09:15:00.000Z";
  return {
    orgId: spec.orgId,
    answerId: answerId(promptInstanceId, spec.memberId),
    promptInstanceId,
    memberId: spec.memberId,
    promptId: `${area}.${dimension}.all.1`,
    model: "lqw",
    area,
    dimension,
    group: spec.group ?? "paedagogik",
    text:
      spec.text ??
      "Wir haben die Anmeldezahlen der Sprachkurse mit den Wartelisten verglichen und daraufhin zwei zusätzliche Abendkurse eingerichtet.",
    ...(spec.evidence ? { evidence: spec.evidence } : {}),
    createdAt,
    updatedAt: createdAt,
    history: [],
  };
}

/** `count` answers of one member, a minute apart starting at `start`, alternating two areas. */
export function answerSeries(
  orgId: string,
  memberId: string,
  count: number,
  start = "2026-02-02T08:00:00.000Z",
): Answer[] {
  const areas: AreaId[] = ["bedarfserschliessung", "evaluation"];
  return Array.from({ length: count }, (_, index) =>
    answer({
      orgId,
      memberId,
      instance: `2026-W${String(index + 1).padStart(3, "0")}`,
      area: areas[index % 2] ?? "evaluation",
      text: `Reflexion Nummer ${index + 1}: Rückmeldungen der Teilnehmenden wurden im Team besprochen.`,
      createdAt: new Date(Date.parse(start) + index * 60_000).toISOString(),
    }),
  );
}

export interface DeliverySpec {
  orgId: string;
  memberId: string;
  periodKey: string;
  dueAt?: string;
  state?: Delivery["state"];
  response?: Delivery["response"];
  attempts?: number;
  notBefore?: string;
  leaseOwner?: string;
  leaseUntil?: string;
}

export function delivery(spec: DeliverySpec): Delivery {
  const dueAt = spec.dueAt ?? "2026-03-10T09:00:00.000Z";
  return {
    orgId: spec.orgId,
    deliveryId: scheduledDeliveryId("2026-01-01", spec.periodKey, spec.memberId),
    memberId: spec.memberId,
    kind: "scheduled",
    promptId: "bedarfserschliessung.results.all.1",
    area: "bedarfserschliessung",
    dimension: "results",
    periodKey: spec.periodKey,
    dueAt,
    state: spec.state ?? "pending",
    response: spec.response ?? "open",
    attempts: spec.attempts ?? 0,
    ...(spec.notBefore ? { notBefore: spec.notBefore } : {}),
    ...(spec.leaseOwner ? { leaseOwner: spec.leaseOwner } : {}),
    ...(spec.leaseUntil ? { leaseUntil: spec.leaseUntil } : {}),
    createdAt: dueAt,
    updatedAt: dueAt,
  };
}

/** Every item of an async iterable of pages, flattened. */
export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let count = 0;
  for await (const page of pages) {
    items.push(...page);
    count++;
  }
  return { items, pages: count };
}
