/**
 * Download links (bot/signed-links.ts, functions/exports.ts): any change to organisation, export
 * id, expiry or signature, another key, or an expired link or export is refused (403/410)
 * without the file and without saying whether the export exists.
 */
import fc from "fast-check";
import { checkSignedLink, createSignedLink, type SignedLinkTarget } from "../../bot/signed-links";
import { startBotHarness, type BotHarness } from "../support/bot-harness";
import { seedOrg } from "../support/org-fixture";
import { TENANT_ID } from "../support/teams-activities";
import { assertProperty } from "../support/property-runs";

const KEY = "a-signing-key-for-the-signed-link-tests-0123456789";
const OTHER_KEY = "another-signing-key-that-the-app-does-not-know-42";
const CONTENT = "# Entwurf\n\nGeheimer Inhalt des Exports.\n";

describe("signed links, as a function", () => {
  const target: SignedLinkTarget = { orgId: TENANT_ID, exportId: "draft-1234-md", expiresAt: 1_900_000_000 };
  const signatureOf = (link: string) => new URL(link).searchParams.get("sig") ?? "";

  it("accepts only the exact organisation, export and expiry it was signed for, with the key it was signed with", () => {
    assertProperty(
      fc.property(
        fc.record({
          orgId: fc.string({ minLength: 1 }),
          exportId: fc.string({ minLength: 1 }),
          expiresAt: fc.integer({ min: 0, max: 4_000_000_000 }),
        }),
        fc.record({
          orgId: fc.string({ minLength: 1 }),
          exportId: fc.string({ minLength: 1 }),
          expiresAt: fc.integer({ min: 0, max: 4_000_000_000 }),
        }),
        (signed, asked) => {
          const signature = signatureOf(createSignedLink("https://x.example", KEY, signed));
          const isSame =
            signed.orgId === asked.orgId && signed.exportId === asked.exportId && signed.expiresAt === asked.expiresAt;
          const check = checkSignedLink(KEY, asked, signature, 0);
          return isSame ? check === "valid" : check === "invalid";
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("refuses a signature with any character changed, added or removed", () => {
    const signature = signatureOf(createSignedLink("https://x.example", KEY, target));
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < signature.length; i++) {
      for (const replacement of alphabet) {
        if (replacement === signature[i]) continue;
        const forged = `${signature.slice(0, i)}${replacement}${signature.slice(i + 1)}`;
        expect(checkSignedLink(KEY, target, forged, 0)).toBe("invalid");
      }
    }
    for (const forged of [
      "",
      signature.slice(1),
      signature.slice(0, -1),
      `${signature}A`,
      signature.toUpperCase(),
      `${signature.slice(0, -2)}==`,
    ])
      expect(checkSignedLink(KEY, target, forged, 0)).toBe("invalid");
    expect(checkSignedLink(OTHER_KEY, target, signature, 0)).toBe("invalid");
  });

  it("says expired only for a genuine link past its expiry", () => {
    const signature = signatureOf(createSignedLink("https://x.example", KEY, target));
    expect(checkSignedLink(KEY, target, signature, target.expiresAt)).toBe("valid");
    expect(checkSignedLink(KEY, target, signature, target.expiresAt + 1)).toBe("expired");
    expect(
      checkSignedLink(KEY, { ...target, expiresAt: target.expiresAt + 3600 }, signature, target.expiresAt + 1),
    ).toBe("invalid");
  });
});

describe("GET /api/exports with tampered and expired links", () => {
  let bot: BotHarness;
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const inAnHour = () => nowSeconds() + 3600;

  beforeAll(async () => {
    bot = await startBotHarness({ EXPORT_SIGNING_KEY: KEY });
    const { repos } = await bot.services();
    await seedOrg(repos);
    for (const exportId of ["draft-sealed-md", "draft-sealed-docx"]) {
      await repos.exports.save({
        exportId,
        orgId: TENANT_ID,
        requestedBy: "aad-miriam-0003",
        kind: "draft",
        format: "markdown",
        status: "ready",
        fileName: "Selbstreport-Entwurf.md",
        contentType: "text/markdown; charset=utf-8",
        content: Buffer.from(CONTENT).toString("base64"),
        createdAt: new Date().toISOString(),
      });
    }
    await repos.exports.save({
      exportId: "draft-long-gone-md",
      orgId: TENANT_ID,
      requestedBy: "aad-miriam-0003",
      kind: "draft",
      format: "markdown",
      status: "ready",
      fileName: "alt.md",
      contentType: "text/markdown; charset=utf-8",
      content: Buffer.from(CONTENT).toString("base64"),
      createdAt: "2026-01-01T08:00:00.000Z",
    });
  });
  afterAll(async () => bot.stop());

  const link = (target: Partial<SignedLinkTarget> = {}, key = KEY) =>
    new URL(
      createSignedLink(bot.baseUrl, key, {
        orgId: TENANT_ID,
        exportId: "draft-sealed-md",
        expiresAt: inAnHour(),
        ...target,
      }),
    );

  async function expectRefused(url: URL | string): Promise<void> {
    const answer = await fetch(url);
    expect([403, 410]).toContain(answer.status);
    const text = await answer.text();
    expect(text).not.toContain("Geheimer Inhalt");
    // The refusal does not say which part was wrong or whether the export exists.
    expect(text.toLowerCase()).not.toMatch(/not found|exists|signature|draft-/);
  }

  it("downloads the file with the genuine link", async () => {
    const answer = await fetch(link());
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(CONTENT);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses the link with any single character of its signature flipped", async () => {
    const genuine = link();
    const signature = genuine.searchParams.get("sig") ?? "";
    for (let i = 0; i < signature.length; i++) {
      const forged = new URL(genuine);
      forged.searchParams.set(
        "sig",
        `${signature.slice(0, i)}${signature[i] === "A" ? "B" : "A"}${signature.slice(i + 1)}`,
      );
      await expectRefused(forged);
    }
  });

  it("refuses the link without signature, with an empty, shortened or doubled one", async () => {
    const genuine = link();
    const signature = genuine.searchParams.get("sig") ?? "";
    for (const sig of [undefined, "", signature.slice(0, 20), `${signature}${signature}`]) {
      const forged = new URL(genuine);
      if (sig === undefined) forged.searchParams.delete("sig");
      else forged.searchParams.set("sig", sig);
      await expectRefused(forged);
    }
  });

  it("refuses the link with its expiry moved, missing or not a number", async () => {
    const genuine = link();
    const exp = Number(genuine.searchParams.get("exp"));
    for (const moved of [
      String(exp + 1),
      String(exp - 1),
      String(exp + 365 * 24 * 3600),
      "",
      "soon",
      "1e12",
      "-1",
      "9".repeat(30),
    ]) {
      const forged = new URL(genuine);
      forged.searchParams.set("exp", moved);
      await expectRefused(forged);
    }
    const withoutExpiry = new URL(genuine);
    withoutExpiry.searchParams.delete("exp");
    await expectRefused(withoutExpiry);
  });

  it("refuses the link pointed at another organisation or another export, even a sibling file of the same draft", async () => {
    const genuine = link();
    for (const path of [
      `/api/exports/9b2d4c6e-1111-4222-8333-444455556666/draft-sealed-md`,
      `/api/exports/${TENANT_ID}/draft-sealed-docx`,
      `/api/exports/${TENANT_ID}/draft-sealed-md%20`,
      `/api/exports/${TENANT_ID.toUpperCase()}/draft-sealed-md`,
      `/api/exports/${TENANT_ID}/..%2Fdraft-sealed-md`,
    ]) {
      await expectRefused(new URL(`${path}${genuine.search}`, genuine.origin));
    }
  });

  it("refuses a link signed with another key", async () => {
    await expectRefused(link({}, OTHER_KEY));
  });

  it("refuses a genuine link once it has expired", async () => {
    await expectRefused(link({ expiresAt: nowSeconds() - 1 }));
    await expectRefused(link({ expiresAt: 0 }));
  });

  it("refuses a genuine, unexpired link to an export whose own expiry has passed", async () => {
    await expectRefused(link({ exportId: "draft-long-gone-md" }));
  });

  it("refuses a genuine link to an export that does not exist, the same way", async () => {
    await expectRefused(link({ exportId: "draft-never-existed-md" }));
  });

  it("answers a garbled path with a refusal, not a server error", async () => {
    const genuine = link();
    for (const path of [
      `/api/exports/${TENANT_ID}/%E0%A4%A`,
      `/api/exports/%/draft-sealed-md`,
      `/api/exports/${TENANT_ID}/%00`,
    ]) {
      const answer = await fetch(new URL(`${path}${genuine.search}`, genuine.origin));
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
  });
});
