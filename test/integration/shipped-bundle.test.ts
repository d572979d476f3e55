/**
 * The bundle package.json "main" names, as `npm run build` writes it: what the Functions host loads
 * on Azure and what the local host (`npm start`) and the cold-start benchmark load through
 * functions/local/shipped-app.ts. Each check runs in a fresh node process, as the host starts one.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
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

  it("builds the app from inside the bundle, without loading any module of the app or a package from a file", () => {
    const files = inFreshNode(`
      const app = require("./dist/bundle/index.js");
      const settings = { COSMOS_ENDPOINT: "https://127.0.0.1:1/", COSMOS_KEY: "a2V5", LOCAL_SERVICE_URL: "http://127.0.0.1:1/" };
      app.configureRoot({ env: settings, logger: { info() {}, warn() {}, error() {} } });
      app.getServices().then(async () => {
        await app.disposeServices();
        console.log(JSON.stringify(Object.keys(require.cache).map((file) => require("node:path").relative(process.cwd(), file))));
      }, (error) => { console.log(JSON.stringify(String(error))); });`);
    expect(files).toEqual(["dist/bundle/index.js", "dist/bundle/function-app.js"]);
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
