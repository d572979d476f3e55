import { STAFF, collectPages, newOrgId, orgConfig, useContractStore } from "./support/contract-fixtures";

describe("organisation repository (contract)", () => {
  const context = useContractStore();

  it("stores an organisation's configuration and reads it back with its ETag", async () => {
    const orgId = newOrgId();
    const { orgs } = context().repos;
    const config = orgConfig(orgId, { anonymityThreshold: 7 });

    const saved = await orgs.save(config);

    expect(saved.value).toEqual(config);
    expect(await orgs.get(orgId)).toEqual(config);
    expect((await orgs.getVersioned(orgId))?.etag).toBe(saved.etag);
    expect(await orgs.get(newOrgId())).toBeUndefined();
  });

  it("refuses to set up an organisation a second time without the version it changes (CONFLICT)", async () => {
    const orgId = newOrgId();
    const { orgs } = context().repos;
    await orgs.save(orgConfig(orgId));
    await expect(orgs.save(orgConfig(orgId, { name: "VHS Nachbarstadt" }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await orgs.get(orgId))?.name).toBe("Volkshochschule Musterstadt");
  });

  it("of two quality officers editing the same version, the second is told (CONFLICT) instead of overwriting", async () => {
    const orgId = newOrgId();
    const { orgs } = context().repos;
    const { value, etag } = await orgs.save(orgConfig(orgId));

    const first = await orgs.save({ ...value, anonymityThreshold: 6, updatedAt: "2026-01-06T10:00:00.000Z" }, etag);
    await expect(
      orgs.save({ ...value, name: "VHS Musterstadt e. V.", updatedAt: "2026-01-06T10:01:00.000Z" }, etag),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });

    expect(await orgs.get(orgId)).toEqual(first.value);
    expect(first.etag).not.toBe(etag);
  });

  it("answers NOT_FOUND when editing an organisation that is not set up", async () => {
    const orgId = newOrgId();
    await expect(context().repos.orgs.save(orgConfig(orgId), '"0000-etag"')).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a configuration the setup rules reject (INVALID_INPUT)", async () => {
    const orgId = newOrgId();
    const invalid = { ...orgConfig(orgId), anonymityThreshold: 1 };
    await expect(context().repos.orgs.save(invalid)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("lists every organisation's id for the worker's tick", async () => {
    const { orgs, members } = context().repos;
    const ids = [newOrgId(), newOrgId(), newOrgId()];
    for (const orgId of ids) await orgs.save(orgConfig(orgId));
    // Members share the container; they are not organisations.
    await members.recordSighting(
      {
        orgId: ids[0] ?? "",
        memberId: STAFF.anna,
        userId: "29:1anna-schneider",
        name: "Anna Schneider",
        locale: "de",
        conversation: {
          channelId: "msteams",
          serviceUrl: "https://smba.trafficmanager.net/emea/",
          conversationId: "a:1anna",
          tenantId: ids[0] ?? "",
          botId: "28:lqw-reflect",
        },
      },
      new Date("2026-01-05T09:00:00.000Z"),
    );

    const { items } = await collectPages(orgs.listOrgIds(2));

    expect(items).toEqual(expect.arrayContaining(ids));
    expect(items).not.toContain(STAFF.anna);
    expect(new Set(items).size).toBe(items.length);
  });

  it("derives retention from the configuration, with the defaults before setup", async () => {
    const orgId = newOrgId();
    const { orgs } = context().repos;
    expect(await orgs.retentionFor(orgId)).toEqual({ answerGraceYears: 5, exportDays: 7, auditYears: 6 });

    await orgs.save(orgConfig(orgId, { retention: { answerGraceYears: 3, exportDays: 2, auditYears: 8 } }));

    expect(await orgs.retentionFor(orgId)).toEqual({
      answerGraceYears: 3,
      exportDays: 2,
      auditYears: 8,
      cycleStart: "2026-01-01",
      certificationEnds: "2030-03-31",
    });
  });
});
