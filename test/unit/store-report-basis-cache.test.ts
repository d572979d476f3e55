import type { ReportBasis } from "../../bot/domain/report-basis";
import { withReportBasisCache } from "../../bot/store/cached-report-basis-repository";
import type { ReportBasisRepository } from "../../bot/store/report-basis-repository";

const ORG = "org-1";

function basisTagging(promptId: string): ReportBasis {
  return {
    orgId: ORG,
    requirements: [{ id: "2.1", area: "bedarfserschliessung", title: "Kursanfragen erfassen", promptIds: [promptId] }],
    goals: [],
    updatedAt: "2026-03-10T10:00:00.000Z",
    updatedBy: "member-q",
  };
}

/** A store of one basis that counts its reads, and can fail the next one. */
function countingStore() {
  let stored: ReportBasis | undefined;
  const store = { reads: 0, failNext: false };
  const inner: ReportBasisRepository = {
    async get() {
      store.reads++;
      if (store.failNext) {
        store.failNext = false;
        throw new Error("store unavailable");
      }
      return stored && { value: stored, etag: `etag-${store.reads}` };
    },
    async getRecent(orgId) {
      return (await inner.get(orgId))?.value;
    },
    async save(basis) {
      stored = basis;
      return { value: basis, etag: "saved" };
    },
  };
  return { store, inner };
}

describe("the report basis cached for an answer's requirement tags", () => {
  it("reads the basis once per 30 s for the tags, and always for editing", async () => {
    const { store, inner } = countingStore();
    await inner.save(basisTagging("a.1"), undefined);
    let now = 0;
    const cached = withReportBasisCache(inner, () => now);

    expect(await cached.getRecent(ORG)).toEqual(basisTagging("a.1"));
    now = 29_999;
    expect(await cached.getRecent(ORG)).toEqual(basisTagging("a.1"));
    expect(store.reads).toBe(1);
    await cached.get(ORG);
    expect(store.reads).toBe(2);

    now = 30_000;
    await cached.getRecent(ORG);
    expect(store.reads).toBe(3);
  });

  it("gives the tags of a basis saved through it at once, also where none existed before", async () => {
    const { inner } = countingStore();
    const cached = withReportBasisCache(inner, () => 0);
    expect(await cached.getRecent(ORG)).toBeUndefined();

    await cached.save(basisTagging("a.1"), undefined);
    expect(await cached.getRecent(ORG)).toEqual(basisTagging("a.1"));
    await cached.save(basisTagging("b.2"), "saved");
    expect(await cached.getRecent(ORG)).toEqual(basisTagging("b.2"));
  });

  it("does not remember a failed read", async () => {
    const { store, inner } = countingStore();
    await inner.save(basisTagging("a.1"), undefined);
    const cached = withReportBasisCache(inner, () => 0);
    store.failNext = true;

    await expect(cached.getRecent(ORG)).rejects.toThrow("store unavailable");
    expect(await cached.getRecent(ORG)).toEqual(basisTagging("a.1"));
  });
});
