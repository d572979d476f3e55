/**
 * The bundle package.json "main" names, as `npm run build` writes it with its code cache
 * (functions/code-cache.ts): what the Functions host loads on Azure and what the local host
 * (`npm start`) and the cold-start benchmark load through functions/local/shipped-app.ts. Each
 * check runs in a fresh node process, as the host starts one.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { shippedNodeArguments } from "../../bench/support/shipped-node-arguments";
import { BUNDLE_FILE, codeCacheFile } from "../../functions/code-cache";
import { HTTP_FUNCTIONS, TIMER_FUNCTIONS } from "../../functions/registrations";

const ROOT = path.resolve(__dirname, "..", "..");

/** Runs a script in a fresh node process at the repository root; its last output line is JSON. */
function inFreshNode(script: string, nodeArguments: string[] = []): unknown {
  const output = execFileSync(process.execPath, [...nodeArguments, "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    // The Functions host sets no app settings the import needs; the developer's shell adds none.
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production" },
    // Outside the host, @azure/functions warns on stderr that it runs in test mode.
    stdio: "pipe",
  });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "null");
}

describe("the shipped bundle", () => {
  // The build writes the code cache for the Node that ran it (V8 refuses another's). Under another
  // Node (CI's Node 22 pass reuses the Node 20 build) make it as that Node's build would, as the
  // remote build on Azure's Node 22 does.
  beforeAll(() => {
    const bundle = path.join(ROOT, "dist", "bundle", BUNDLE_FILE);
    if (!fs.existsSync(codeCacheFile(bundle)))
      execFileSync(process.execPath, [...shippedNodeArguments(), "dist/bundle/make-code-cache.js"], {
        cwd: ROOT,
        stdio: "pipe",
      });
  }, 60_000);

  it("registers the functions the source declares, and is the file package.json main names", () => {
    const loaded = inFreshNode(`
      const { loadShippedApp, shippedEntry } = require("./dist/functions/local/shipped-app.js");
      const app = loadShippedApp();
      console.log(JSON.stringify({
        entry: require("node:path").relative(process.cwd(), shippedEntry()),
        http: app.HTTP_FUNCTIONS.map((fn) => [fn.name, fn.route, fn.methods]),
        timers: app.TIMER_FUNCTIONS.map((fn) => [fn.name, fn.schedule]),
        builds: typeof app.getServices,
      }));`);
    expect(loaded).toEqual({
      entry: "dist/bundle/index.js",
      http: HTTP_FUNCTIONS.map((fn) => [fn.name, fn.route, fn.methods]),
      timers: TIMER_FUNCTIONS.map((fn) => [fn.name, fn.schedule]),
      builds: "function",
    });
  });

  it("builds the app from inside the bundle and its code cache, without loading a module or a package from a file", () => {
    const files = inFreshNode(
      `
      const app = require("./dist/bundle/index.js");
      const settings = { COSMOS_ENDPOINT: "https://127.0.0.1:9/", COSMOS_KEY: "a2V5", LOCAL_SERVICE_URL: "http://127.0.0.1:9/" };
      app.configureRoot({ env: settings, logger: { info() {}, warn() {}, error() {} } });
      app.getServices().then(async () => {
        await app.disposeServices();
        console.log(JSON.stringify(Object.keys(require.cache).map((file) => require("node:path").relative(process.cwd(), file))));
      }, (error) => { console.log(JSON.stringify(String(error))); });`,
      shippedNodeArguments(),
    );
    expect(files).toEqual(["dist/bundle/index.js"]);
  });

  it("has a code cache V8 accepts with the Function App's Node arguments, and refuses with others", () => {
    const script = `
      const fs = require("node:fs");
      const { runBundle, codeCacheFile } = require("./dist/functions/code-cache.js");
      const bundle = require("node:path").resolve("dist/bundle/function-app.js");
      const cache = fs.readFileSync(codeCacheFile(bundle)).subarray(32);
      const { script } = runBundle(bundle, fs.readFileSync(bundle, "utf8"), cache);
      console.log(JSON.stringify({ rejected: script.cachedDataRejected }));`;
    expect(inFreshNode(script, shippedNodeArguments())).toEqual({ rejected: false });
    expect(inFreshNode(script, ["--max-old-space-size=4096"])).toEqual({ rejected: true });
  });

  it("is plain ASCII, so that V8 keeps its source in one byte per character (functions/local/ascii-bundle.ts)", () => {
    const bytes = fs.readFileSync(path.join(ROOT, "dist", "bundle", BUNDLE_FILE));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it("does not use a code cache made from another bundle of the same length", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lqw-bundle-"));
    try {
      const shipped = path.join(ROOT, "dist", "bundle", BUNDLE_FILE);
      const source = fs.readFileSync(shipped, "utf8");
      // One letter of a module's key changed (it names the module, nothing reads it): the same length,
      // which is all V8 checks.
      const changed = source.replace('"node_modules/cookie/index.js"(', '"node_modules/cookie/index.jz"(');
      expect(changed.length).toBe(source.length);
      expect(changed).not.toBe(source);
      const bundle = path.join(dir, BUNDLE_FILE);
      fs.writeFileSync(bundle, changed);
      fs.copyFileSync(codeCacheFile(shipped), codeCacheFile(bundle));
      const loaded = inFreshNode(
        `
        const { loadFunctionApp } = require("./dist/functions/code-cache.js");
        const app = loadFunctionApp(${JSON.stringify(dir)});
        console.log(JSON.stringify({ http: app.HTTP_FUNCTIONS.length, required: Object.keys(require.cache).includes(${JSON.stringify(bundle)}) }));`,
        shippedNodeArguments(),
      );
      expect(loaded).toEqual({ http: HTTP_FUNCTIONS.length, required: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("points a stack trace at the TypeScript source when source maps are on (npm start)", () => {
    const stack = inFreshNode(
      `
      const app = require("./dist/bundle/index.js");
      app.configureRoot({ env: {}, logger: { info() {}, warn() {}, error() {} } });
      app.getServices().then(() => console.log(JSON.stringify("built")), (error) => console.log(JSON.stringify(error.stack)));`,
      ["--enable-source-maps"],
    );
    expect(stack).toEqual(expect.stringContaining("functions/composition-root.ts"));
  });
});
