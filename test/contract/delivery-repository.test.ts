import { MAX_DELIVERY_ATTEMPTS } from "../../bot/store/delivery-repository";
import { STAFF, collectPages, delivery, newOrgId, useContractStore } from "./support/contract-fixtures";

describe("delivery repository (contract)", () => {
  const context = useContractStore();
  const NOW = new Date("2026-03-10T10:00:00.000Z");
  const LEASE_MS = 60_000;

  it("records a scheduled prompt once when the scheduler's tick runs twice", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const scheduled = delivery({ orgId, memberId: STAFF.anna, periodKey: "2026-W11" });

    expect(await deliveries.recordIfAbsent(scheduled)).toEqual({ created: true });
    expect(await deliveries.recordIfAbsent({ ...scheduled, promptId: "evaluation.results.all.1" })).toEqual({
      created: false,
    });

    expect(await deliveries.get(orgId, scheduled.deliveryId)).toEqual(scheduled);
    const { items } = await collectPages(deliveries.historyForOrg(orgId));
    expect(items).toHaveLength(1);
  });

  it("hands each due delivery to exactly one of two workers claiming at the same time", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const members = Array.from({ length: 30 }, (_, index) => `member-${String(index).padStart(2, "0")}`);
    for (const memberId of members)
      await deliveries.recordIfAbsent(delivery({ orgId, memberId, periodKey: "2026-W11" }));

    const [first, second] = await Promise.all([
      deliveries.claimDue(orgId, NOW, "worker-a", LEASE_MS, 20),
      deliveries.claimDue(orgId, NOW, "worker-b", LEASE_MS, 20),
    ]);

    const claimedIds = [...(first ?? []), ...(second ?? [])].map((claimed) => claimed.deliveryId);
    expect(new Set(claimedIds).size).toBe(claimedIds.length);
    expect(claimedIds).toHaveLength(30);
    for (const [owner, claims] of [
      ["worker-a", first ?? []],
      ["worker-b", second ?? []],
    ] as const) {
      for (const claimed of claims) {
        const stored = await deliveries.get(orgId, claimed.deliveryId);
        expect(stored).toMatchObject({
          state: "sending",
          leaseOwner: owner,
          leaseUntil: "2026-03-10T10:01:00.000Z",
          attempts: 1,
        });
      }
    }
    expect(await deliveries.claimDue(orgId, NOW, "worker-c", LEASE_MS, 20)).toEqual([]);
  });

  it("claims what is due and retryable, and leaves alone what is not yet due, leased, final or out of attempts", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const cases = {
      pendingDue: delivery({ orgId, memberId: "m-01", periodKey: "2026-W11" }),
      pendingLater: delivery({ orgId, memberId: "m-02", periodKey: "2026-W11", dueAt: "2026-03-10T10:30:00.000Z" }),
      pendingBackingOff: delivery({
        orgId,
        memberId: "m-03",
        periodKey: "2026-W11",
        notBefore: "2026-03-10T10:05:00.000Z",
      }),
      leaseExpired: delivery({
        orgId,
        memberId: "m-04",
        periodKey: "2026-W11",
        state: "sending",
        attempts: 1,
        leaseOwner: "crashed",
        leaseUntil: "2026-03-10T09:59:00.000Z",
      }),
      leaseLive: delivery({
        orgId,
        memberId: "m-05",
        periodKey: "2026-W11",
        state: "sending",
        attempts: 1,
        leaseOwner: "busy",
        leaseUntil: "2026-03-10T10:00:30.000Z",
      }),
      failedRetryable: delivery({
        orgId,
        memberId: "m-06",
        periodKey: "2026-W11",
        state: "failed",
        attempts: 2,
        notBefore: "2026-03-10T09:58:00.000Z",
      }),
      failedBackingOff: delivery({
        orgId,
        memberId: "m-07",
        periodKey: "2026-W11",
        state: "failed",
        attempts: 2,
        notBefore: "2026-03-10T10:10:00.000Z",
      }),
      failedExhausted: delivery({
        orgId,
        memberId: "m-08",
        periodKey: "2026-W11",
        state: "failed",
        attempts: MAX_DELIVERY_ATTEMPTS,
      }),
      sent: delivery({ orgId, memberId: "m-09", periodKey: "2026-W11", state: "sent", attempts: 1 }),
      unreachable: delivery({ orgId, memberId: "m-10", periodKey: "2026-W11", state: "unreachable", attempts: 3 }),
    };
    for (const item of Object.values(cases)) await deliveries.recordIfAbsent(item);

    const claimed = await deliveries.claimDue(orgId, NOW, "worker-a", LEASE_MS, 50);

    expect(claimed.map((item) => item.deliveryId).sort()).toEqual(
      [cases.pendingDue, cases.leaseExpired, cases.failedRetryable].map((item) => item.deliveryId).sort(),
    );
    expect(claimed.find((item) => item.deliveryId === cases.failedRetryable.deliveryId)?.attempts).toBe(3);
  });

  it("ends the leases of a process that is gone, so its deliveries are claimed at once, and leaves the sent ones alone", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const recorded = ["m-01", "m-02", "m-03"].map((memberId) => delivery({ orgId, memberId, periodKey: "2026-W11" }));
    for (const each of recorded) await deliveries.recordIfAbsent(each);
    const [sent, onTheWay] = await deliveries.claimDue(orgId, NOW, "worker-gone", LEASE_MS, 2);
    if (!sent || !onTheWay) throw new Error("two deliveries should have been claimed");
    await deliveries.update(orgId, sent.deliveryId, (current) => ({
      ...current,
      state: "sent",
      leaseOwner: undefined,
      leaseUntil: undefined,
      sentAt: NOW.toISOString(),
    }));

    const restartedAt = new Date(NOW.getTime() + 1_000);
    expect(await deliveries.expireLeases(orgId, restartedAt)).toBe(1);
    const claimed = await deliveries.claimDue(orgId, new Date(restartedAt.getTime() + 1), "worker-new", LEASE_MS, 10);
    const untouched = recorded.find(
      (each) => each.deliveryId !== sent.deliveryId && each.deliveryId !== onTheWay.deliveryId,
    );
    expect(claimed.map((each) => each.deliveryId).sort()).toEqual([onTheWay.deliveryId, untouched?.deliveryId].sort());
    expect(claimed.find((each) => each.deliveryId === onTheWay.deliveryId)).toMatchObject({ attempts: 2 });
    expect(await deliveries.get(orgId, sent.deliveryId)).toMatchObject({ state: "sent", attempts: 1 });
  });

  it("claims no more than the limit, oldest due first", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const dueTimes = [
      "2026-03-10T09:40:00.000Z",
      "2026-03-10T09:10:00.000Z",
      "2026-03-10T09:50:00.000Z",
      "2026-03-10T09:20:00.000Z",
    ];
    for (const [index, dueAt] of dueTimes.entries())
      await deliveries.recordIfAbsent(delivery({ orgId, memberId: `m-${index}`, periodKey: "2026-W11", dueAt }));

    const claimed = await deliveries.claimDue(orgId, NOW, "worker-a", LEASE_MS, 2);

    expect(claimed.map((item) => item.dueAt)).toEqual(["2026-03-10T09:10:00.000Z", "2026-03-10T09:20:00.000Z"]);
  });

  it("applies two concurrent updates of different fields both (re-applied on a 412)", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const scheduled = delivery({
      orgId,
      memberId: STAFF.anna,
      periodKey: "2026-W11",
      state: "sending",
      attempts: 1,
      leaseOwner: "worker-a",
    });
    await deliveries.recordIfAbsent(scheduled);
    const at = "2026-03-10T10:00:05.000Z";

    await Promise.all([
      deliveries.update(orgId, scheduled.deliveryId, (current) => ({
        ...current,
        state: "sent",
        sentAt: at,
        activityId: "1:activity-17",
        updatedAt: at,
      })),
      deliveries.update(orgId, scheduled.deliveryId, (current) => ({
        ...current,
        response: "answered",
        respondedAt: at,
        updatedAt: at,
      })),
    ]);

    expect(await deliveries.get(orgId, scheduled.deliveryId)).toMatchObject({
      state: "sent",
      activityId: "1:activity-17",
      response: "answered",
      respondedAt: at,
    });
  });

  it("writes the worker's outcome on a claimed delivery, also when the member answered after the claim", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const quiet = delivery({ orgId, memberId: STAFF.anna, periodKey: "2026-W11" });
    const answered = delivery({ orgId, memberId: STAFF.jonas, periodKey: "2026-W11" });
    for (const recorded of [quiet, answered]) await deliveries.recordIfAbsent(recorded);
    expect(await deliveries.claimDue(orgId, NOW, "worker-a", LEASE_MS, 10)).toHaveLength(2);
    const at = "2026-03-10T10:00:05.000Z";
    // The member's reply changes the delivery after the claim: the worker's write must not undo it.
    await deliveries.markAnswered(orgId, answered.deliveryId, new Date(at));

    const markSent = (current: typeof quiet) => ({
      ...current,
      state: "sent" as const,
      sentAt: at,
      leaseOwner: undefined,
      leaseUntil: undefined,
      updatedAt: at,
    });
    for (const { deliveryId } of [quiet, answered]) await deliveries.update(orgId, deliveryId, markSent);

    expect(await deliveries.get(orgId, quiet.deliveryId)).toMatchObject({
      state: "sent",
      attempts: 1,
      response: "open",
    });
    expect(await deliveries.get(orgId, answered.deliveryId)).toMatchObject({
      state: "sent",
      attempts: 1,
      response: "answered",
      respondedAt: at,
    });
  });

  it("answers NOT_FOUND when updating a delivery that does not exist", async () => {
    await expect(
      context().repos.deliveries.update(newOrgId(), "delivery:none", (current) => current),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists the member's open and snoozed prompts, newest first, and nobody else's", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const open = delivery({
      orgId,
      memberId: STAFF.anna,
      periodKey: "2026-W11",
      dueAt: "2026-03-10T09:00:00.000Z",
      state: "sent",
    });
    const snoozed = delivery({
      orgId,
      memberId: STAFF.anna,
      periodKey: "2026-W12",
      dueAt: "2026-03-17T09:00:00.000Z",
      state: "sent",
      response: "snoozed",
    });
    const answered = delivery({
      orgId,
      memberId: STAFF.anna,
      periodKey: "2026-W10",
      state: "sent",
      response: "answered",
    });
    const colleague = delivery({ orgId, memberId: STAFF.jonas, periodKey: "2026-W11", state: "sent" });
    for (const item of [open, snoozed, answered, colleague]) await deliveries.recordIfAbsent(item);

    const listed = await deliveries.listOpenForMember(orgId, STAFF.anna);

    expect(listed.map((item) => item.deliveryId)).toEqual([snoozed.deliveryId, open.deliveryId]);
  });

  it("gives the scheduler the history page by page with only the fields it needs", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    for (let week = 1; week <= 7; week++)
      await deliveries.recordIfAbsent(
        delivery({ orgId, memberId: STAFF.anna, periodKey: `2026-W0${week}`, leaseOwner: "worker-a", state: "sent" }),
      );

    const { items, pages } = await collectPages(deliveries.historyForOrg(orgId, 3));

    expect(pages).toBe(3);
    expect(items).toHaveLength(7);
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(
      ["area", "createdAt", "deliveryId", "dimension", "kind", "memberId", "periodKey", "promptId", "response"].sort(),
    );
  });

  it("takes back a mark as answered to the response the delivery had, and only if nothing changed it since", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const open = delivery({ orgId, memberId: STAFF.anna, periodKey: "2026-W11" });
    const snoozed = {
      ...delivery({ orgId, memberId: STAFF.jonas, periodKey: "2026-W11" }),
      response: "snoozed" as const,
    };
    const remarked = delivery({ orgId, memberId: STAFF.miriam, periodKey: "2026-W11" });
    for (const recorded of [open, snoozed, remarked]) await deliveries.recordIfAbsent(recorded);
    const at = new Date("2026-03-10T10:00:05.000Z");

    for (const before of [open, snoozed]) {
      const markedEtag = await deliveries.markAnswered(orgId, before.deliveryId, at);
      await deliveries.undoAnswered(orgId, before.deliveryId, before, markedEtag);
      expect(await deliveries.get(orgId, before.deliveryId)).toEqual(before);
    }

    // Another submit marked it again after this one: its mark stands.
    const firstEtag = await deliveries.markAnswered(orgId, remarked.deliveryId, at);
    await deliveries.markAnswered(orgId, remarked.deliveryId, new Date("2026-03-10T10:00:06.000Z"));
    await expect(deliveries.undoAnswered(orgId, remarked.deliveryId, remarked, firstEtag)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await deliveries.get(orgId, remarked.deliveryId)).toMatchObject({
      response: "answered",
      respondedAt: "2026-03-10T10:00:06.000Z",
    });
  });

  it("counts deliveries per transport state", async () => {
    const orgId = newOrgId();
    const { deliveries } = context().repos;
    const states = ["pending", "pending", "sent", "sent", "sent", "failed", "unreachable"] as const;
    for (const [index, state] of states.entries())
      await deliveries.recordIfAbsent(delivery({ orgId, memberId: `m-${index}`, periodKey: "2026-W11", state }));

    expect(await deliveries.countsByState(orgId)).toEqual({
      pending: 2,
      sending: 0,
      sent: 3,
      failed: 1,
      unreachable: 1,
    });
  });
  it("names which of two periods already had a scheduled prompt, in this organisation only and not on demand", async () => {
    const orgId = newOrgId();
    const otherOrg = newOrgId();
    const { deliveries } = context().repos;
    expect(await deliveries.scheduledPeriodsAmong(orgId, ["2026-W10", "2026-W11"])).toEqual(new Set());

    await deliveries.recordIfAbsent(delivery({ orgId: otherOrg, memberId: "m-1", periodKey: "2026-W10" }));
    await deliveries.recordIfAbsent({
      ...delivery({ orgId, memberId: "m-1", periodKey: "2026-W10" }),
      deliveryId: "delivery:ondemand:m-1:x",
      kind: "onDemand",
    });
    expect(await deliveries.scheduledPeriodsAmong(orgId, ["2026-W10", "2026-W11"])).toEqual(new Set());

    for (const memberId of ["m-1", "m-2", "m-3"])
      await deliveries.recordIfAbsent(delivery({ orgId, memberId, periodKey: "2026-W11" }));
    await deliveries.recordIfAbsent(delivery({ orgId, memberId: "m-1", periodKey: "2026-W12" }));
    expect(await deliveries.scheduledPeriodsAmong(orgId, ["2026-W10", "2026-W11"])).toEqual(new Set(["2026-W11"]));

    await deliveries.recordIfAbsent(delivery({ orgId, memberId: "m-2", periodKey: "2026-W10" }));
    expect(await deliveries.scheduledPeriodsAmong(orgId, ["2026-W10", "2026-W11"])).toEqual(
      new Set(["2026-W10", "2026-W11"]),
    );
    expect(await deliveries.scheduledPeriodsAmong(orgId, ["2026-W12"])).toEqual(new Set(["2026-W12"]));
    expect(await deliveries.scheduledPeriodsAmong(orgId, ["2026-W13"])).toEqual(new Set());
  });
});
