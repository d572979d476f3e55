import { createCosmosStore, type CosmosStore } from "../../bot/store/cosmos-store";
import { createRepositories, type Repositories } from "../../bot/store";
import type { Answer } from "../../bot/domain/answer";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../functions/local/embedded-cosmos";
import { embeddedQueryEvaluations } from "../../functions/local/embedded-cosmos-paging";
import { STAFF, answer, answerSeries, newOrgId } from "./support/contract-fixtures";

/**
 * The embedded server pages a query out of the rows its first page computed (the export of
 * 100,000 answers otherwise ran the whole query once per page). A server of this file's own: the
 * count of evaluations is the one of the server this file loaded.
 */
describe("embedded Cosmos-compatible server: paging (local runtime)", () => {
  let server: EmbeddedCosmos;
  let store: CosmosStore;
  let repos: Repositories;

  beforeAll(async () => {
    server = await startEmbeddedCosmos();
    store = await createCosmosStore({
      endpoint: server.endpoint,
      key: server.key,
      database: "paging",
      isLoopback: true,
      requestTimeoutMs: 120_000,
    });
    await store.ensureContainers();
    repos = createRepositories(store);
  });

  afterAll(async () => {
    await store.close();
    await server.stop();
  });

  /** Two members answering at the same minutes: pages end inside runs of equal `createdAt`. */
  async function seed(orgId: string): Promise<Answer[]> {
    const answers = [...answerSeries(orgId, STAFF.anna, 13), ...answerSeries(orgId, STAFF.jonas, 13)];
    for (const each of answers) await repos.answers.saveNew(each);
    return answers;
  }

  const oldestFirst = (answers: Answer[]) =>
    [...answers].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((each) => each.createdAt);

  it("reads every page of a query from one evaluation, each answer once and oldest first", async () => {
    const orgId = newOrgId();
    const seeded = await seed(orgId);
    const before = embeddedQueryEvaluations();

    const pages: Answer[][] = [];
    for await (const page of repos.answers.streamForOrg(orgId, { pageSize: 10 })) pages.push(page);

    expect(pages.map((page) => page.length)).toEqual([10, 10, 6]);
    const read = pages.flat();
    expect(new Set(read.map((each) => each.answerId))).toEqual(new Set(seeded.map((each) => each.answerId)));
    expect(read.map((each) => each.createdAt)).toEqual(oldestFirst(seeded));
    expect(embeddedQueryEvaluations() - before).toBe(1);
  });

  it("shows a page read after a write what the write changed", async () => {
    const orgId = newOrgId();
    const seeded = await seed(orgId);
    const pages = repos.answers.streamForOrg(orgId, { pageSize: 10 })[Symbol.asyncIterator]();
    const first = await pages.next();
    const late = answer({ orgId, memberId: STAFF.miriam, instance: "late", createdAt: "2027-01-01T08:00:00.000Z" });
    await repos.answers.saveNew(late);
    const lastOfFirstPage = first.done ? undefined : first.value.at(-1);
    await repos.answers.delete(orgId, seeded.at(-1)?.answerId ?? "", STAFF.jonas);

    const rest: Answer[] = [];
    for (let page = await pages.next(); !page.done; page = await pages.next()) rest.push(...page.value);

    const read = [...(first.done ? [] : first.value), ...rest];
    expect(read.map((each) => each.answerId)).toContain(late.answerId);
    expect(read.map((each) => each.answerId)).not.toContain(seeded.at(-1)?.answerId);
    expect(read).toHaveLength(seeded.length);
    expect(rest.every((each) => each.createdAt >= (lastOfFirstPage?.createdAt ?? ""))).toBe(true);
  });

  it("cuts a page asked for without an item count at 4 MB, as Cosmos DB does", async () => {
    const orgId = newOrgId();
    const container = store.container("answers");
    const filler = "x".repeat(600 * 1024);
    for (let index = 0; index < 15; index++)
      await container.items.create({ id: `large-${index}`, orgId, type: "paging-test", index, filler });

    const iterator = container.items.query<{ index: number }>(
      {
        query: "SELECT * FROM c WHERE c.orgId = @orgId AND c.type = 'paging-test' ORDER BY c.index",
        parameters: [{ name: "@orgId", value: orgId }],
      },
      { partitionKey: orgId, maxItemCount: -1 },
    );
    const pages: number[][] = [];
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      if (resources.length > 0) pages.push(resources.map((document) => document.index));
    }

    expect(pages.map((page) => page.length)).toEqual([6, 6, 3]);
    expect(pages.flat()).toEqual(Array.from({ length: 15 }, (_, index) => index));
  });

  it("leaves out of a selected array what a document does not have, as the server did", async () => {
    const orgId = newOrgId();
    const container = store.container("answers");
    await container.items.create({ id: "with-gap", orgId, type: "paging-test", first: 1, third: [3, null] });

    const { resources } = await container.items
      .query<unknown[]>(
        {
          query: "SELECT VALUE [c.first, c.second, c.third] FROM c WHERE c.orgId = @orgId AND c.type = 'paging-test'",
          parameters: [{ name: "@orgId", value: orgId }],
        },
        { partitionKey: orgId },
      )
      .fetchAll();

    expect(resources).toEqual([[1, [3, null]]]);
  });
});
