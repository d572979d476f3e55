/**
 * Makes the embedded server page a query as Cosmos DB does: each page costs about its own size,
 * and a page without an item count is cut at 4 MB.
 *
 * `@vercel/cosmosdb-server` answers each page by filtering and sorting every document of the
 * container, then comparing every row with the continuation token to find where the page starts,
 * and copies the page's array once per item: reading 100,000 answers in pages of 1,000 evaluated
 * the query 101 times (the SDK asks for the first page twice, once as a query plan the server
 * does not make) and spent 19 s of an export's 28 s. Here a query's ordered rows (what the query
 * engine hands to its `paginate` step) are kept while its pages are read, each page starts where
 * the previous one ended, and the engine's own `paginate` cuts it: the same pages and the same
 * tokens. Any write to the container drops what was kept, so a page read after a write runs the
 * query again and sees the write, exactly as before. Cosmos DB needs none of this: it resumes a
 * query from its index.
 */
import { createRequire } from "node:module";

/** One row as the query engine pages it: the projected value and the document it came from. */
type Row = readonly [unknown, unknown];
interface Continuation {
  token: string;
}
interface Page {
  result: unknown[];
  continuation: Continuation | null;
}
type Paginate = (rows: readonly Row[], maxItemCount: unknown, continuation: unknown, ...ordering: unknown[]) => Page;

