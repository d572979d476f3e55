import { createShortLivedCache } from "../../bot/store/short-lived-cache";

describe("the short-lived cache of the organisation and report basis repositories", () => {
  let nowMs = 0;
  const clock = () => nowMs;
  beforeEach(() => {
    nowMs = 1_000;
  });

  it("shares one read among turns that arrive together, and reads again after the time to live", async () => {
    const cache = createShortLivedCache<string>(30_000, clock);
    let reads = 0;
    const load = async () => `value ${++reads}`;

    expect(await Promise.all([cache.get("org-a", load), cache.get("org-a", load)])).toEqual(["value 1", "value 1"]);
    nowMs += 29_999;
    expect(await cache.get("org-a", load)).toBe("value 1");
    nowMs += 1;
    expect(await cache.get("org-a", load)).toBe("value 2");
    expect(await cache.get("org-b", load)).toBe("value 3");
  });

  it("reads again after forget, as a save through this instance does", async () => {
    const cache = createShortLivedCache<string>(30_000, clock);
    let reads = 0;
    const load = async () => `value ${++reads}`;

    await cache.get("org-a", load);
    cache.forget("org-a");
    expect(await cache.get("org-a", load)).toBe("value 2");
  });

  it("never serves a failed read, and an older failure does not evict a newer read", async () => {
    const cache = createShortLivedCache<string>(30_000, clock);
    let fail!: (error: Error) => void;
    const failing = cache.get("org-a", () => new Promise<string>((_, reject) => (fail = reject)));
    // The failing read is replaced (a save forgot it) before it fails.
    cache.forget("org-a");
    let reads = 0;
    const newer = cache.get("org-a", async () => `newer ${++reads}`);
    fail(new Error("store unavailable"));
    await expect(failing).rejects.toThrow("store unavailable");

    expect(await newer).toBe("newer 1");
    expect(await cache.get("org-a", async () => `newer ${++reads}`)).toBe("newer 1");

    const broken = cache.get("org-b", () => Promise.reject(new Error("store unavailable")));
    await expect(broken).rejects.toThrow("store unavailable");
    expect(await cache.get("org-b", async () => "read again")).toBe("read again");
  });
});
