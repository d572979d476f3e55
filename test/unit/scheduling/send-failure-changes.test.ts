import { deliverySchema, type Delivery } from "../../../bot/domain/delivery";
import { DEFAULT_BACKOFF } from "../../../bot/scheduling/backoff";
import { changeAfterFailure, type FailedAttempt } from "../../../bot/scheduling/send-failure-changes";
import { MAX_DELIVERY_ATTEMPTS } from "../../../bot/store";

const NOW = new Date("2026-11-24T09:00:10.000Z");
const OWNER = "worker-a";

function claimed(overrides: Partial<Delivery> = {}): Delivery {
  return deliverySchema.parse({
    orgId: "org-table",
    deliveryId: "delivery:2026-09-01:2026-W48:anna",
    memberId: "anna",
    kind: "scheduled",
    promptId: "kernprozess.results.lqw.1",
    area: "kernprozess",
    dimension: "results",
    periodKey: "2026-W48",
    dueAt: "2026-11-24T09:00:00.000Z",
    state: "sending",
    response: "open",
    attempts: 1,
    leaseOwner: OWNER,
    leaseUntil: "2026-11-24T09:02:00.000Z",
    createdAt: "2026-11-24T08:55:00.000Z",
    updatedAt: "2026-11-24T09:00:00.000Z",
    ...overrides,
  });
}

const attempt = (overrides: Partial<FailedAttempt> = {}): FailedAttempt => ({
  owner: OWNER,
  now: NOW,
  attempts: 1,
  random: () => 0,
  backoff: DEFAULT_BACKOFF,
  ...overrides,
});

describe("what a failed send changes (one row per kind of failure)", () => {
  it("marks a member who blocked the bot unreachable, with no retry", () => {
    const failed = changeAfterFailure(
      { kind: "unreachable", reason: "blocked-MessageWritesBlocked", status: 403 },
      attempt(),
    );
    const written = failed.change(claimed());
    expect(written).toMatchObject({ state: "unreachable", lastError: "blocked-MessageWritesBlocked" });
    expect(written.leaseOwner).toBeUndefined();
    expect(failed.isMemberUnreachable).toBe(true);
    expect(failed.outcomeOf(written)).toBe("unreachable");
    expect(failed.holdTenantUntilMs).toBeUndefined();
  });

  it("gives up at once on a permanent failure, and keeps the member reachable", () => {
    const failed = changeAfterFailure({ kind: "permanent", reason: "http-400", status: 400 }, attempt());
    const written = failed.change(claimed());
    expect(written).toMatchObject({ state: "failed", lastError: "http-400", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(failed.isMemberUnreachable).toBe(false);
    expect(failed.outcomeOf(written)).toBe("failed");
  });

  it("retries a throttled send after Teams' Retry-After and holds the tenant's other sends back as long", () => {
    const failed = changeAfterFailure(
      { kind: "throttled", reason: "throttled", status: 429, retryAfterMs: 7_000 },
      attempt(),
    );
    const written = failed.change(claimed());
    expect(written).toMatchObject({ state: "pending", lastError: "throttled", notBefore: "2026-11-24T09:00:17.000Z" });
    expect(failed.holdTenantUntilMs).toBe(NOW.getTime() + 7_000);
    expect(failed.outcomeOf(written)).toBe("retrying");
  });

  it("retries a transient failure after a backoff that grows with the attempts, without holding the tenant", () => {
    const first = changeAfterFailure({ kind: "transient", reason: "http-502", status: 502 }, attempt({ attempts: 1 }));
    const third = changeAfterFailure({ kind: "transient", reason: "http-502", status: 502 }, attempt({ attempts: 3 }));
    const waitOf = (delivery: Delivery) => Date.parse(delivery.notBefore ?? "") - NOW.getTime();
    expect(waitOf(first.change(claimed()))).toBe(DEFAULT_BACKOFF.baseMs / 2);
    expect(waitOf(third.change(claimed({ attempts: 3 })))).toBe(DEFAULT_BACKOFF.baseMs * 2);
    expect(first.holdTenantUntilMs).toBeUndefined();
  });

  it("counts a retry on the last allowed attempt as failed", () => {
    const failed = changeAfterFailure(
      { kind: "transient", reason: "timeout" },
      attempt({ attempts: MAX_DELIVERY_ATTEMPTS }),
    );
    const written = failed.change(claimed({ attempts: MAX_DELIVERY_ATTEMPTS }));
    expect(written.state).toBe("failed");
    expect(failed.outcomeOf(written)).toBe("failed");
  });

  it("changes nothing once another worker holds the claim", () => {
    const taken = claimed({ leaseOwner: "worker-b" });
    for (const failure of [
      { kind: "unreachable", reason: "not-found", status: 404 },
      { kind: "permanent", reason: "http-400", status: 400 },
      { kind: "transient", reason: "network" },
    ] as const)
      expect(changeAfterFailure(failure, attempt()).change(taken)).toBe(taken);
  });
});