interface QueryHelpers {
  paginate: Paginate;
  stripUndefined: (value: unknown) => unknown;
}
interface QueryParams {
  query: string;
  parameters?: unknown;
}
interface QueryOptions {
  maxItemCount: number | null;
  continuation: Continuation | null;
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

/** A query whose pages are being read. */
interface KeptQuery {
  rows: readonly Row[];
  /** What `paginate` needs besides: how to read a row's `_rid`, and the ORDER BY. */
  ordering: [(document: unknown) => unknown, ...unknown[]];
  /** Where the page a token asks for starts, for the tokens this server gave. */
  starts: Map<string, number>;
}

/** Cosmos DB's own limit on a page's size when the client sets no item count (`maxItemCount: -1`). */
const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/** A page without an item count whose start is unknown (a token from before a write) is cut at this count. */
const UNPLACED_PAGE_ITEMS = 100;
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
export function pageEmbeddedQueriesByTheirSize(): void {
  // Loaded from the server's own folder: the query engine is its dependency, not this project's.
  const loadFromServer = createRequire(require.resolve("@vercel/cosmosdb-server"));
  const itemsModule = loadFromServer("./account/items") as { default: { prototype: ItemsPrototype } };
  const helpers = loadFromServer("@zeit/cosmosdb-query/lib/helpers") as QueryHelpers;
  const prototype = itemsModule.default.prototype as ItemsPrototype & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  if (typeof prototype.query !== "function" || typeof helpers.paginate !== "function")
    throw new Error("@vercel/cosmosdb-server changed: no Items.query or paginate to page with");
  prototype[INSTALLED] = true;
  // Same result as the engine's, which copies the array it builds once per item.
  helpers.stripUndefined = stripUndefined;

  const { query, _set: set, delete: remove } = prototype;
  const paginate = helpers.paginate;
  let capture: KeptQuery | undefined;
  let isCapturing = false;
  // While capturing, the query's one paginate call only hands over its rows; the page is cut below.
  helpers.paginate = (rows, maxItemCount, continuation, ...ordering) => {
    if (!isCapturing) return paginate(rows, maxItemCount, continuation, ...ordering);
    capture = { rows, ordering: ordering as KeptQuery["ordering"], starts: new Map() };
    return { result: [], continuation: null };
  };
  /** Runs the query as the server does, keeping its rows instead of paging them; or its whole answer (aggregates). */
  const evaluate = (items: Items, params: QueryParams, options: QueryOptions): KeptQuery | Page | null => {
    evaluations++;
    capture = undefined;
    isCapturing = true;
    try {
      const answer = query.call(items, params, options);
      return capture ?? answer;
    } finally {
      isCapturing = false;
      capture = undefined;
    }
  };

  prototype.query = function queryFromKeptRows(this: Items, params, options) {
    if (!isPageable(params.query) || !this._parent.read()) return query.call(this, params, options);
    const key = JSON.stringify([params.query, params.parameters ?? null]);
    let queries = kept.get(this);
    let earlier = queries?.get(key);
    if (!earlier) {
      const evaluated = evaluate(this, params, options);
      if (!evaluated || !("rows" in evaluated)) return evaluated;
      earlier = evaluated;
      queries = keep(this, key, earlier);
    }
    const page = pageOf(paginate, earlier, options);
    if (!page.continuation) queries?.delete(key);
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

/**
 * One SELECT (a subquery's rows would be paged by the same helper) and no clock (a moment later
 * it would select other rows).
 */
function isPageable(query: string): boolean {
  return (query.match(/\bSELECT\b/gi) ?? []).length === 1 && !/GetCurrent/i.test(query);
}

/** The page a request asks for, and where the next one starts. */
function pageOf(paginate: Paginate, query: KeptQuery, { maxItemCount, continuation }: QueryOptions): Page {
  const start = continuation ? query.starts.get(continuation.token) : 0;
  const hasCount = typeof maxItemCount === "number" && maxItemCount > 0;
  if (start === undefined)
    return paginate(query.rows, hasCount ? maxItemCount : UNPLACED_PAGE_ITEMS, continuation, ...query.ordering);
  // From the start on, the engine finds the token's row first and counts as it would over all rows.
  const rows = start === 0 ? query.rows : query.rows.slice(start);
  const page = paginate(
    rows,
    hasCount ? maxItemCount : itemsWithin(rows, MAX_PAGE_BYTES),
    continuation,
    ...query.ordering,
  );
  if (page.continuation) rememberStart(query, page.continuation.token, start + page.result.length);
  return page;
}

/** Only where the token names that row's `_rid` alone (no JOIN repeating a document). */
function rememberStart(query: KeptQuery, token: string, start: number): void {
  const row = query.rows[start];
  const [readRid] = query.ordering;
  const named = /^\+RID:([^#]*)/.exec(token)?.[1];
  if (row && named !== undefined && !/#SRC:/.test(token) && readRid(row[1]) === named) query.starts.set(token, start);
}

function itemsWithin(rows: readonly Row[], maxBytes: number): number {
  let bytes = 0;
  for (let index = 0; index < rows.length; index++) {
    bytes += JSON.stringify(rows[index]?.[0])?.length ?? 0;
    if (bytes > maxBytes) return Math.max(1, index);
  }
  return Math.max(1, rows.length);
}

function keep(items: Items, key: string, query: KeptQuery): Map<string, KeptQuery> {
  const queries = kept.get(items) ?? new Map<string, KeptQuery>();
  queries.set(key, query);
  if (queries.size > KEPT_PER_CONTAINER) queries.delete(queries.keys().next().value as string);
  kept.set(items, queries);
  return queries;
}

/**
 * The engine's `stripUndefined` (removes `undefined` from arrays too, unlike JSON) without its
 * copies: the engine copied every page's array once per item and every document whole; a value
 * without `undefined` in it is returned as it is.
 */
function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const stripped = item === undefined ? item : stripUndefined(item);
      if (!copy && (item === undefined || stripped !== item)) copy = value.slice(0, index);
      if (copy && item !== undefined) copy.push(stripped);
    }
    return copy ?? value;
  }
  if (value && typeof value === "object") {
    const entries: [string, unknown][] = Object.entries(value);
    let copy: Record<string, unknown> | undefined;
    for (const [index, [key, field]] of entries.entries()) {
      const stripped = field === undefined ? field : stripUndefined(field);
      if (!copy && (field === undefined || stripped !== field)) copy = Object.fromEntries(entries.slice(0, index));
      if (copy && field !== undefined) copy[key] = stripped;
    }
    return copy ?? value;
  }
  return value;
}
