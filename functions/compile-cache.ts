/**
 * Node's compile cache (Node 22.1 and newer; Azure runs Node 22; a no-op on Node 20): V8's
 * compiled code of every module loaded after it is turned on, kept on disk in
 * `os.tmpdir()/node-compile-cache`, so that the next process on the same instance (a restarted
 * worker) compiles less at its first request. A new instance starts without one. The entry
 * (functions/index.ts) imports this module first, so the cache covers every module after it.
 */
import * as nodeModule from "node:module";

/** Node 22's API, not in the @types/node of Node 20 this project compiles against. */
interface CompileCacheApi {
  enableCompileCache?: () => unknown;
  flushCompileCache?: () => void;
}

const api = nodeModule as CompileCacheApi;

export function enableCompileCache(): void {
  api.enableCompileCache?.();
}

/**
 * Writes what was compiled so far. Node writes the cache at exit, which a Functions worker that
 * the platform stops never reaches; without this, the next process would find no cache.
 */
export function saveCompileCache(): void {
  api.flushCompileCache?.();
}
