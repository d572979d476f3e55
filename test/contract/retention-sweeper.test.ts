import { sweepExpired } from "../../bot/store";
import { STAFF, answer, newOrgId, orgConfig, useContractStore } from "./support/contract-fixtures";

describe("retention sweeper (contract)", () => {
  const context = useContractStore();

  it("deletes only the exports, answers and audit entries whose retention has ended", async () => {
    const orgId = newOrgId();
    const { repos, testStore } = context();
    const { orgs, answers, exports, audit } = repos;
    // Grace 0 years: the previous cycle's answers expire the day after its Testat did.
    const previousCycle = orgConfig(orgId, {
      cycle: { kind: "recertification", start: "2026-01-01", selfReportDue: "2029-06-30", testatExpiry: "2030-03-31" },
      retention: { answerGraceYears: 0, exportDays: 7, auditYears: 1 },
    });
    const { etag } = await orgs.save(previousCycle);
    const oldAnswer = answer({ orgId, memberId: STAFF.anna, instance: "2026-W11" });
    await answers.saveNew(oldAnswer);
    await orgs.save(
      {
        ...previousCycle,
        cycle: {
          kind: "recertification",
          start: "2030-01-01",
          selfReportDue: "2033-06-30",
          testatExpiry: "2034-03-31",
        },
      },
      etag,
    );
    const newAnswer = answer({
      orgId,
      memberId: STAFF.anna,
      instance: "2030-W05",
      createdAt: "2030-02-01T09:00:00.000Z",
    });
    await answers.saveNew(newAnswer);

    const base = {
      orgId,
      requestedBy: STAFF.miriam,
      kind: "draft",
      format: "markdown",
      status: "ready",
      contentType: "text/markdown; charset=utf-8",
    } as const;
    await exports.save({
      ...base,
      exportId: "early",
      fileName: "entwurf-1.md",
      content: "IyBFbnR3dXJm",
      createdAt: "2030-03-01T10:00:00.000Z",
    });
    await exports.save({
      ...base,
      exportId: "late",
      fileName: "entwurf-2.md",
      content: "IyBFbnR3dXJm",
      createdAt: "2030-04-10T10:00:00.000Z",
    });
    await audit.record({
      orgId,
      at: "2029-03-01T10:00:00.000Z",
      actorMemberId: STAFF.miriam,
      action: "config.changed",
      details: { field: "cycle" },
    });
    await audit.record({
      orgId,
      at: "2029-06-01T10:00:00.000Z",
      actorMemberId: STAFF.miriam,
      action: "export.created",
      details: { exportId: "early" },
    });

    // Another organisation whose documents have not expired.
    const otherOrgId = newOrgId();
    await orgs.save(orgConfig(otherOrgId));
    const otherAnswer = answer({ orgId: otherOrgId, memberId: STAFF.jonas, instance: "2026-W11" });
    await answers.saveNew(otherAnswer);

    const result = await sweepExpired(testStore.store, orgs, new Date("2030-04-15T00:00:00.000Z"));

    expect(result).toEqual({ exports: 1, answers: 1, audit: 1 });
    expect(await answers.get(orgId, oldAnswer.answerId)).toBeUndefined();
    expect(await answers.get(orgId, newAnswer.answerId)).toBeDefined();
    expect(await answers.get(otherOrgId, otherAnswer.answerId)).toBeDefined();
    expect(await exports.get(orgId, "early")).toBeUndefined();
    expect(await exports.get(orgId, "late")).toBeDefined();
    expect((await audit.list(orgId, 10)).entries.map((entry) => entry.action)).toEqual(["export.created"]);

    expect(await sweepExpired(testStore.store, orgs, new Date("2030-04-15T00:00:00.000Z"))).toEqual({
      exports: 0,
      answers: 0,
      audit: 0,
    });
  });
});
