import { isAppError } from "../../bot/errors";
import { createCosmosStore } from "../../bot/store/cosmos-store";
import { createRepositories } from "../../bot/store";
import { orgCodec } from "../../bot/store/org-repository";
import { replaceIfMatch } from "../../bot/store/versioned-document";
import { startEmbeddedCosmos } from "../../functions/local/embedded-cosmos";
import { STAFF, answer, newOrgId, orgConfig, useContractStore } from "./support/contract-fixtures";

describe("store errors (contract)", () => {
  const context = useContractStore();

  it("turns a 412 from Cosmos (the document changed since it was read) into CONFLICT", async () => {
    const orgId = newOrgId();
    const { repos, testStore } = context();
    const saved = await repos.orgs.save(orgConfig(orgId));
    await repos.orgs.save({ ...saved.value, anonymityThreshold: 8 }, saved.etag);

    const stale = replaceIfMatch(
      testStore.store.container("config"),
      orgCodec,
      { ...saved.value, anonymityThreshold: 9 },
      saved.etag,
    );

    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await repos.orgs.get(orgId))?.anonymityThreshold).toBe(8);
  });

  // An outage is simulated with an embedded server of its own (also when COSMOS_ENDPOINT is set).
  // "At once" without a stopwatch: the request timeout is far longer than the test may run, so
  // the test passes only if a refused connection fails without waiting for it.
  it("reports STORE_UNAVAILABLE at once when the store is down, so the bot can keep the typed answer", async () => {
    const server = await startEmbeddedCosmos();
    const store = await createCosmosStore({
      endpoint: server.endpoint,
      key: server.key,
      database: "outage",
      isLoopback: true,
      requestTimeoutMs: 10 * 60_000,
    });
    try {
      await store.ensureContainers();
      const repos = createRepositories(store);
      const orgId = newOrgId();
      await repos.orgs.save(orgConfig(orgId));
      await server.stop();

      const attempts = await Promise.allSettled([
        repos.answers.saveNew(answer({ orgId, memberId: STAFF.anna, instance: "2026-W11" })),
        repos.orgs.get(orgId),
        repos.answers.listForMember(orgId, STAFF.anna, { pageSize: 20 }),
        repos.deliveries.countsByState(orgId),
      ]);

      for (const attempt of attempts) {
        expect(attempt.status).toBe("rejected");
        expect(attempt.status === "rejected" && isAppError(attempt.reason, "STORE_UNAVAILABLE")).toBe(true);
      }
      expect(await store.isReachable()).toBe(false);
    } finally {
      await store.close();
      await server.stop();
    }
  });
});
