import { EXPORT_CONTENT_MAX_CHARS } from "../../bot/domain/export-record";
import type { NewExport } from "../../bot/store";
import { STAFF, newOrgId, orgConfig, useContractStore } from "./support/contract-fixtures";

describe("export repository (contract)", () => {
  const context = useContractStore();

  function draftExport(orgId: string, exportId: string, overrides: Partial<NewExport> = {}): NewExport {
    return {
      orgId,
      exportId,
      requestedBy: STAFF.miriam,
      kind: "draft",
      format: "docx",
      status: "pending",
      fileName: "Selbstreport-Entwurf-QB2-2026-03-10.docx",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      createdAt: "2026-03-10T11:00:00.000Z",
      ...overrides,
    };
  }

  it("keeps an export for the organisation's export days, as expiresAt and as Cosmos ttl", async () => {
    const orgId = newOrgId();
    const { orgs, exports } = context().repos;
    await orgs.save(orgConfig(orgId, { retention: { answerGraceYears: 5, exportDays: 3, auditYears: 6 } }));

    const saved = await exports.save(draftExport(orgId, "draft-qb2-001"));

    expect(saved.expiresAt).toBe("2026-03-13T11:00:00.000Z");
    expect(await exports.get(orgId, "draft-qb2-001")).toEqual(saved);
    const { resource } = await context()
      .testStore.store.container("exports")
      .item("export:draft-qb2-001", orgId)
      .read<Record<string, unknown>>();
    expect(resource).toMatchObject({
      type: "export",
      schemaVersion: 1,
      expiresAt: saved.expiresAt,
      ttl: expect.any(Number),
    });
  });

  it("expires an export after seven days when the organisation has not set up retention", async () => {
    const orgId = newOrgId();
    const saved = await context().repos.exports.save(draftExport(orgId, "draft-default"));
    expect(saved.expiresAt).toBe("2026-03-17T11:00:00.000Z");
  });

  it("keeps the earlier expiry a signed link already promised", async () => {
    const orgId = newOrgId();
    const saved = await context().repos.exports.save(
      draftExport(orgId, "data-early", { expiresAt: "2026-03-11T11:00:00.000Z" }),
    );
    expect(saved.expiresAt).toBe("2026-03-11T11:00:00.000Z");
  });

  it("marks an export ready with its file and keeps its expiry", async () => {
    const orgId = newOrgId();
    const { exports } = context().repos;
    const saved = await exports.save(draftExport(orgId, "draft-qb2-002"));
    const content = Buffer.from("PK\u0003\u0004 docx bytes").toString("base64");

    const ready = await exports.update(orgId, "draft-qb2-002", (record) => ({
      ...record,
      status: "ready",
      content,
      updatedAt: "2026-03-10T11:00:20.000Z",
      expiresAt: "2099-01-01T00:00:00.000Z",
    }));

    expect(ready).toMatchObject({ status: "ready", content, expiresAt: saved.expiresAt });
    expect(await exports.get(orgId, "draft-qb2-002")).toEqual(ready);
  });

  it("stores a file too large for one Cosmos item in parts and reads it back whole", async () => {
    const orgId = newOrgId();
    const { orgs, exports } = context().repos;
    await orgs.save(orgConfig(orgId));
    const content = "ABCD".repeat(Math.ceil((EXPORT_CONTENT_MAX_CHARS * 2.5) / 4));
    const saved = await exports.save(draftExport(orgId, "draft-huge", { status: "ready", content }));
    expect(saved.partCount).toBe(3);
    const read = await exports.get(orgId, "draft-huge");
    expect(read?.content?.length).toBe(content.length);
    expect(read?.content === content).toBe(true);
  });

  it("replaces a file an earlier attempt wrote, from parts to fewer parts to one item and back, and reads the latest whole", async () => {
    const orgId = newOrgId();
    const { orgs, exports } = context().repos;
    await orgs.save(orgConfig(orgId));
    const ofParts = (letter: string, parts: number) =>
      letter.repeat(Math.floor(EXPORT_CONTENT_MAX_CHARS * (parts - 0.5)));
    const contents = [ofParts("A", 3), ofParts("B", 2), "small", ofParts("C", 2)];
    expect(
      (await exports.save(draftExport(orgId, "draft-again", { status: "ready", content: contents[0] }))).partCount,
    ).toBe(3);
    await expect(
      exports.save(draftExport(orgId, "draft-again", { status: "ready", content: contents[1] })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    for (const content of contents.slice(1)) {
      await exports.save(draftExport(orgId, "draft-again", { status: "ready", content }), { replace: true });
      const read = await exports.get(orgId, "draft-again");
      expect(read?.content?.length).toBe(content.length);
      expect(read?.content === content).toBe(true);
    }
  });

  it("answers NOT_FOUND when updating an export that is gone", async () => {
    await expect(context().repos.exports.update(newOrgId(), "gone", (record) => record)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
