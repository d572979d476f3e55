/**
 * Queries inside one organisation's partition, page by page with continuation tokens.
 *
 * Every query filters `c.orgId = @orgId` in its WHERE clause: the local server ignores the
 * partition-key query option, and on Cosmos the filter alone already targets one partition. The
 * option is passed as well so that Cosmos skips the cross-partition query plan.
 */
import type { Container, SqlParameter, SqlQuerySpec } from "@azure/cosmos";
import { withStoreErrors } from "./cosmos-store";
import { eachPage, type PageReading } from "./query-pages";
import { deleteDocument } from "./versioned-document";

export interface OrgQuery {
  orgId: string;
  /** Must contain `c.orgId = @orgId`; `@orgId` is bound here. */
  query: string;
  parameters?: SqlParameter[];
}

export interface QueryPage<R> {
  resources: R[];
  /** Absent on the last page. Opaque; valid only for the same query text and parameters. */
  continuationToken?: string;
}

function spec({ orgId, query, parameters = [] }: OrgQuery): SqlQuerySpec {
  return { query, parameters: [{ name: "@orgId", value: orgId }, ...parameters] };
}

/** One page. Cosmos may return an empty page with a token (ORDER BY): those are skipped. */
export async function fetchPage<R>(
  container: Container,
  query: OrgQuery,
  pageSize: number,
  continuationToken?: string,
): Promise<QueryPage<R>> {
  let token = continuationToken;
  for (;;) {
    const iterator = container.items.query<R>(spec(query), {
      partitionKey: query.orgId,
      maxItemCount: pageSize,
      ...(token ? { continuationToken: token } : {}),
    });
    const page = await withStoreErrors(() => iterator.fetchNext());
    token = page.continuationToken || undefined;
    if (page.resources.length > 0 || !token)
      return { resources: page.resources, ...(token ? { continuationToken: token } : {}) };
  }
}

/**
 * Every page of a query, one at a time (see `eachPage`). `pageSize` -1: as many as one response
 * holds (Cosmos DB: up to 4 MB), for reading everything in the fewest round trips.
 */
export function pagesOf<R>(
  container: Container,
  query: OrgQuery,
  pageSize: number,
  reading: PageReading = {},
): AsyncGenerator<R[]> {
  return eachPage(
    container.items.query<R>(spec(query), { partitionKey: query.orgId, maxItemCount: pageSize }),
    reading,
  );
}

/** A `SELECT VALUE COUNT(1) …` query's number. */
export async function countOf(container: Container, query: OrgQuery): Promise<number> {
  const { resources } = await withStoreErrors(() =>
    container.items.query<number>(spec(query), { partitionKey: query.orgId }).fetchAll(),
  );
  return resources.reduce((sum, count) => sum + count, 0);
}

/**
 * Deletes what a query selects (it must return `c.id`), a fresh first page at a time rather
 * than walking a continuation over documents that are disappearing. Returns how many went.
 */
export async function deleteSelected(container: Container, query: OrgQuery, batchSize = 100): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { resources } = await fetchPage<{ id: string }>(container, query, batchSize);
    if (resources.length === 0) return deleted;
    for (const { id } of resources) if (await deleteDocument(container, id, query.orgId)) deleted++;
  }
}
