import type { AuditDetails, AuditEntry } from "../../bot/store";
import { STAFF, newOrgId, orgConfig, useContractStore } from "./support/contract-fixtures";

describe("audit repository (contract)", () => {
  const context = useContractStore();

  function entry(
    orgId: string,
    at: string,
    details: AuditDetails = { exportId: "draft-qb2-001", areas: 3 },
  ): AuditEntry {
    return { orgId, at, actorMemberId: STAFF.miriam, action: "export.created", details };
  }

  it("records who did what and lists it newest first, page by page", async () => {
    const orgId = newOrgId();
    const { audit } = context().repos;
    const times = Array.from({ length: 7 }, (_, index) => `2026-03-1${index}T12:00:00.000Z`);
    for (const at of times) await audit.record(entry(orgId, at));

    const first = await audit.list(orgId, 5);
    const second = await audit.list(orgId, 5, first.continuationToken);

    expect(first.entries.map((item) => item.at)).toEqual([...times].reverse().slice(0, 5));
    expect(second.entries.map((item) => item.at)).toEqual([...times].reverse().slice(5));
    expect(second.continuationToken).toBeUndefined();
  });

  it("keeps audit entries for the organisation's audit years", async () => {
    const orgId = newOrgId();
    const { orgs, audit } = context().repos;
    await orgs.save(orgConfig(orgId, { retention: { answerGraceYears: 5, exportDays: 7, auditYears: 10 } }));

    const recorded = await audit.record(entry(orgId, "2026-03-10T12:00:00.000Z"));

    expect(recorded.expiresAt).toBe("2036-03-10T12:00:00.000Z");
  });

  it("stores the same entry recorded twice (a retry) once", async () => {
    const orgId = newOrgId();
    const { audit } = context().repos;
    await audit.record(entry(orgId, "2026-03-10T12:00:00.000Z"));
    await audit.record(entry(orgId, "2026-03-10T12:00:00.000Z"));
    await audit.record(entry(orgId, "2026-03-10T12:00:00.000Z", { exportId: "draft-qb2-002", areas: 3 }));

    expect((await audit.list(orgId, 10)).entries).toHaveLength(2);
  });

  it("refuses details long enough to hold answer text", async () => {
    const orgId = newOrgId();
    const answerText = "Wir haben die Anmeldezahlen der Sprachkurse mit den Wartelisten verglichen. ".repeat(3);
    expect(answerText.length).toBeGreaterThan(200);

    await expect(
      context().repos.audit.record(entry(orgId, "2026-03-10T12:00:00.000Z", { note: answerText })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect((await context().repos.audit.list(orgId, 10)).entries).toEqual([]);
  });

  it("refuses a text key even when the text is short, at compile time and at run time", async () => {
    const orgId = newOrgId();
    // @ts-expect-error — answer text has no place in audit details.
    const withText: AuditDetails = { text: "Kurz, aber trotzdem Antworttext." };
    await expect(
      context().repos.audit.record(entry(orgId, "2026-03-10T12:00:00.000Z", withText)),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("refuses details that are not scalars", async () => {
    const orgId = newOrgId();
    const nested = { answer: { text: "verschachtelt" } } as unknown as AuditDetails;
    await expect(context().repos.audit.record(entry(orgId, "2026-03-10T12:00:00.000Z", nested))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
