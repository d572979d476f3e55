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
    store.dispose();
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
});
