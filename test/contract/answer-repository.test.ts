import { isAppError } from "../../bot/errors";
import {
  STAFF,
  answer,
  answerSeries,
  collectPages,
  newOrgId,
  orgConfig,
  useContractStore,
} from "./support/contract-fixtures";

describe("answer repository (contract)", () => {
  const context = useContractStore();

  async function setUpOrg(overrides: Parameters<typeof orgConfig>[1] = {}) {
    const orgId = newOrgId();
    await context().repos.orgs.save(orgConfig(orgId, overrides));
    return orgId;
  }

  async function storedDocument(orgId: string, id: string): Promise<Record<string, unknown> | undefined> {
    const { resource } = await context()
      .testStore.store.container("answers")
      .item(id, orgId)
      .read<Record<string, unknown>>();
    return resource;
  }

  describe("saving", () => {
    it("stores an answer submitted twice (double click, retried submit) as one document", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const submitted = answer({ orgId, memberId: STAFF.anna, instance: "2026-W11" });

      const first = await answers.saveNew(submitted);
      const second = await answers.saveNew(submitted);

      expect(first.created).toBe(true);
      expect(second.created).toBe(false);
      expect(second.value).toEqual(submitted);
      const page = await answers.listForMember(orgId, STAFF.anna, { pageSize: 10 });
      expect(page.answers).toHaveLength(1);
    });

    it("tells the member when the same prompt already has a different answer (CONFLICT) and keeps the first", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const original = answer({ orgId, memberId: STAFF.anna, instance: "2026-W12" });
      await answers.saveNew(original);

      const otherDevice = { ...original, text: "Auf dem Handy getippt: Die Warteliste für Deutschkurse ist halbiert." };
      await expect(answers.saveNew(otherDevice)).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await answers.get(orgId, original.answerId))?.text).toBe(original.text);
    });

    it("refuses an answer whose id is not derived from its prompt instance and member", async () => {
      const orgId = await setUpOrg();
      const forged = {
        ...answer({ orgId, memberId: STAFF.anna, instance: "2026-W13" }),
        answerId: "answer:chosen-by-client",
      };
      await expect(context().repos.answers.saveNew(forged)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    });

    it("refuses a text longer than an answer may be, without storing anything", async () => {
      const orgId = await setUpOrg();
      const tooLong = answer({ orgId, memberId: STAFF.anna, instance: "2026-W14", text: "x".repeat(4001) });
      await expect(context().repos.answers.saveNew(tooLong)).rejects.toMatchObject({ code: "INVALID_INPUT" });
      expect(await context().repos.answers.get(orgId, tooLong.answerId)).toBeUndefined();
    });

    it("keeps an answer until the Testat expires plus the grace years, as expiresAt and as Cosmos ttl", async () => {
      const orgId = await setUpOrg({ retention: { answerGraceYears: 5, exportDays: 7, auditYears: 6 } });
      const saved = answer({ orgId, memberId: STAFF.anna, instance: "2026-W15" });
      await context().repos.answers.saveNew(saved);

      const document = await storedDocument(orgId, saved.answerId);
      // Testat expiry 2030-03-31 + 5 years, kept for that whole day.
      expect(document).toMatchObject({ type: "answer", schemaVersion: 2, expiresAt: "2035-04-01T00:00:00.000Z" });
      expect(document?.ttl).toEqual(expect.any(Number));
      expect(document?.ttl as number).toBeGreaterThan(0);
    });
  });

  describe("editing", () => {
    it("keeps the earlier wording in the history when the member edits an answer", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const original = answer({
        orgId,
        memberId: STAFF.anna,
        instance: "2026-W16",
        evidence: "Protokoll Teamsitzung 12.03.",
      });
      const saved = await answers.saveNew(original);
      const now = new Date("2026-03-12T14:00:00.000Z");

      const edited = await answers.edit(
        orgId,
        original.answerId,
        { text: "Ergänzt: auch die Abendkurse sind voll." },
        saved.etag,
        now,
      );

      expect(edited.value.text).toBe("Ergänzt: auch die Abendkurse sind voll.");
      expect(edited.value.evidence).toBeUndefined();
      expect(edited.value.updatedAt).toBe(now.toISOString());
      expect(edited.value.history).toEqual([
        { text: original.text, evidence: "Protokoll Teamsitzung 12.03.", replacedAt: now.toISOString() },
      ]);
      expect(await answers.get(orgId, original.answerId)).toEqual(edited.value);
    });

    it("of two edits made against the same version, exactly one wins and the other gets CONFLICT: nothing is lost silently", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const original = answer({ orgId, memberId: STAFF.anna, instance: "2026-W17" });
      const { etag } = await answers.saveNew(original);
      const now = new Date("2026-03-13T10:00:00.000Z");
      const texts = ["Fassung vom Laptop", "Fassung vom Handy"];

      const results = await Promise.allSettled(
        texts.map((text) => answers.edit(orgId, original.answerId, { text }, etag, now)),
      );

      const winners = results.filter((result) => result.status === "fulfilled");
      const losers = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(isAppError(losers[0]?.reason, "CONFLICT")).toBe(true);
      const stored = await answers.get(orgId, original.answerId);
      const winnerText = texts[results.findIndex((result) => result.status === "fulfilled")];
      expect(stored?.text).toBe(winnerText);
      expect(stored?.history.map((revision) => revision.text)).toEqual([original.text]);
    });

    it("refuses an edit against a version that has changed since (CONFLICT)", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const original = answer({ orgId, memberId: STAFF.anna, instance: "2026-W18" });
      const { etag } = await answers.saveNew(original);
      await answers.edit(
        orgId,
        original.answerId,
        { text: "Erste Änderung" },
        etag,
        new Date("2026-03-14T10:00:00.000Z"),
      );

      await expect(
        answers.edit(
          orgId,
          original.answerId,
          { text: "Zweite Änderung auf alter Grundlage" },
          etag,
          new Date("2026-03-14T10:05:00.000Z"),
        ),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await answers.get(orgId, original.answerId))?.text).toBe("Erste Änderung");
    });
  });

  describe("reading", () => {
    it("pages a member's 45 answers newest first in pages of 20, 20 and 5 without duplicates", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const series = answerSeries(orgId, STAFF.jonas, 45);
      for (const item of series) await answers.saveNew(item);
      await answers.saveNew(answer({ orgId, memberId: STAFF.miriam, instance: "2026-W001" }));

      const pages: string[][] = [];
      let continuationToken: string | undefined;
      do {
        const page = await answers.listForMember(orgId, STAFF.jonas, {
          pageSize: 20,
          ...(continuationToken ? { continuationToken } : {}),
        });
        pages.push(page.answers.map((item) => item.answerId));
        continuationToken = page.continuationToken;
      } while (continuationToken);

      expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
      const listed = pages.flat();
      expect(new Set(listed).size).toBe(45);
      expect(listed).toEqual([...series].reverse().map((item) => item.answerId));
    });

    it("streams all of one member's answers newest first, page by page, and nobody else's", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const series = answerSeries(orgId, STAFF.jonas, 45);
      for (const item of series) await answers.saveNew(item);
      await answers.saveNew(answer({ orgId, memberId: STAFF.miriam, instance: "2026-W001" }));

      const { items, pages } = await collectPages(answers.streamForMember(orgId, STAFF.jonas, 20));

      expect(pages).toBe(3);
      expect(items.map((item) => item.answerId)).toEqual([...series].reverse().map((item) => item.answerId));
    });

    it("lists only the answers of the quality area the member picked", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      for (const item of answerSeries(orgId, STAFF.jonas, 6)) await answers.saveNew(item);

      const page = await answers.listForMember(orgId, STAFF.jonas, { area: "evaluation", pageSize: 20 });

      expect(page.answers).toHaveLength(3);
      expect(page.answers.every((item) => item.area === "evaluation")).toBe(true);
      expect(page.continuationToken).toBeUndefined();
    });

    it("reads an answer the first release stored (schema v1) with its evidence joined and an empty history", async () => {
      const orgId = await setUpOrg();
      const current = answer({
        orgId,
        memberId: STAFF.miriam,
        instance: "2025-W40",
        createdAt: "2025-10-01T08:00:00.000Z",
      });
      const { evidence: _evidence, history: _history, ...v1Fields } = current;
      await context()
        .testStore.store.container("answers")
        .items.create({
          ...v1Fields,
          id: current.answerId,
          type: "answer",
          schemaVersion: 1,
          evidenceUrl: "https://intranet.vhs-musterstadt.de/qm/bedarfsanalyse-2025.pdf",
          evidenceLabel: "Bedarfsanalyse 2025",
        });

      const read = await context().repos.answers.getVersioned(orgId, current.answerId);

      expect(read?.value).toEqual({
        ...current,
        evidence: "Bedarfsanalyse 2025 – https://intranet.vhs-musterstadt.de/qm/bedarfsanalyse-2025.pdf",
        history: [],
      });
      expect(read?.value).not.toHaveProperty("evidenceUrl");
    });

    it("streams an organisation's answers of a period page by page, oldest first", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      // Both ends of the period fall inside a series: 23:58 and 23:59 before it, 15 minutes after it.
      const series = [
        ...answerSeries(orgId, STAFF.anna, 5, "2026-01-31T23:58:00.000Z"),
        ...answerSeries(orgId, STAFF.jonas, 30, "2026-02-10T23:45:00.000Z"),
      ];
      for (const item of series) await answers.saveNew(item);

      const { items, pages } = await collectPages(
        answers.streamForOrg(orgId, { from: "2026-02-01", to: "2026-02-10", pageSize: 10 }),
      );

      const expected = series.filter((item) => item.createdAt >= "2026-02-01" && item.createdAt < "2026-02-11");
      expect(items.map((item) => item.answerId)).toEqual(expected.map((item) => item.answerId));
      expect(items).toHaveLength(18);
      expect(pages).toBe(2);
    });

    it("gives coverage the facts of every answer without any text", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      await answers.saveNew(answer({ orgId, memberId: STAFF.anna, instance: "2026-W20", group: "leitung" }));
      await answers.saveNew(
        answer({ orgId, memberId: STAFF.jonas, instance: "2026-W20", area: "evaluation", dimension: "procedures" }),
      );

      const { items } = await collectPages(answers.factsForOrg(orgId));

      expect(items).toEqual(
        expect.arrayContaining([
          {
            memberId: STAFF.anna,
            area: "bedarfserschliessung",
            dimension: "results",
            group: "leitung",
            createdAt: "2026-03-10T09:15:00.000Z",
            // Which prompt was answered (no text): a fact prompt answered once is not asked again this cycle.
            promptId: "bedarfserschliessung.results.all.1",
          },
          {
            memberId: STAFF.jonas,
            area: "evaluation",
            dimension: "procedures",
            group: "paedagogik",
            createdAt: "2026-03-10T09:15:00.000Z",
            promptId: "evaluation.procedures.all.1",
          },
        ]),
      );
      expect(items).toHaveLength(2);
      expect(JSON.stringify(items)).not.toContain("Anmeldezahlen");
    });

    it("finds what the member wrote last time in the same area and dimension (for the follow-up)", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      await answers.saveNew(
        answer({
          orgId,
          memberId: STAFF.anna,
          instance: "2026-W05",
          text: "Ältere Antwort",
          createdAt: "2026-02-03T09:00:00.000Z",
        }),
      );
      await answers.saveNew(
        answer({
          orgId,
          memberId: STAFF.anna,
          instance: "2026-W09",
          text: "Neuere Antwort",
          createdAt: "2026-03-03T09:00:00.000Z",
        }),
      );
      await answers.saveNew(
        answer({
          orgId,
          memberId: STAFF.anna,
          instance: "2026-W10",
          area: "evaluation",
          text: "Anderer Bereich",
          createdAt: "2026-03-10T09:00:00.000Z",
        }),
      );
      await answers.saveNew(
        answer({
          orgId,
          memberId: STAFF.jonas,
          instance: "2026-W11",
          text: "Kollege",
          createdAt: "2026-03-17T09:00:00.000Z",
        }),
      );

      const latest = await answers.latestForMemberCell(orgId, STAFF.anna, "bedarfserschliessung", "results");

      expect(latest?.text).toBe("Neuere Antwort");
      expect(await answers.latestForMemberCell(orgId, STAFF.miriam, "bedarfserschliessung", "results")).toBeUndefined();
    });
  });

  describe("deleting", () => {
    it("deletes a member's own answer, and answers NOT_FOUND to anyone else", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      const own = answer({ orgId, memberId: STAFF.anna, instance: "2026-W21" });
      await answers.saveNew(own);

      await expect(answers.delete(orgId, own.answerId, STAFF.jonas)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await answers.get(orgId, own.answerId)).toBeDefined();

      await answers.delete(orgId, own.answerId, STAFF.anna);
      expect(await answers.get(orgId, own.answerId)).toBeUndefined();
      await expect(answers.delete(orgId, own.answerId, STAFF.anna)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("deletes all of one member's answers and counts them, leaving colleagues' answers", async () => {
      const orgId = await setUpOrg();
      const { answers } = context().repos;
      for (const item of answerSeries(orgId, STAFF.anna, 12)) await answers.saveNew(item);
      await answers.saveNew(answer({ orgId, memberId: STAFF.jonas, instance: "2026-W22" }));

      expect(await answers.deleteAllForMember(orgId, STAFF.anna)).toBe(12);
      expect((await answers.listForMember(orgId, STAFF.anna, { pageSize: 20 })).answers).toEqual([]);
      expect((await answers.listForMember(orgId, STAFF.jonas, { pageSize: 20 })).answers).toHaveLength(1);
      expect(await answers.deleteAllForMember(orgId, STAFF.anna)).toBe(0);
    });
  });

  it("moves the retention of the current cycle's answers when the Testat expiry becomes known", async () => {
    const orgId = newOrgId();
    const { orgs, answers } = context().repos;
    // A first certification: the Testat expiry is not known yet and is estimated.
    const firstConfig = orgConfig(orgId, {
      cycle: { kind: "first", start: "2026-01-01", selfReportDue: "2027-09-30" },
    });
    const { etag } = await orgs.save(firstConfig);
    const saved = answer({ orgId, memberId: STAFF.anna, instance: "2026-W23" });
    await answers.saveNew(saved);
    expect(await storedDocument(orgId, saved.answerId)).toMatchObject({ expiresAt: "2037-10-01T00:00:00.000Z" });

    await orgs.save({ ...firstConfig, cycle: { ...firstConfig.cycle, testatExpiry: "2032-11-30" } }, etag);
    expect(await answers.reapplyRetention(orgId)).toBe(1);

    expect(await storedDocument(orgId, saved.answerId)).toMatchObject({ expiresAt: "2037-12-01T00:00:00.000Z" });
    expect(await answers.get(orgId, saved.answerId)).toEqual(saved);
    expect(await answers.reapplyRetention(orgId)).toBe(0);
  });
});
