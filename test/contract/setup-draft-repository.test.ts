import { newSetupDraft, type SetupDraft } from "../../bot/domain/setup-draft";
import { isAppError } from "../../bot/errors";
import { collectPages, newOrgId, STAFF, useContractStore } from "./support/contract-fixtures";

describe("setup draft repository (contract)", () => {
  const context = useContractStore();
  const NOW = new Date("2026-11-25T09:00:00.000Z");
  const draftFor = (orgId: string): SetupDraft => newSetupDraft(orgId, "2026-11-25", STAFF.miriam, NOW);

  it("creates the draft on the first change, then changes it in place, one per organisation", async () => {
    const { setupDrafts } = context().repos;
    const orgId = newOrgId();
    expect(await setupDrafts.get(orgId)).toBeUndefined();
    const created = await setupDrafts.update(orgId, (current) => ({ ...(current ?? draftFor(orgId)), step: 2 }));
    expect(created.step).toBe(2);
    const changed = await setupDrafts.update(orgId, (current) => ({
      ...(current ?? draftFor(orgId)),
      name: "VHS Musterstadt",
    }));
    expect(changed).toMatchObject({ step: 2, name: "VHS Musterstadt" });
    const stored = await setupDrafts.get(orgId);
    expect(stored?.value).toEqual(changed);
    expect(stored?.etag).toEqual(expect.any(String));
    expect(await setupDrafts.get(newOrgId())).toBeUndefined();
  });

  it("keeps both of two changes made at the same time", async () => {
    const { setupDrafts } = context().repos;
    const orgId = newOrgId();
    await setupDrafts.update(orgId, () => draftFor(orgId));
    await Promise.all([
      setupDrafts.update(orgId, (current) => ({ ...(current ?? draftFor(orgId)), anonymityThreshold: 7 })),
      setupDrafts.update(orgId, (current) => ({ ...(current ?? draftFor(orgId)), name: "Beratungsstelle Nord" })),
      setupDrafts.update(orgId, (current) => ({
        ...(current ?? draftFor(orgId)),
        successDefinition: "Beratung gelingt, wenn …",
      })),
    ]);
    expect((await setupDrafts.get(orgId))?.value).toMatchObject({
      anonymityThreshold: 7,
      name: "Beratungsstelle Nord",
      successDefinition: "Beratung gelingt, wenn …",
    });
  });

  it("refuses a draft that its own reader would refuse", async () => {
    const { setupDrafts } = context().repos;
    const orgId = newOrgId();
    const error = await setupDrafts
      .update(orgId, () => ({ ...draftFor(orgId), anonymityThreshold: 1 }))
      .catch((caught: unknown) => caught);
    expect(isAppError(error, "INVALID_INPUT")).toBe(true);
    expect(await setupDrafts.get(orgId)).toBeUndefined();
  });

  it("deletes the draft once, and lives beside members without showing up among them", async () => {
    const { setupDrafts, members } = context().repos;
    const orgId = newOrgId();
    await setupDrafts.update(orgId, () => draftFor(orgId));
    expect((await collectPages(members.listByOrg(orgId))).items).toEqual([]);
    expect(await setupDrafts.delete(orgId)).toBe(true);
    expect(await setupDrafts.delete(orgId)).toBe(false);
    expect(await setupDrafts.get(orgId)).toBeUndefined();
  });
});
