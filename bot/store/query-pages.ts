/**
 * The one loop that reads a Cosmos query page by page: the repositories and the snapshot all go
 * through it, so retries, skipped empty pages and reading ahead are decided in one place.
 */
import type { QueryIterator } from "@azure/cosmos";
import { withStoreErrors } from "./cosmos-store";

export interface PageReading {
  /**
   * Asks for the next page while the caller works on this one. Only for callers that read to the
   * end (a draft job): one that stops early would have paid for a page it never used.
   */
  readAhead?: boolean;
}

/** Every non-empty page, one at a time: callers never hold more than a page (two when reading ahead). */
export async function* eachPage<R>(
  iterator: QueryIterator<R>,
  { readAhead = false }: PageReading = {},
): AsyncGenerator<R[]> {
  const fetchNext = () => withStoreErrors(() => iterator.fetchNext());
  let next = iterator.hasMoreResults() ? fetchNext() : undefined;
  try {
    while (next) {
      const page = await next;
      next = undefined;
      if (readAhead && iterator.hasMoreResults()) next = fetchNext();
      // Cosmos may answer an empty page with a token (ORDER BY): nothing to hand on.
      if (page.resources.length > 0) yield page.resources;
      if (!readAhead && iterator.hasMoreResults()) next = fetchNext();
    }
  } finally {
    // A caller that stopped early leaves the page read ahead unused: its failure is nobody's.
    next?.catch(() => undefined);
  }
}
