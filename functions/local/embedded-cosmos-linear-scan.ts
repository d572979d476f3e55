/**
 * Makes the embedded Cosmos-compatible server scan a container in linear time. Its query engine
 * (`@zeit/cosmosdb-query`) builds the FROM list with `reduce(($, c) => [...$, { c }], [])`, copying
 * the list for every document: one query over 100,000 answers took about 90 s, one over 10,000
 * about a second. This rewrites that expression to a `filter().map()` with the same result. Only
 * the local server is affected; Cosmos DB itself serves a query from its index.
 */
import { createRequire } from "node:module";

interface CompiledQuery {
  code: string;
}

type QueryFactory = (query: string) => CompiledQuery;

const QUADRATIC_FROM =
  /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*\1: \1\s*\}\] : \$, \[\]\)/g;
const INSTALLED = Symbol.for("lqw-reflect.embedded-cosmos-linear-scan");

/** Installs itself once per loaded copy of the query engine. */
export function scanEmbeddedContainersInLinearTime(): void {
  // A dependency of @vercel/cosmosdb-server (not of this project), loaded from the server's own folder.
  const loadFromServer = createRequire(require.resolve("@vercel/cosmosdb-server"));
  const { default: compile } = loadFromServer("@zeit/cosmosdb-query") as { default: QueryFactory };
  const prototype = Object.getPrototypeOf(compile("SELECT * FROM c")) as { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const original = Object.getOwnPropertyDescriptor(prototype, "code");
  const originalGet = (original && Reflect.get(original, "get")) as ((this: unknown) => unknown) | undefined;
  if (!originalGet) throw new Error("@zeit/cosmosdb-query changed: no `code` getter to patch");
  const probe = originalGet.call(compile("SELECT * FROM c WHERE c.orgId = @orgId")) as string;
  if (!new RegExp(QUADRATIC_FROM.source).test(probe))
    throw new Error("@zeit/cosmosdb-query changed: the FROM expression to patch was not found");
  prototype[INSTALLED] = true;
  Object.defineProperty(prototype, "code", {
    configurable: true,
    get(this: CompiledQuery) {
      const code = originalGet.call(this) as string;
      return code.replace(
        QUADRATIC_FROM,
        (_match, alias: string) =>
          `$c.filter(${alias} => typeof ${alias} !== "undefined").map(${alias} => ({ ${alias}: ${alias} }))`,
      );
    },
  });
}
