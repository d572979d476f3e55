/**
 * The last step of `npm run bundle`: builds the app once from its bundle (placeholder settings in
 * local mode; no request is sent) and writes V8's code cache of the bundle beside it
 * (functions/code-cache.ts). It runs with the Node arguments the Function App's worker runs with
 * (infra/main.bicep, nodeWorkerArguments), since V8 refuses a cache made with other flags.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BUNDLE_FILE, codeCacheFile, runBundle, writeCodeCache } from "./code-cache";

/** Local mode against addresses nothing listens on: the composition root sends nothing while it builds. */
const PLACEHOLDER_SETTINGS = {
  COSMOS_ENDPOINT: "https://127.0.0.1:9/",
  COSMOS_KEY: Buffer.from("placeholder").toString("base64"),
  LOCAL_SERVICE_URL: "http://127.0.0.1:9/",
};

async function makeCodeCache(bundle: string): Promise<string> {
  const source = fs.readFileSync(bundle, "utf8");
  // Outside the Functions host, @azure/functions warns once per function that it only runs in test mode.
  const warn = console.warn;
  console.warn = () => {};
  const { app, script } = (() => {
    try {
      return runBundle(bundle, source);
    } finally {
      console.warn = warn;
    }
  })();
  app.configureRoot({ env: PLACEHOLDER_SETTINGS, logger: { info() {}, warn() {}, error() {} } });
  await app.getServices();
  await app.disposeServices();
  writeCodeCache(bundle, source, script);
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
