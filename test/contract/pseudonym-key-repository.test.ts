import { collectPersonalData } from "../../bot/personal-data/personal-data";
import { collectPages, newOrgId, useContractStore } from "./support/contract-fixtures";

describe("pseudonym key repository (contract)", () => {
  const context = useContractStore();

  it("creates a 32-byte random key on first use and returns the same key ever after", async () => {
    const { pseudonymKeys } = context().repos;
    const orgId = newOrgId();
    const key = await pseudonymKeys.getOrCreate(orgId);
    expect(key).toHaveLength(32);
    expect(await pseudonymKeys.getOrCreate(orgId)).toEqual(key);
    expect(await pseudonymKeys.getOrCreate(newOrgId())).not.toEqual(key);
  });

  it("agrees on one key when several exports create it at the same time", async () => {
    const { pseudonymKeys } = context().repos;
    const orgId = newOrgId();
    const keys = await Promise.all(Array.from({ length: 8 }, () => pseudonymKeys.getOrCreate(orgId)));
    for (const key of keys) expect(key).toEqual(keys[0]);
    expect(await pseudonymKeys.getOrCreate(orgId)).toEqual(keys[0]);
  });

  it("lives beside the members without showing up among them or in a member's own data", async () => {
    const { pseudonymKeys, members } = context().repos;
    const orgId = newOrgId();
    await pseudonymKeys.getOrCreate(orgId);
    expect((await collectPages(members.listByOrg(orgId))).items).toEqual([]);
    expect(JSON.stringify(await collectPersonalData(context().repos, orgId, "aad-nobody"))).not.toContain(
      "pseudonymKey",
    );
  });
});
