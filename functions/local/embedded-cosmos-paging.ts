/**
 * Serves the embedded server's query continuations from the result its query's first page
 * computed, instead of running the whole query again for every page.
 *
 * `@vercel/cosmosdb-server` answers each page by filtering and sorting every document of the
 * container, then finding the page's start from the continuation token: reading 100,000 answers
 * in pages of 1,000 ran the query 100 times (19 s of an export's 28 s). Here the query's ordered
 * rows (what the query engine hands to its `paginate` step) are kept while the query's pages are
 * read, and each page (the first again too: the SDK asks for it twice, once for a query plan the
 * server does not make) is cut out of them by the engine's own `paginate`: the same pages and the
 * same tokens. Any write to the container drops what was kept, so a page read after a write runs
 * the query again and sees the write, exactly as before. Cosmos DB needs none of this: it resumes
 * a query from its index.
 */
import { createRequire } from "node:module";

/** One row as the query engine pages it: the projected value and the document it came from. */
type Row = readonly [unknown, unknown];
interface Page {
  result: unknown[];
  continuation: unknown;
}
type Paginate = (rows: readonly Row[], maxItemCount: unknown, continuation: unknown, ...ordering: unknown[]) => Page;

interface QueryHelpers {
  paginate: Paginate;
}
interface QueryParams {
  query: string;
  parameters?: unknown;
}
interface QueryOptions {
  maxItemCount: unknown;
  continuation: unknown;
}
/** The server's container of documents (its `Items` class), as far as it is used here. */
interface Items {
  _parent: { read(): unknown };
}
/** Its methods, to be called with a container as `this`. */
interface ItemsPrototype {
  query: (this: Items, params: QueryParams, options: QueryOptions) => Page | null;
  _set: (this: Items, data: unknown) => unknown;
  delete: (this: Items, ...args: unknown[]) => unknown;
}

/** A query whose pages are being read: its rows before paging and what `paginate` needs besides. */
interface KeptQuery {
  rows: readonly Row[];
  ordering: unknown[];
}

/** Queries kept per container at once; the oldest goes first (a reader who never asked for page 2). */
const KEPT_PER_CONTAINER = 8;
const INSTALLED = Symbol.for("lqw-reflect.embedded-cosmos-paging");

const kept = new WeakMap<Items, Map<string, KeptQuery>>();
let evaluations = 0;

/** How many times this process's embedded server evaluated a query over a whole container. */
export function embeddedQueryEvaluations(): number {
  return evaluations;
}

/** Installs itself once per loaded copy of the server (jest loads one per test file and one per worker). */
export function serveContinuationsFromKeptRows(): void {
  // Loaded from the server's own folder: the query engine is its dependency, not this project's.
  const loadFromServer = createRequire(require.resolve("@vercel/cosmosdb-server"));
  const itemsModule = loadFromServer("./account/items") as { default: { prototype: ItemsPrototype } };
  const helpers = loadFromServer("@zeit/cosmosdb-query/lib/helpers") as QueryHelpers;
  const prototype = itemsModule.default.prototype as ItemsPrototype & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  if (typeof prototype.query !== "function" || typeof helpers.paginate !== "function")
    throw new Error("@vercel/cosmosdb-server changed: no Items.query or paginate to serve continuations with");
  prototype[INSTALLED] = true;

  const paginate = helpers.paginate;
  let captured: { rows: readonly Row[]; ordering: unknown[] } | undefined;
  // Subqueries page too; the outer query's call comes last and wins.
  helpers.paginate = (rows, maxItemCount, continuation, ...ordering) => {
    captured = { rows, ordering };
    return paginate(rows, maxItemCount, continuation, ...ordering);
  };

  const { query, _set: set, delete: remove } = prototype;
  prototype.query = function queryKeepingRows(this: Items, params, options) {
    // A query that reads the clock would give other rows a moment later.
    if (/GetCurrent/i.test(params.query)) return query.call(this, params, options);
    const key = JSON.stringify([params.query, params.parameters ?? null]);
    const queries = kept.get(this);
    const earlier = queries?.get(key);
    if (earlier && this._parent.read()) {
      const page = pageOf(paginate, earlier, options);
      if (page) {
        if (!page.continuation) queries?.delete(key);
        return page;
      }
    }
    captured = undefined;
    evaluations++;
    const page = query.call(this, params, options);
    const rows = captured;
    captured = undefined;
    if (page?.continuation && rows) keep(this, key, rows);
    else queries?.delete(key);
    return page;
  };
  prototype._set = function setForgettingRows(this: Items, data) {
    kept.delete(this);
    return set.call(this, data);
  };
  prototype.delete = function deleteForgettingRows(this: Items, ...args) {
    kept.delete(this);
    return remove.call(this, ...args);
  };
}

/** A token the kept rows cannot place (not one this server gave) goes the server's own way, to its own error. */
function pageOf(paginate: Paginate, query: KeptQuery, options: QueryOptions): Page | undefined {
  try {
    return paginate(query.rows, options.maxItemCount, options.continuation, ...query.ordering);
  } catch {
    return undefined;
  }
}

function keep(items: Items, key: string, query: KeptQuery): void {
  const queries = kept.get(items) ?? new Map<string, KeptQuery>();
  queries.delete(key);
  queries.set(key, query);
  if (queries.size > KEPT_PER_CONTAINER) queries.delete(queries.keys().next().value as string);
  kept.set(items, queries);
}
