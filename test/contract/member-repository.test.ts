import type { MemberSighting } from "../../bot/domain/member";
import { STAFF, collectPages, newOrgId, useContractStore } from "./support/contract-fixtures";

describe("member repository (contract)", () => {
  const context = useContractStore();
  const NOW = new Date("2026-02-01T08:00:00.000Z");

  function sighting(orgId: string, memberId: string, name = "Anna Schneider"): MemberSighting {
    return {
      orgId,
      memberId,
      userId: `29:1${memberId.slice(0, 8)}`,
      aadObjectId: memberId,
      name,
      locale: "de",
      timeZone: "Europe/Berlin",
      conversation: {
        channelId: "msteams",
        serviceUrl: "https://smba.trafficmanager.net/emea/",
        conversationId: `a:1${memberId.slice(0, 8)}`,
        tenantId: orgId,
        botId: "28:lqw-reflect",
      },
    };
  }

  it("stores a member once when install and first message arrive at the same time", async () => {
    const orgId = newOrgId();
    const { members } = context().repos;

    const results = await Promise.all([
      members.recordSighting(sighting(orgId, STAFF.anna), NOW),
      members.recordSighting(sighting(orgId, STAFF.anna), NOW),
    ]);

    expect(results.filter((result) => result.isNewInstall)).toHaveLength(1);
    const { items } = await collectPages(members.listByOrg(orgId));
    expect(items).toHaveLength(1);
  });

  it("writes a sighting only when Teams told something new", async () => {
    const orgId = newOrgId();
    const { members } = context().repos;
    await members.recordSighting(sighting(orgId, STAFF.anna), NOW);

    const unchanged = await members.recordSighting(sighting(orgId, STAFF.anna), new Date("2026-02-02T08:00:00.000Z"));
    const renamed = await members.recordSighting(
      sighting(orgId, STAFF.anna, "Anna Schneider-Weber"),
      new Date("2026-02-03T08:00:00.000Z"),
    );

    expect(unchanged.member.updatedAt).toBe(NOW.toISOString());
    expect(renamed.member).toMatchObject({ name: "Anna Schneider-Weber", updatedAt: "2026-02-03T08:00:00.000Z" });
    expect(renamed.isNewInstall).toBe(false);
  });

  it("applies two concurrent preference changes both", async () => {
    const orgId = newOrgId();
    const { members } = context().repos;
    await members.recordSighting(sighting(orgId, STAFF.anna), NOW);

    await Promise.all([
      members.update(orgId, STAFF.anna, (member) => ({ ...member, preferredTime: "08:30" })),
      members.update(orgId, STAFF.anna, (member) => ({ ...member, vacationUntil: "2026-02-20" })),
    ]);

    expect(await members.get(orgId, STAFF.anna)).toMatchObject({ preferredTime: "08:30", vacationUntil: "2026-02-20" });
  });

  it("lists an organisation's members page by page, and only theirs", async () => {
    const orgId = newOrgId();
    const { members } = context().repos;
    const ids = Array.from({ length: 5 }, (_, index) => `0000000${index}-1c7f-4a35-b6d2-5f0e9a3c1d22`);
    for (const memberId of ids) await members.recordSighting(sighting(orgId, memberId), NOW);
    await members.recordSighting(sighting(newOrgId(), STAFF.jonas), NOW);

    const { items, pages } = await collectPages(members.listByOrg(orgId, 2));

    expect(pages).toBe(3);
    expect(items.map((member) => member.memberId).sort()).toEqual(ids);
  });

  it("reads the members a batch names in one call: those that exist, none of another organisation", async () => {
    const orgId = newOrgId();
    const otherOrgId = newOrgId();
    const { members } = context().repos;
    await members.recordSighting(sighting(orgId, STAFF.anna, "Anna Schneider"), NOW);
    await members.recordSighting(sighting(orgId, STAFF.jonas, "Jonas Weber"), NOW);
    await members.recordSighting(sighting(otherOrgId, STAFF.miriam, "Miriam Koch"), NOW);

    const found = await members.getMany(orgId, [STAFF.anna, STAFF.jonas, STAFF.miriam, STAFF.anna]);

    expect([...found.keys()].sort()).toEqual([STAFF.anna, STAFF.jonas].sort());
    expect(found.get(STAFF.jonas)).toEqual(await members.get(orgId, STAFF.jonas));
    expect(await members.getMany(orgId, [])).toEqual(new Map());
  });
});
