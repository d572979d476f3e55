import { STORE_RETRY_LIMIT, withStoreErrors } from "../../bot/store/cosmos-store";

/** What the SDK throws for a throttled or unavailable request. */
const cosmosError = (code: number, retryAfterInMs?: number) =>
  Object.assign(new Error(`status ${code}`), { code, retryAfterInMs });

describe("store retry policy", () => {
  it("retries a throttled (429) request after the time Cosmos asked for, and succeeds", async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withStoreErrors(
      async () => {
        calls++;
        if (calls === 1) throw cosmosError(429, 250);
        return "saved";
      },
      async (ms) => void waits.push(ms),
    );
    expect(result).toBe("saved");
    expect(waits).toEqual([250]);
  });

  it("retries 503 with growing waits, then reports STORE_UNAVAILABLE (so the card keeps the text)", async () => {
    const waits: number[] = [];
    let calls = 0;
    const failing = withStoreErrors(
      async () => {
        calls++;
        throw cosmosError(503);
      },
      async (ms) => void waits.push(ms),
    );
    await expect(failing).rejects.toMatchObject({ name: "AppError", code: "STORE_UNAVAILABLE" });
    expect(calls).toBe(STORE_RETRY_LIMIT + 1);
    expect(waits).toEqual([100, 200]);
  });

  it("caps a long Retry-After so a turn still answers in time", async () => {
    const waits: number[] = [];
    await expect(
      withStoreErrors(
        async () => {
          throw cosmosError(429, 60_000);
        },
        async (ms) => void waits.push(ms),
      ),
    ).rejects.toMatchObject({ name: "AppError", code: "STORE_UNAVAILABLE" });
    // Each of the retries waits at most a second, not the minute Cosmos asked for.
    expect(waits).toEqual(Array.from({ length: STORE_RETRY_LIMIT }, () => 1_000));
  });

  it("does not retry a conflict (412): it is a CONFLICT for the person to resolve", async () => {
    let calls = 0;
    await expect(
      withStoreErrors(async () => {
        calls++;
        throw cosmosError(412);
      }),
    ).rejects.toMatchObject({ name: "AppError", code: "CONFLICT" });
    expect(calls).toBe(1);
  });
});
