/**
 * The last step of `npm run bundle`: builds the app once from its bundle and has it answer a
 * first request (functions/first-turn-rehearsal.ts: local mode, a store and a connector on
 * loopback in this process, nothing leaves the machine), then writes V8's code cache of the
 * bundle beside it (functions/code-cache.ts), which then holds the first turn's code as well as
 * the app building's. It runs with the Node arguments the Function App's worker runs with
 * (infra/main.bicep, nodeWorkerArguments), since V8 refuses a cache made with other flags.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BUNDLE_FILE, codeCacheFile, runBundle, writeCodeCache } from "./code-cache";
import { rehearseFirstTurn } from "./first-turn-rehearsal";

async function makeCodeCache(bundle: string): Promise<string> {
  const bytes = fs.readFileSync(bundle);
  // Outside the Functions host, @azure/functions warns once per function that it only runs in test mode.
  const warn = console.warn;
  console.warn = () => {};
  const { app, script } = (() => {
    try {
      return runBundle(bundle, bytes.toString("utf8"));
    } finally {
      console.warn = warn;
    }
  })();
  await rehearseFirstTurn(app);
  writeCodeCache(bundle, bytes, script);
  return codeCacheFile(bundle);
}

// This file is bundled into dist/bundle/ beside the app's bundle.
makeCodeCache(path.join(__dirname, BUNDLE_FILE)).then(
  (file) => process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
