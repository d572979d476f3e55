/**
 * V8's compiled code of the app's bundle, made when the app is built (`npm run bundle`,
 * functions/make-code-cache.ts) by building the app once, and used by the entry when it loads the
 * bundle: a new instance then does not compile the code that building the app runs (issue 18
 * item 7). V8 refuses a cache made by another V8 or with other flags, and then compiles as without
 * one; it checks only the source's length, so the cache starts with the SHA-256 of the bytes of
 * the bundle it was made from, and a cache of another bundle is not used. Node's own compile cache
 * (compile-cache.ts) keeps only what V8 compiles when a file is loaded, which in a bundle is
 * little more than its outline.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { Module, createRequire } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import type * as FunctionAppModule from "./function-app";

export type FunctionApp = typeof FunctionAppModule;

/** The bundle of functions/function-app.ts, beside the entry's bundle. */
export const BUNDLE_FILE = "function-app.js";

const DIGEST_BYTES = 32;

/** One cache per Node version and architecture: V8 would refuse another's. */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.${process.version}-${process.arch}.v8-cache`;
}

/**
 * Loads the app from the bundle in `dir`: with its code cache when there is one made from this
 * very file, else as Node loads any file. With source maps on (`npm start`), always as Node does,
 * since Node maps stack traces only of the files it loads itself.
 */
export function loadFunctionApp(dir: string): FunctionApp {
  const bundle = path.join(dir, BUNDLE_FILE);
  const cache = areSourceMapsOn() ? undefined : readCodeCache(bundle);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file named at run time, not a module of the bundle
  if (!cache) return require(bundle) as FunctionApp;
  return runBundle(bundle, cache.source, cache.data).app;
}

function areSourceMapsOn(): boolean {
  return process.sourceMapsEnabled || process.execArgv.includes("--enable-source-maps");
}

function readCodeCache(bundle: string): { source: string; data: Buffer } | undefined {
  const file = codeCacheFile(bundle);
  if (!fs.existsSync(file)) return undefined;
  const stored = fs.readFileSync(file);
  // The digest is of the file's bytes: hashing the decoded text would encode it to UTF-8 again.
  const bytes = fs.readFileSync(bundle);
  if (!stored.subarray(0, DIGEST_BYTES).equals(digestOf(bytes))) return undefined;
  return { source: bytes.toString("utf8"), data: stored.subarray(DIGEST_BYTES) };
}

function digestOf(bytes: Buffer): Buffer {
  return createHash("sha256").update(bytes).digest();
}

type CommonJsWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

/** Runs the bundle as Node runs a CommonJS file, compiled from `cachedData` where V8 accepts it. */
export function runBundle(
  bundle: string,
  source: string,
  cachedData?: Buffer,
): { app: FunctionApp; script: vm.Script } {
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as CommonJsWrapper;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { app: module.exports as FunctionApp, script };
}

/** Writes what V8 has compiled of the bundle so far, after the SHA-256 of the bundle's bytes. */
export function writeCodeCache(bundle: string, bytes: Buffer, script: vm.Script): void {
  fs.writeFileSync(codeCacheFile(bundle), Buffer.concat([digestOf(bytes), script.createCachedData()]));
}
